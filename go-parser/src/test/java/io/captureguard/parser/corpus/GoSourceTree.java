package io.captureguard.parser.corpus;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A tree of real Go source on this machine (the standard library, the Debian corpus), located
 * through the system properties the build sets, with its {@code .go} files outside
 * {@code testdata} folders in a stable order. A missing tree skips the test on a developer's
 * machine and fails it in CI (CI=true), where .ci/install-test-deps must have installed it.
 */
public record GoSourceTree(String name, Path root) {
    public static final String STDLIB_PROPERTY = "captureguard.go.src";
    public static final String CORPUS_PROPERTY = "captureguard.go.corpus";

    /** The Go 1.22 standard library source; skips (fails in CI) when it is not installed. */
    public static GoSourceTree standardLibrary() {
        return required("Go 1.22 standard library", STDLIB_PROPERTY, "/usr/lib/go-1.22/src");
    }

    /** The compiler's own test suite, full of deliberately invalid files. */
    public static GoSourceTree compilerTests() {
        return required("Go 1.22 compiler tests", "captureguard.go.test", "/usr/lib/go-1.22/test");
    }

    /** The Debian Go source packages named in .ci/corpus-packages. */
    public static GoSourceTree realWorldCorpus() {
        return required("real-world corpus", CORPUS_PROPERTY, "/opt/go-corpus/usr/share/gocode/src");
    }

    private static GoSourceTree required(String name, String property, String fallback) {
        Path root = Paths.get(System.getProperty(property, fallback));
        requirePresent(Files.isDirectory(root), "The " + name + " is missing at " + root
                + ": run ./test or .ci/install-test-deps as root (see README), or point -D" + property + " at it");
        return new GoSourceTree(name, root);
    }

    /**
     * Skips the running test when a tool or tree it needs is not installed, except in CI (the
     * environment variable CI=true), where it fails: there the install must have provided it.
     */
    static void requirePresent(boolean present, String whatIsMissing) {
        if (present) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(whatIsMissing + " (CI=true: this test must run, not skip)");
        }
        abort(whatIsMissing);
    }

    /** Every .go file below the root, testdata folders included. */
    public List<Path> allGoFiles() {
        return goFiles(true);
    }

    /** The path of a file relative to the root, with forward slashes (as goref prints it). */
    public String relative(Path file) {
        return realRoot().relativize(file).toString().replace('\\', '/');
    }

    public Path resolve(String relative) {
        return realRoot().resolve(relative);
    }

    /** Every .go file below the root, skipping testdata folders (invalid Go on purpose). */
    public List<Path> goFiles() {
        return goFiles(false);
    }

    private List<Path> goFiles(boolean includeTestdata) {
        try (Stream<Path> walk = Files.walk(root.toRealPath())) {
            return walk.filter(p -> p.toString().endsWith(".go"))
                    .filter(p -> includeTestdata || !isUnderTestdata(p))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isUnderTestdata(Path p) {
        for (Path part : realRoot().relativize(p)) {
            if (part.toString().equals("testdata")) {
                return true;
            }
        }
        return false;
    }

    public static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path realRoot() {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
