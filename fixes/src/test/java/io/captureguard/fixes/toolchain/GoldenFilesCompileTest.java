package io.captureguard.fixes.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.engine.Analyzer;
import io.captureguard.fixes.engine.Document;
import io.captureguard.fixes.rules.LoopvarCapture;
import io.captureguard.parser.version.FileGoVersion;
import io.captureguard.parser.version.ModuleLocator;
import java.util.Optional;
import io.captureguard.parser.LineMap;
import io.captureguard.parser.semantic.PackageIndex;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule testdata package, as written and after its fixes (each X.go replaced by
 * X.go.golden), must compile with the real Go compiler (which type-checks it, as go vet's type
 * check does) and be gofmt-clean: a fix never leaves code that does not build or is misformatted.
 */
class GoldenFilesCompileTest {
    private static final Pattern VET_LOOPCLOSURE =
            Pattern.compile("^(?:\\./)?([^/:]+\\.go):(\\d+):\\d+: loop variable .* captured by func literal$");
    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> testdataAndGoldensBuildAndAreGofmtClean() throws IOException, URISyntaxException {
        GoToolchain go = GoToolchain.require();
        Path root = Paths.get(GoldenFilesCompileTest.class.getResource("/rules").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory).sorted()::iterator) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + " as written", () -> check(go, dir, false)));
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + " after fixes", () -> check(go, dir, true)));
            }
        }
        return tests.stream();
    }

    private void check(GoToolchain go, Path testdata, boolean fixed) throws Exception {
        Path copy = Files.createDirectories(temp.resolve(testdata.getFileName() + (fixed ? "-fixed" : "-original")));
        try (Stream<Path> files = Files.walk(testdata)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = f.getFileName().toString();
                if (name.equals("go.mod") || name.endsWith(".go")) {
                    Path golden = f.resolveSibling(name + ".golden");
                    Path source = fixed && Files.exists(golden) ? golden : f;
                    Path target = copy.resolve(testdata.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        }
        GoToolchain.Result build = go.go(copy, "build", "./...");
        assertEquals(0, build.exit(), () -> "go build failed:\n" + build.output());
        GoToolchain.Result vet = go.go(copy, "vet", "-loopclosure=false", "-defers=false", "./...");
        assertEquals(0, vet.exit(), () -> "go vet failed:\n" + vet.output());
        GoToolchain.Result format = go.gofmtList(copy);
        assertEquals("", format.output(), "files gofmt would change");
        if (!fixed) {
            everyVetLoopclosureFindingIsOurs(go, testdata, copy);
        }
    }

    /** go vet -loopclosure is the peer to beat: each of its findings must be one of ours. */
    private static void everyVetLoopclosureFindingIsOurs(GoToolchain go, Path testdata, Path copy) throws Exception {
        GoToolchain.Result vet = go.go(copy, "vet", "-loopclosure", "./...");
        Set<String> theirs = new TreeSet<>();
        for (String line : vet.output().split("\n")) {
            Matcher m = VET_LOOPCLOSURE.matcher(line.trim());
            if (m.matches()) {
                theirs.add(m.group(1) + ":" + m.group(2));
            }
        }
        Set<String> ours = new TreeSet<>();
        PackageIndex index = PackageIndex.ofDirectory(testdata);
        try (Stream<Path> files = Files.list(testdata)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".go"))::iterator) {
                String source = Files.readString(f);
                LineMap lines = new LineMap(source);
                // The rule itself, before suppressions (the suppression testdata silences some on purpose).
                var version = new FileGoVersion(ModuleLocator.onDisk()).of(f, source, Optional.empty()).version();
                Analyzer loopvarCapture = new Analyzer(AnalysisOptions.DEFAULTS.withRules(Set.of(LoopvarCapture.ID)));
                for (Finding finding : loopvarCapture.withoutDirectives(Document.of(source, index, version))) {
                    ours.add(f.getFileName() + ":" + lines.line(finding.start()));
                }
            }
        }
        Set<String> missed = new TreeSet<>(theirs);
        missed.removeAll(ours);
        assertEquals(Set.of(), missed, "go vet -loopclosure findings we do not report:\n" + vet.output());
    }
}
