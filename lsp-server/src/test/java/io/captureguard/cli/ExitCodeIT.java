package io.captureguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every exit code of {@code captureguard check}, from the jar run as a process. */
class ExitCodeIT {
    @TempDir
    Path tmp;

    @Test
    void zeroWhenNothingIsFound() {
        Path module = Cli.copyOf("module", tmp);
        Cli.Run run = Cli.run(module, "check", "clean");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.out());
    }

    @Test
    void oneForFindingsUnlessExitZero() {
        Path module = Cli.copyOf("module", tmp);
        Cli.Run run = Cli.run(module, "check", "capture.go");
        assertEquals(1, run.exitCode(), run.toString());
        Cli.Run zero = Cli.run(module, "check", "--exit-zero", "capture.go");
        assertEquals(0, zero.exitCode(), zero.toString());
        assertEquals(run.out(), zero.out(), "--exit-zero changes the exit code only");
    }

    @Test
    void aFileThatDoesNotParseIsReportedAndSkippedNeverFatal() {
        Path module = Cli.copyOf("module", tmp);
        Cli.Run run = Cli.run(module, "check", "broken", "capture.go");
        assertEquals(1, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("broken/broken.go:5:1: syntax error: "), run.toString());
        assertTrue(lines.get(1).startsWith("capture.go:9:16: "), "the other files are still checked: " + run);
    }

    @Test
    void twoForAPathThatDoesNotExist() {
        Path module = Cli.copyOf("module", tmp);
        Cli.Run run = Cli.run(module, "check", "capture.go", "no/such/dir/...");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no such file or directory: no/such/dir/..."), run.err());
        assertEquals("", run.out(), "a typo checks nothing rather than less than was meant");
    }

    @Test
    void twoForBadFlagsAndRuleNames() {
        Path module = Cli.copyOf("module", tmp);
        for (List<String> args : List.of(List.of("check", "--frobnicate"), List.of("check", "--format", "xml"),
                List.of("check", "--select", "no-such-rule"), List.of("check", "--go-version", "one.twenty"),
                List.of("check", "--unsafe-fixes"), List.of("check", "--format"), List.of("frobnicate"))) {
            Cli.Run run = Cli.run(module, args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), args + "\n" + run);
            assertTrue(run.err().startsWith("captureguard: "), run.err());
            assertEquals("", run.out(), run.toString());
        }
    }

    @Test
    void twoForAFileThatCannotBeReadWhileTheOthersAreChecked() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        // A socket named like a Go file: opening it for reading fails even for root, as CI runs.
        Path socket = module.resolve("socket.go");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Cli.Run run = Cli.run(module, "check", "socket.go", "capture.go");
            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.err().contains("captureguard: socket.go: cannot read"), run.err());
            assertTrue(run.out().startsWith("capture.go:9:16: "), run.toString());
        }
    }

    @Test
    void twoForAFileOrFolderWithoutReadPermission() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        Files.setPosixFilePermissions(module.resolve("unicode.go"), PosixFilePermissions.fromString("-w--w--w-"));
        Files.setPosixFilePermissions(module.resolve("clean"), PosixFilePermissions.fromString("-wx-wx-wx"));
        try {
            Cli.Run run = asUnprivilegedUser(module, "check", ".");
            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.err().contains("captureguard: unicode.go: cannot read: permission denied"), run.err());
            assertTrue(run.err().contains("captureguard: clean: cannot read: permission denied"), run.err());
            assertTrue(run.out().contains("capture.go:9:16: "), run.toString());
        } finally {
            Files.setPosixFilePermissions(module.resolve("clean"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * Root reads every file, and CI runs as root: there the jar runs as user nobody (setpriv, from
     * util-linux), with a copy of the jar and a test folder that nobody may enter.
     */
    private Cli.Run asUnprivilegedUser(Path dir, String... args) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return Cli.run(dir, args);
        }
        Path jar = Files.copy(Cli.jar(), tmp.resolve("captureguard.jar"));
        for (Path p : List.of(tmp, jar)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                var permissions = Files.getPosixFilePermissions(p);
                if (permissions.contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                            Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        List<String> command = new java.util.ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534",
                "--clear-groups", java.nio.file.Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        return Cli.exec(dir, command);
    }

    @Test
    void threeForAnInternalErrorWhileTheOtherFilesAreStillChecked() {
        Path module = Cli.copyOf("module", tmp);
        String classpath = Cli.jar().toAbsolutePath() + java.io.File.pathSeparator
                + java.nio.file.Paths.get("target/test-classes").toAbsolutePath();
        Cli.Run run = Cli.exec(module, List.of(java.nio.file.Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classpath, FaultyFileCheck.class.getName(), "unicode.go", "."));
        assertEquals(3, run.exitCode(), run.toString());
        assertTrue(run.err().contains("captureguard: internal error in unicode.go: java.lang.IllegalStateException: injected fault"),
                run.err());
        assertTrue(run.out().contains("capture.go:9:16: "), run.toString());
    }
}
