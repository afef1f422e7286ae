package io.captureguard.server;

import io.captureguard.cli.CacheCommand;
import io.captureguard.cli.CheckCommand;
import io.captureguard.cli.ExplainCommand;
import io.captureguard.cli.Help;
import io.captureguard.cli.RulesCommand;
import io.captureguard.cli.Tool;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The runnable jar's entry point: dispatches to the commands (the CLI in {@code io.captureguard.cli},
 * the language server in {@code io.captureguard.server.lsp}).
 */
public final class Main {
    static final String VERSION = Tool.VERSION;

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("serve") || args[0].equals("--stdio"))) {
            System.exit(run(args, System.out, System.err));
        }
        // Go source is UTF-8 and so is our output, whatever the locale says (CI runs under POSIX).
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs a command and returns its exit code: 0 clean, 1 problems found, 2 usage or input error,
     * 3 internal error (a bug of ours, reported with its stack trace rather than a bare crash).
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } catch (RuntimeException | Error e) {
            err.println("captureguard: internal error (please report it): " + e);
            e.printStackTrace(err);
            return CheckCommand.INTERNAL;
        }
    }

    private static int dispatch(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(usage());
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "version":
            case "--version":
                out.println("captureguard " + VERSION);
                return 0;
            case "parse":
                return new ParseCommand(out, err).run(rest);
            case "check":
                return new CheckCommand(out, err, true).run(List.of(rest), false);
            case "fix":
                return new CheckCommand(out, err, true).run(List.of(rest), true);
            case "rules":
                return RulesCommand.run(out);
            case "cache":
                return CacheCommand.run(List.of(rest), out, err);
            case "explain":
                return ExplainCommand.run(List.of(rest), out, err);
            case "serve":
                // The server writes the protocol to the real stdout and points System.out at err.
                return io.captureguard.server.lsp.LanguageServerCommand.run(rest, err);
            case "--stdio":
                // Language clients that start "captureguard --stdio" (the transport flag alone) get the server.
                return io.captureguard.server.lsp.LanguageServerCommand.run(args, err);
            default:
                err.println("captureguard: unknown command '" + args[0] + "'");
                err.print(usage());
                return 2;
        }
    }

    static String usage() {
        return Help.MAIN;
    }
}
