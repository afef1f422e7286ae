package io.captureguard.parser.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A tree of real Go source on this machine (the standard library, the Debian corpus), located
 * through the system properties the build sets, with its {@code .go} files outside
 * {@code testdata} folders in a stable order.
 */
public record GoSourceTree(String name, Path root) {
    public static final String STDLIB_PROPERTY = "captureguard.go.src";
    public static final String CORPUS_PROPERTY = "captureguard.go.corpus";

    public static Optional<GoSourceTree> standardLibrary() {
        return fromProperty("Go 1.22 standard library", STDLIB_PROPERTY, "/usr/lib/go-1.22/src");
    }

    public static Optional<GoSourceTree> realWorldCorpus() {
        return fromProperty("real-world corpus", CORPUS_PROPERTY, "/opt/go-corpus/usr/share/gocode/src");
    }

    private static Optional<GoSourceTree> fromProperty(String name, String property, String fallback) {
        Path root = Paths.get(System.getProperty(property, fallback));
        return Files.isDirectory(root) ? Optional.of(new GoSourceTree(name, root)) : Optional.empty();
    }

    /** Every .go file below the root, skipping testdata folders (invalid Go on purpose). */
    public List<Path> goFiles() {
        return goFiles(false);
    }

    /** Only the .go files inside testdata folders. */
    public List<Path> testdataFiles() {
        return goFiles(true).stream()
                .filter(this::isUnderTestdata)
                .collect(Collectors.toList());
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
