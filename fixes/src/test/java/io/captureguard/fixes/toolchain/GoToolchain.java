package io.captureguard.fixes.toolchain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real Go toolchain, our oracle: builds, formats and runs Go code offline. Missing Go skips
 * these tests on a developer's machine but fails them in CI (CI=true), where .ci/install-test-deps
 * must have installed it.
 */
public final class GoToolchain {
    private final Path go;

    private GoToolchain(Path go) {
        this.go = go;
    }

    public static GoToolchain require() {
        Path go = Paths.get(System.getProperty("captureguard.go.bin", "/usr/lib/go-1.22/bin/go"));
        boolean present = Files.isExecutable(go);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("Go 1.22 is required in CI at " + go + " (run .ci/install-test-deps)");
        }
        assumeTrue(present, "Go toolchain not found at " + go + "; run .ci/install-test-deps");
        return new GoToolchain(go);
    }

    /**
     * A tree of real Go source the build points at with {@code -D<property>} (the standard
     * library, the corpus): required in CI, skipped elsewhere when it is not installed.
     */
    public static Path sourceTree(String property, String fallback) {
        Path root = Paths.get(System.getProperty(property, fallback));
        if (!Files.isDirectory(root) && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(root + " is missing: run .ci/install-test-deps");
        }
        assumeTrue(Files.isDirectory(root), root + " is missing: run .ci/install-test-deps");
        return root;
    }

    Path gofmt() {
        return go.resolveSibling("gofmt");
    }

    /** Runs go with the arguments in the directory; returns exit code and combined output. */
    Result go(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(go.toString());
        command.addAll(List.of(args));
        return run(dir, command, Map.of("GOFLAGS", "-mod=mod", "GOPROXY", "off"));
    }

    /**
     * go in GOPATH mode, in a tree laid out as a GOPATH (the Debian corpus): offline, and with
     * pre-1.22 loop semantics, since GOPATH packages have no go.mod to raise the language version.
     */
    public Result goInGopath(Path src, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(go.toString());
        command.addAll(args);
        return run(src, command, Map.of("GO111MODULE", "off", "GOPATH", src.getParent().toString()));
    }

    Result gofmtList(Path dir) throws IOException, InterruptedException {
        return run(dir, List.of(gofmt().toString(), "-l", "."), Map.of());
    }

    private static Result run(Path dir, List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GOTOOLCHAIN", "local");
        pb.environment().putAll(env);
        pb.environment().putIfAbsent("GOCACHE", Paths.get(System.getProperty("java.io.tmpdir"), "captureguard-gocache").toString());
        pb.environment().putIfAbsent("HOME", System.getProperty("java.io.tmpdir"));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    public record Result(int exit, String output) {
    }

    /** A fresh module directory with the given go line. */
    static Path module(Path parent, String name, String goVersion) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.writeString(dir.resolve("go.mod"), "module example.com/" + name + "\n\ngo " + goVersion + "\n");
        return dir;
    }
}
