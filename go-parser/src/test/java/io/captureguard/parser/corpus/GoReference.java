package io.captureguard.parser.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Go toolchain as our oracle: builds {@code tools/goref} once per test run with the Go 1.22
 * toolchain and runs it. Missing Go skips the test on a developer's machine (saying how to
 * install it) and fails it in CI (CI=true), where .ci/install-test-deps must have installed it.
 */
public final class GoReference {
    private static final Path TOOL_SOURCE = Paths.get("..", "tools", "goref");
    private static final Path BINARY = Paths.get("target", "goref");
    private static boolean built;

    private GoReference() {
    }

    public static Path goBinary() {
        Path go = Paths.get(System.getProperty("captureguard.go.bin", "/usr/lib/go-1.22/bin/go"));
        GoSourceTree.requirePresent(Files.isExecutable(go), "The Go 1.22 toolchain is missing at " + go
                + ": run ./test or .ci/install-test-deps as root (see README), or set -Dcaptureguard.go.bin");
        return go;
    }

    /** Runs {@code goref args…} and returns its standard output lines. */
    public static synchronized List<String> run(String... args) {
        ensureBuilt();
        List<String> command = new ArrayList<>();
        command.add(BINARY.toAbsolutePath().toString());
        command.addAll(List.of(args));
        return exec(command, null);
    }

    private static void ensureBuilt() {
        if (built) {
            return;
        }
        exec(List.of(goBinary().toString(), "build", "-o", BINARY.toAbsolutePath().toString(), "."),
                TOOL_SOURCE.toFile());
        built = true;
    }

    private static List<String> exec(List<String> command, java.io.File directory) {
        try {
            Path out = Files.createTempFile("goref", ".out");
            Path err = Files.createTempFile("goref", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (directory != null) {
                pb.directory(directory);
            }
            pb.environment().put("GOTOOLCHAIN", "local");
            pb.environment().put("GOFLAGS", "-mod=mod");
            Process process = pb.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed:\n" + Files.readString(err));
            }
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
