import io.captureguard.server.lsp.LanguageServerCommand;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real server, except that once the file named by -Dcaptureguard.test.breakWhen appears, its
 * stdin is closed while the process lives on for two seconds. Every message the client writes in
 * between fails with EPIPE: the window between a server's death and the client noticing it, which
 * a real crash opens only for a moment, held open long enough to hit every time.
 */
public final class BrokenPipeServer {
    public static void main(String[] args) throws Exception {
        Path trigger = Path.of(System.getProperty("captureguard.test.breakWhen"));
        FileInputStream stdin = new FileInputStream(FileDescriptor.in);
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        // The server reads a pipe of ours, which stays open when stdin is closed.
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 20);
        daemon(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = stdin.read(buffer)) >= 0; ) {
                    toServer.write(buffer, 0, n);
                    toServer.flush();
                }
            } catch (Exception e) {
                // stdin closed below
            }
        });
        daemon(() -> {
            try {
                while (!Files.exists(trigger)) {
                    Thread.sleep(100);
                }
                Files.delete(trigger); // the restarted server must not break at once
                System.err.println("BrokenPipeServer: stdin closed");
                stdin.getChannel().close();
                Thread.sleep(2_000);
                System.err.println("BrokenPipeServer: exiting");
            } catch (Exception e) {
                e.printStackTrace();
            }
            Runtime.getRuntime().halt(1);
        });
        LanguageServerCommand.serve(serverIn, stdout);
        Thread.sleep(Long.MAX_VALUE); // until halted
    }

    private static void daemon(Runnable body) {
        Thread thread = new Thread(body);
        thread.setDaemon(true);
        thread.start();
    }
}
