package io.captureguard.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "checked 1200/5507 files" on one self-rewriting line of stderr, only when stderr is a terminal
 * (piped and redirected output stays clean for tools) and only once a run has taken a second.
 */
class Progress {
    private static final long QUIET_MILLIS = 1000;
    private static final long EVERY_MILLIS = 200;

    private final PrintStream err;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long started;
    private volatile long lastShown;
    private volatile boolean shown;

    Progress(PrintStream err) {
        this.err = err;
    }

    /** Shows nothing, for piped stderr and {@code --no-progress}. */
    static Progress none() {
        return new Progress(null);
    }

    /** Progress on the real stderr when it is a terminal. */
    static Progress onTerminal(PrintStream err) {
        return stderrIsTerminal() ? new Progress(err) : none();
    }

    void start(int files) {
        total = files;
        started = System.currentTimeMillis();
    }

    void advance(int files) {
        int now = done.addAndGet(files);
        if (err == null) {
            return;
        }
        long t = System.currentTimeMillis();
        if (t - started >= QUIET_MILLIS && t - lastShown >= EVERY_MILLIS) {
            lastShown = t;
            shown = true;
            synchronized (err) {
                err.print("\rchecked " + now + "/" + total + " files");
                err.flush();
            }
        }
    }

    void finish() {
        if (err != null && shown) {
            synchronized (err) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }

    /** Java 17 has no isatty for stderr alone; on Linux the descriptor's link names the terminal. */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }
}
