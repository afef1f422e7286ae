package io.captureguard.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the packaged jar as a separate process, as users and CI do, and captures what it prints.
 * The end-to-end tests use nothing else to talk to the CLI.
 */
final class Cli {
    /** What a run gave: exit code, stdout and stderr (both read as UTF-8). */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    static Path jar() {
        Path jar = Paths.get(System.getProperty("captureguard.jar", "target/captureguard.jar"));
        assertTrue(Files.isRegularFile(jar), "the jar is built by `package` before the end-to-end tests: " + jar);
        return jar;
    }

    /** The repository checkout (for docs/ and the test inputs). */
    static Path repository() {
        return Paths.get(System.getProperty("captureguard.root", "..")).toAbsolutePath().normalize();
    }

    static Run run(Path workingDirectory, String... args) {
        return run(workingDirectory, List.of(), args);
    }

    static Run run(Path workingDirectory, List<String> jvmFlags, String... args) {
        return exec(workingDirectory, Map.of(), command(jar(), jvmFlags, args));
    }

    /** The jar {@code jar} (another build, say) run with some environment variables set. */
    static Run run(Path jar, Path workingDirectory, Map<String, String> environment, String... args) {
        return exec(workingDirectory, environment, command(jar, List.of(), args));
    }

    private static List<String> command(Path jar, List<String> jvmFlags, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(List.of(args));
        return command;
    }

    static Run exec(Path workingDirectory, List<String> command) {
        return exec(workingDirectory, Map.of(), command);
    }

    /**
     * Every run gets a result cache of its own (a fresh XDG_CACHE_HOME) unless the test sets
     * XDG_CACHE_HOME or passes --cache-dir: tests never read or fill the user's cache, and never
     * answer each other from one.
     */
    static Run exec(Path workingDirectory, Map<String, String> environment, List<String> command) {
        try {
            Path out = Files.createTempFile("cli-out", ".txt");
            Path err = Files.createTempFile("cli-err", ".txt");
            Path cache = Files.createTempDirectory("cli-cache");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
                builder.environment().put("XDG_CACHE_HOME", cache.toString());
                builder.environment().putAll(environment);
                Process p = builder
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("timed out: " + command);
                }
                return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
                deleteTree(cache);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A fresh copy of a test input tree (lsp-server/src/test/resources/cli/NAME) under {@code into}. */
    static Path copyOf(String name, Path into) {
        Path from = repository().resolve("lsp-server/src/test/resources/cli").resolve(name);
        Path to = into.resolve(name);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
