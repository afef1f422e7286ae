package io.captureguard.fixes.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.engine.Analyzer;
import io.captureguard.fixes.engine.Document;
import io.captureguard.fixes.rules.LoopvarAddress;
import io.captureguard.fixes.rules.LoopvarCapture;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.FixAll;
import io.captureguard.parser.version.GoVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of the loop-variable fixes, checked by running Go: each example program, after the
 * preferred fix of its loopvar-capture/loopvar-address findings, prints under Go 1.21 semantics
 * exactly what the original prints under Go 1.22. The original must also print something else
 * under Go 1.21, or the example would prove nothing.
 */
class RunnableExamplesTest {
    private static final Set<RuleId> LOOP_RULES = Set.of(LoopvarCapture.ID, LoopvarAddress.ID);

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> fixedUnderGo121PrintsWhatTheOriginalPrintsUnderGo122() throws IOException, URISyntaxException {
        GoToolchain go = GoToolchain.require();
        Path root = Paths.get(RunnableExamplesTest.class.getResource("/runnable").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".go")).sorted()::iterator) {
                tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(go, f)));
            }
        }
        return tests.stream();
    }

    private void check(GoToolchain go, Path example) throws Exception {
        String original = Files.readString(example);
        List<Finding> findings = loopFindings(original);
        assertFalse(findings.isEmpty(), "the example must have a loop-variable finding at Go 1.21");
        String fixed = FixAll.apply(original, RunnableExamplesTest::loopFindings, true).text();
        assertEquals(List.of(), loopFindings(fixed), "the fix must remove the findings");

        String name = example.getFileName().toString().replace(".go", "");
        String under122 = run(go, name + "-122", "1.22", original);
        String under121 = run(go, name + "-121", "1.21", original);
        String fixedUnder121 = run(go, name + "-fixed", "1.21", fixed);
        assertNotEquals(under122, under121, "the example should show the hazard under Go 1.21");
        assertEquals(under122, fixedUnder121, "after the fix, Go 1.21 must print what Go 1.22 prints:\n" + fixed);
    }

    private static List<Finding> loopFindings(String text) {
        return Analyzer.withDefaults().findings(Document.alone(text, GoVersion.GO_1_21)).stream()
                .filter(f -> LOOP_RULES.contains(f.rule())).toList();
    }

    private String run(GoToolchain go, String name, String version, String program) throws Exception {
        Path dir = GoToolchain.module(temp, name, version);
        Files.writeString(dir.resolve("main.go"), program);
        GoToolchain.Result result = go.go(dir, "run", ".");
        assertEquals(0, result.exit(), () -> "go run failed:\n" + result.output());
        return result.output();
    }
}
