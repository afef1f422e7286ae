package io.captureguard.fixes.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.captureguard.fixes.Finding;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.GoVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The incremental path must agree with a whole analysis also when the whole file's model is incomplete. */
class IncompleteModelIncrementalTest {
    private static final GoVersion GO_1_21 = GoVersion.parse("1.21").orElseThrow();
    private static final String DEEP = "_ = y" + ".b".repeat(20_000);

    private static <T> T onSmallStack(Supplier<T> work) throws InterruptedException {
        List<T> out = new ArrayList<>();
        Thread t = new Thread(null, () -> out.add(work.get()), "small-stack", 512 * 1024);
        t.start();
        t.join();
        return out.get(0);
    }

    private static String file(String fBody, String gBody) {
        return "package p\n\nimport \"fmt\"\n\nfunc f(xs []int) {\n\tfor _, x := range xs {\n\t\t" + fBody
                + "\n\t}\n}\n\nfunc g(y int) {\n\t" + gBody + "\n}\n";
    }

    private static void agrees(String before, String after) throws InterruptedException {
        Analyzer engine = Analyzer.withDefaults();
        PackageIndex index = PackageIndex.empty();
        record Result(List<Finding> incremental, boolean reused, List<Finding> whole) {
        }
        Result r = onSmallStack(() -> {
            AnalyzedText first = engine.analyze(Document.of(before, index, GO_1_21));
            Optional<AnalyzedText> next = engine.reanalyze(first, Document.of(after, index, GO_1_21));
            List<Finding> whole = engine.findings(Document.of(after, index, GO_1_21));
            return new Result(next.map(AnalyzedText::findings).orElse(whole), next.isPresent(), whole);
        });
        assertEquals(r.whole(), r.incremental(), "reused: " + r.reused());
    }

    @Test
    void anEditBesideAnUnresolvableBodyFindsWhatTheWholeAnalysisFinds() throws InterruptedException {
        // The whole file cannot be resolved (g), so it has no findings; an edit in f must not bring f's back.
        agrees(file("go func() { fmt.Println(x) }()", DEEP), file("go func() { fmt.Println(x, 1) }()", DEEP));
    }

    @Test
    void typingAnUnresolvableExpressionDropsEveryFindingAsTheWholeAnalysisDoes() throws InterruptedException {
        // The reverse: g becomes unresolvable; f's kept findings must go as in a whole analysis.
        agrees(file("go func() { fmt.Println(x) }()", "_ = y"), file("go func() { fmt.Println(x) }()", DEEP));
    }

    @Test
    void aFileTheResolverCouldNotFinishGetsNoSuppressionFindingsEither() throws InterruptedException {
        // Its directives suppress nothing only because the rules were not run: reporting them (with a
        // SAFE fix deleting them) would make `captureguard fix` remove directives that are needed.
        String source = file("//captureguard:ignore loopvar-capture the loop waits for it elsewhere\n"
                + "\t\tgo func() { fmt.Println(x) }()", DEEP);
        List<Finding> found = onSmallStack(() -> Analyzer.withDefaults().findings(Document.alone(source, GO_1_21)));
        assertEquals(List.of(), found);
    }
}
