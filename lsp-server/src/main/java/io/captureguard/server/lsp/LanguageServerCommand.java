package io.captureguard.server.lsp;

import io.captureguard.parser.PredictionCache;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** {@code captureguard serve [--stdio]}: the language server on standard input and output. */
public final class LanguageServerCommand {
    private static final Logger LOG = Logger.getLogger(LanguageServerCommand.class.getName());
    private static final AtomicBoolean WARMING = new AtomicBoolean();

    private LanguageServerCommand() {
    }

    /** Runs until {@code exit}, the end of input or the editor's death; returns the exit status. */
    public static int run(String[] args, PrintStream err) {
        for (String arg : args) {
            if (!arg.equals("--stdio")) {
                err.println("captureguard serve: unknown argument '" + arg + "' (the server speaks on stdio)");
                return 2;
            }
        }
        // stdout is the protocol: anything else printing there would corrupt it.
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(err);
        return serve(new FileInputStream(FileDescriptor.in), protocolOut);
    }

    /** Serves one client on the given streams (the tests' entry point too). */
    public static int serve(InputStream in, OutputStream out) {
        warmUpParser();
        CaptureguardLanguageServer server = new CaptureguardLanguageServer();
        Launcher<LanguageClient> launcher = start(server, in, out);
        Future<Void> listening = launcher.startListening();
        Thread watch = new Thread(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the stream broke: same as closed
            }
            server.connectionLost();
        }, "captureguard-input-watch");
        watch.setDaemon(true);
        watch.start();
        try {
            return server.exitCode().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            return 1;
        }
    }

    /**
     * Loads the grammar and fills the parser's caches on a thread of its own while LSP4J starts and
     * the client initializes, so that the first file opened does not pay for it. Once per process;
     * a failure only costs the first parse its speed.
     */
    static void warmUpParser() {
        if (!WARMING.compareAndSet(false, true)) {
            return;
        }
        Thread warm = new Thread(() -> {
            try {
                PredictionCache.warmUp();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "parser warm-up failed", e);
            }
        }, "captureguard-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    static Launcher<LanguageClient> start(CaptureguardLanguageServer server, InputStream in, OutputStream out) {
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        return launcher;
    }
}
