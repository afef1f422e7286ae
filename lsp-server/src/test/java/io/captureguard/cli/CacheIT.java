package io.captureguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result cache of {@code check}, from the jar run as a process: a warm run says the same as a
 * cold one, and every part of the key invalidates what it should.
 */
class CacheIT {
    private static final Pattern COUNTS = Pattern.compile("cache: (\\d+) hits?, (\\d+) miss(?:es)?");

    @TempDir
    Path tmp;
    private Path cache;

    @BeforeEach
    void setUp() {
        cache = tmp.resolve("cache");
    }

    private Cli.Run check(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of("check", "-v", "--cache-dir", cache.toString()));
        all.addAll(List.of(args));
        return Cli.run(dir, all.toArray(String[]::new));
    }

    /** {hits, misses} from the -v line. */
    private static int[] counts(Cli.Run run) {
        Matcher m = COUNTS.matcher(run.err());
        assertTrue(m.find(), "no cache line: " + run);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static void assertCounts(int hits, int misses, Cli.Run run) {
        int[] c = counts(run);
        assertEquals(hits + " hits, " + misses + " misses", c[0] + " hits, " + c[1] + " misses", run.toString());
    }

    @Test
    void aWarmRunReportsExactlyWhatAColdOneDoes() {
        Path module = Cli.copyOf("module", tmp);
        // capture.go has findings, unicode.go non-ASCII text, broken/ a syntax error, clean/ nothing.
        Cli.Run cold = check(module, ".");
        int files = counts(cold)[1];
        assertEquals(4, files, cold.toString());
        assertCounts(0, files, cold);
        for (String format : List.of("text", "json", "sarif", "github")) {
            Cli.Run uncached = Cli.run(module, "check", "--no-cache", "--format", format, ".");
            Cli.Run warm = check(module, "--format", format, ".");
            assertEquals(1, uncached.exitCode(), uncached.toString());
            assertEquals(uncached.exitCode(), warm.exitCode(), warm.toString());
            assertEquals(uncached.out(), warm.out(), format);
            assertCounts(files, 0, warm);
        }
        assertEquals(Cli.run(module, "check", "--no-cache", ".").out(), cold.out());
    }

    @Test
    void editingAFileReanalysesItsPackageOnly() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        check(module, ".");
        Path capture = module.resolve("capture.go");
        Files.writeString(capture, Files.readString(capture) + "\n// an edit\n");
        Cli.Run after = check(module, ".");
        // capture.go and its sibling unicode.go miss; broken/ and clean/ are other packages.
        assertCounts(2, 2, after);
        assertEquals(Cli.run(module, "check", "--no-cache", ".").out(), after.out());
    }

    /** a.go's finding depends on the element type of a slice that b.go declares. */
    private Path siblings() throws IOException {
        Path pkg = Files.createDirectories(tmp.resolve("siblings"));
        Files.writeString(pkg.resolve("go.mod"), "module example.com/p\n\ngo 1.21\n");
        Files.writeString(pkg.resolve("a.go"), """
                package p

                func pointers() []*int {
                	var ptrs []*int
                	for _, v := range items {
                		ptrs = append(ptrs, &v.n)
                	}
                	return ptrs
                }
                """);
        Files.writeString(pkg.resolve("b.go"), "package p\n\ntype item struct{ n int }\n\nvar items []item\n");
        return pkg;
    }

    @Test
    void editingASiblingReanalysesTheFileThatDependsOnIt() throws IOException {
        Path pkg = siblings();
        Cli.Run before = check(pkg, "a.go");
        assertTrue(before.out().contains("a.go:6:23: ") && before.out().contains("(loopvar-address)"), before.toString());
        // Pointers in the slice: &v.n points into the item, not into v, so nothing to report.
        Files.writeString(pkg.resolve("b.go"), "package p\n\ntype item struct{ n int }\n\nvar items []*item\n");
        Cli.Run after = check(pkg, "a.go");
        assertCounts(0, 1, after);
        assertEquals("", after.out(), after.toString());
        assertEquals(0, after.exitCode(), after.toString());
        // A new sibling that declares nothing a.go uses still changes the package: a miss.
        Files.writeString(pkg.resolve("c.go"), "package p\n");
        assertCounts(0, 1, check(pkg, "a.go"));
        assertCounts(1, 0, check(pkg, "a.go"));
    }

    @Test
    void theGoVersionIsPartOfTheKey() throws IOException {
        Path pkg = siblings();
        Cli.Run go121 = check(pkg, "a.go");
        assertEquals(1, go121.exitCode(), go121.toString());
        // Go 1.22's per-iteration variables: nothing to report.
        Files.writeString(pkg.resolve("go.mod"), "module example.com/p\n\ngo 1.22\n");
        Cli.Run go122 = check(pkg, "a.go");
        assertCounts(0, 1, go122);
        assertEquals(0, go122.exitCode(), go122.toString());
        Cli.Run overridden = check(pkg, "--go-version", "1.21", "a.go");
        assertCounts(1, 0, overridden); // the answer kept for 1.21 above
        assertEquals(go121.out(), overridden.out());
        // A build line wins over go.mod.
        Path a = pkg.resolve("a.go");
        Files.writeString(a, "//go:build go1.21\n\n" + Files.readString(a));
        Cli.Run buildLine = check(pkg, "a.go");
        assertCounts(0, 1, buildLine);
        assertEquals(1, buildLine.exitCode(), buildLine.toString());
    }

    @Test
    void theOptionsArePartOfTheKey() {
        Path module = Cli.copyOf("module", tmp);
        Cli.Run all = check(module, "capture.go");
        assertEquals(1, all.exitCode(), all.toString());
        Cli.Run other = check(module, "--select", "defer-in-loop", "capture.go");
        assertCounts(0, 1, other);
        assertNotEquals(all.out(), other.out());
        assertEquals(Cli.run(module, "check", "--no-cache", "--select", "defer-in-loop", "capture.go").out(), other.out());
        assertCounts(0, 1, check(module, "--no-nolint", "capture.go"));
        assertCounts(0, 1, check(module, "--prefer-parameter-form", "capture.go"));
        Cli.Run again = check(module, "capture.go");
        assertCounts(1, 0, again);
        assertEquals(all.out(), again.out());
    }

    @Test
    void aNewBuildOfTheToolMissesEverything() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        int files = counts(check(module, "."))[1];
        assertCounts(files, 0, check(module, "."));
        // The same classes, built again: the jar differs by one entry.
        Path rebuilt = tmp.resolve("rebuilt.jar");
        Files.copy(Cli.jar(), rebuilt);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + rebuilt.toUri()), Map.of())) {
            Files.writeString(zip.getPath("META-INF", "rebuilt.txt"), "another build\n");
        }
        List<String> args = List.of("check", "-v", "--cache-dir", cache.toString(), ".");
        Cli.Run other = Cli.run(rebuilt, module, Map.of(), args.toArray(String[]::new));
        assertCounts(0, files, other);
        assertCounts(files, 0, Cli.run(rebuilt, module, Map.of(), args.toArray(String[]::new)));
        assertCounts(files, 0, check(module, "."));
    }

    @Test
    void concurrentRunsOnOneCacheAreAllRight() throws Exception {
        Path module = Cli.copyOf("module", tmp);
        String expected = Cli.run(module, "check", "--no-cache", "--format", "json", ".").out();
        for (int round = 0; round < 2; round++) {
            List<CompletableFuture<Cli.Run>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> check(module, "--format", "json", ".")));
            }
            for (CompletableFuture<Cli.Run> run : runs) {
                Cli.Run r = run.get();
                assertEquals(1, r.exitCode(), r.toString());
                assertEquals(expected, r.out());
            }
        }
        Cli.Run after = check(module, "--format", "json", ".");
        assertEquals(0, counts(after)[1], after.toString());
        try (Stream<Path> files = Files.walk(cache)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".tmp")).toList(), "temporary files left");
        }
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aCorruptOrForeignEntryIsIgnoredAndReplaced() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        Cli.Run cold = check(module, "--format", "json", ".");
        List<Path> entries = entries();
        assertTrue(entries.size() >= 4, entries.toString());
        byte[] first = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(first, first.length / 2)); // cut short
        Files.writeString(entries.get(1), "garbage that is no entry at all, long enough to be read as one");
        Files.write(entries.get(2), first); // a whole entry, but another key's
        byte[] flipped = Files.readAllBytes(entries.get(3));
        flipped[flipped.length / 2] ^= 0x20; // one bit changed: a CRC mismatch
        Files.write(entries.get(3), flipped);
        Cli.Run corrupt = check(module, "--format", "json", ".");
        assertEquals(cold.out(), corrupt.out());
        assertEquals(cold.exitCode(), corrupt.exitCode());
        assertCounts(entries.size() - 4, 4, corrupt);
        Cli.Run repaired = check(module, "--format", "json", ".");
        assertCounts(entries.size(), 0, repaired);
        assertEquals(cold.out(), repaired.out());
    }

    @Test
    void theLeastRecentlyUsedEntriesGoPastTheBound() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        check(module, ".");
        List<Path> entries = entries();
        long total = 0;
        for (Path e : entries) {
            total += Files.size(e);
        }
        // Age the entries, each a day older than the next.
        long now = System.currentTimeMillis();
        for (int i = 0; i < entries.size(); i++) {
            Files.setLastModifiedTime(entries.get(i), FileTime.fromMillis(now - 86_400_000L * (entries.size() - i)));
        }
        // A file in a new folder makes a run write one entry and use no other; the cache is then
        // over a bound of what it held before.
        Files.createDirectories(module.resolve("extra"));
        Files.writeString(module.resolve("extra/extra.go"), "package extra\n");
        Cli.Run run = check(module, "--cache-size", String.valueOf(total), "extra");
        assertCounts(0, 1, run);
        List<Path> left = entries();
        long leftBytes = 0;
        for (Path e : left) {
            leftBytes += Files.size(e);
        }
        assertTrue(leftBytes <= total / 4 * 3, leftBytes + " bytes left of " + total);
        assertTrue(left.stream().anyMatch(p -> !entries.contains(p)), "the new entry stays: " + left);
        assertFalse(left.contains(entries.get(0)), "the least recently used goes first");
        // Whatever stays of the old entries are the most recently used ones.
        boolean kept = false;
        for (Path e : entries) {
            assertTrue(!kept || left.contains(e), "an entry newer than one kept went: " + e);
            kept |= left.contains(e);
        }
        // What went is recomputed, and the answers stay the same.
        Cli.Run again = check(module, ".");
        assertEquals(Cli.run(module, "check", "--no-cache", ".").out(), again.out());
        assertTrue(counts(again)[1] >= 1, again.toString());
    }

    @Test
    void theCacheLivesUnderXdgCacheHomeAndTheCleanCommandEmptiesIt() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        Path xdg = tmp.resolve("xdg");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", xdg.toString());
        Cli.Run dir = Cli.run(Cli.jar(), module, env, "cache", "dir");
        assertEquals(0, dir.exitCode(), dir.toString());
        assertEquals(xdg.resolve("captureguard").toString(), dir.out().strip());
        Cli.run(Cli.jar(), module, env, "check", ".");
        Path place = xdg.resolve("captureguard");
        Path mine = place.resolve("README.txt"); // not an entry: clean must leave it
        Files.writeString(mine, "mine\n");
        try (Stream<Path> files = Files.walk(place)) {
            assertTrue(files.filter(Files::isRegularFile).count() > 4);
        }
        Cli.Run hits = Cli.run(Cli.jar(), module, env, "check", "-v", ".");
        assertEquals(0, counts(hits)[1], hits.toString());
        Cli.Run clean = Cli.run(Cli.jar(), module, env, "cache", "clean");
        assertEquals(0, clean.exitCode(), clean.toString());
        try (Stream<Path> files = Files.walk(place)) {
            assertEquals(List.of(mine), files.filter(Files::isRegularFile).toList());
        }
        assertEquals(0, counts(Cli.run(Cli.jar(), module, env, "check", "-v", "."))[0]);
        assertEquals("captureguard: cache: off", Cli.run(Cli.jar(), module, env, "check", "-v", "--no-cache", ".")
                .err().lines().filter(l -> l.contains("cache")).findFirst().orElse(""));
    }

    @Test
    void fixingNeitherReadsNorWritesTheCache() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        Cli.Run diff = check(module, "--diff", ".");
        assertTrue(diff.err().contains("captureguard: cache: off"), diff.toString());
        assertFalse(Files.exists(cache) && !entries().isEmpty(), "entries written while fixing");
        String text = Files.readString(module.resolve("capture.go"), StandardCharsets.UTF_8);
        check(module, ".");
        Cli.Run fix = check(module, "--fix", ".");
        assertTrue(fix.err().contains("captureguard: cache: off"), fix.toString());
        assertNotEquals(text, Files.readString(module.resolve("capture.go"), StandardCharsets.UTF_8));
    }
}
