package io.captureguard.fixes.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Rule;
import io.captureguard.fixes.RuleDescription;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Rules;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.rules.LoopvarCapture;
import io.captureguard.parser.GoParser;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine's own promises: one walk by node kind, declared results computed once, options applied, inputs untouched. */
class AnalyzerTest {
    private static final GoVersion GO_1_21 = GoVersion.parse("1.21").orElseThrow();
    private static final String LOOPS = """
            package p

            import "fmt"

            func f(xs []int) {
            \tfor _, x := range xs {
            \t\tgo func() { fmt.Println(x) }()
            \t}
            \tfor i := 0; i < 3; i++ {
            \t\tdefer func() { fmt.Println(i) }()
            \t}
            }
            """;

    /** A rule that records what the engine hands it. */
    private static final class Recorder implements Rule {
        final List<String> visited = new ArrayList<>();
        final Set<Class<? extends Node>> kinds;
        final List<FileAnalysis<?>> requires;
        final FileAnalysis<?> reads;

        Recorder(Set<Class<? extends Node>> kinds, List<FileAnalysis<?>> requires, FileAnalysis<?> reads) {
            this.kinds = kinds;
            this.requires = requires;
            this.reads = reads;
        }

        @Override
        public RuleDescription description() {
            return new RuleDescription(new RuleId("recorder"), "records", Severity.HINT);
        }

        @Override
        public Set<Class<? extends Node>> visits() {
            return kinds;
        }

        @Override
        public List<FileAnalysis<?>> requires() {
            return requires;
        }

        @Override
        public void visit(Node node, Pass pass) {
            visited.add(node.getClass().getSimpleName() + "@" + node.start());
            if (reads != null) {
                pass.resultOf(reads);
            }
            pass.report(node.start(), node.start() + 1, "seen", List.of(), List.of());
        }
    }

    private static List<Finding> run(Rule rule, AnalysisOptions options) {
        return new Analyzer(List.of(rule), options.withRules(Set.of(rule.id())))
                .findings(Document.alone(LOOPS, GO_1_21));
    }

    @Test
    void eachRuleIsHandedTheNodesOfItsKindsInSourceOrder() {
        Recorder loops = new Recorder(Set.of(Stmt.For.class, Stmt.Range.class), List.of(), null);
        run(loops, AnalysisOptions.DEFAULTS);
        assertEquals(List.of("Range@" + LOOPS.indexOf("for _"), "For@" + LOOPS.indexOf("for i")), loops.visited);
        Recorder anyStatement = new Recorder(Set.of(Stmt.class), List.of(), null);
        run(anyStatement, AnalysisOptions.DEFAULTS);
        assertTrue(anyStatement.visited.containsAll(List.of("Go@" + LOOPS.indexOf("go func"),
                "Defer@" + LOOPS.indexOf("defer func"))), "a supertype's kinds: " + anyStatement.visited);
        assertTrue(anyStatement.visited.stream().noneMatch(v -> v.startsWith("FuncLit")), anyStatement.visited.toString());
    }

    @Test
    void aDeclaredResultIsComputedOncePerFileAndAnUndeclaredOneIsRefused() {
        AtomicInteger computed = new AtomicInteger();
        FileAnalysis<Integer> counting = FileAnalysis.of("counting", file -> computed.incrementAndGet());
        run(new Recorder(Set.of(Expr.FuncLit.class), List.of(counting), counting), AnalysisOptions.DEFAULTS);
        assertEquals(1, computed.get(), "two literals read it, one computation");
        IllegalStateException undeclared = assertThrows(IllegalStateException.class,
                () -> run(new Recorder(Set.of(Expr.FuncLit.class), List.of(), counting), AnalysisOptions.DEFAULTS));
        assertTrue(undeclared.getMessage().contains("without declaring it"), undeclared.getMessage());
    }

    @Test
    void theUsersSeverityReplacesTheRulesAndTheSuppressionChecks() {
        String source = LOOPS.replace("\tfor _, x", "\t//captureguard:ignore defer-in-loop\n\tfor _, x");
        AnalysisOptions rated = AnalysisOptions.DEFAULTS.withSeverities(
                Map.of(LoopvarCapture.ID, Severity.ERROR, RuleId.SUPPRESSION, Severity.HINT));
        List<Finding> findings = new Analyzer(rated).findings(Document.alone(source, GO_1_21));
        assertTrue(findings.stream().filter(f -> f.rule().equals(LoopvarCapture.ID))
                .allMatch(f -> f.severity() == Severity.ERROR), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals(RuleId.SUPPRESSION) && f.severity() == Severity.HINT),
                findings.toString());
        assertTrue(Analyzer.withDefaults().findings(Document.alone(source, GO_1_21)).stream()
                .filter(f -> f.rule().equals(LoopvarCapture.ID)).allMatch(f -> f.severity() == Severity.WARNING));
    }

    @Test
    void theSuppressionCheckReportsOnlyWhenSelectedButDirectivesAlwaysApply() {
        String source = LOOPS.replace("\t\tgo func()", "\t\t//captureguard:ignore loopvar-capture\n\t\tgo func()");
        List<Finding> all = Analyzer.withDefaults().findings(Document.alone(source, GO_1_21));
        assertTrue(all.stream().anyMatch(f -> f.rule().equals(RuleId.SUPPRESSION)), "no reason given: " + all);
        Set<RuleId> rulesOnly = Rules.ids(false);
        List<Finding> withoutCheck = new Analyzer(AnalysisOptions.DEFAULTS.withRules(rulesOnly))
                .findings(Document.alone(source, GO_1_21));
        assertTrue(withoutCheck.stream().noneMatch(f -> f.rule().equals(RuleId.SUPPRESSION)), withoutCheck.toString());
        assertEquals(all.stream().filter(f -> !f.rule().equals(RuleId.SUPPRESSION)).toList(), withoutCheck,
                "the directive still suppresses the goroutine's finding");
    }

    @Test
    void aDirectiveNamingTheSuppressionCheckIsNeverReportedUnused() {
        String source = LOOPS.replace("\tfor _, x", "\t//captureguard:ignore suppression the next line is fine\n\tfor _, x");
        List<Finding> found = Analyzer.withDefaults().findings(Document.alone(source, GO_1_21));
        assertTrue(found.stream().noneMatch(f -> f.rule().equals(RuleId.SUPPRESSION)), found.toString());
    }

    @Test
    void anAnalysisWritesNothingIntoThePackageIndexItReads() {
        PackageIndex index = PackageIndex.empty();
        index.update(Path.of("/p/other.go"), GoParser.parse("package p\n\nfunc helper() {}\n").file());
        long generation = index.generation();
        Analyzer engine = Analyzer.withDefaults();
        AnalyzedText analysed = engine.analyze(Document.of(LOOPS, index, GO_1_21));
        engine.reanalyze(analysed, Document.of(LOOPS.replace("Println(x)", "Println(x, 1)"), index, GO_1_21));
        engine.fixAll(Document.of(LOOPS, index, GO_1_21), true);
        assertEquals(generation, index.generation());
    }

    @Test
    void fixAllReturnsTheFindingsOfTheTextItLeaves() {
        Analyzer engine = Analyzer.withDefaults();
        var result = engine.fixAll(Document.alone(LOOPS, GO_1_21), false);
        assertTrue(result.applied() > 0);
        assertEquals(engine.findings(Document.alone(result.text(), GO_1_21)), result.findings());
        AnalyzedText known = engine.analyze(Document.alone(LOOPS, GO_1_21));
        assertEquals(result, engine.fixAll(Document.alone(LOOPS, GO_1_21), known, false));
    }

    @Test
    void aFileTheResolverCouldNotFinishGetsNoFindings() throws Exception {
        // A Go 1.22 loop whose copy is needed (i++ after it), with an expression too deep to resolve
        // between the copy and the write: a model missing that write would call the copy redundant.
        String chain = "i" + ".b".repeat(20_000);
        String source = "package p\n\nfunc f() {\n\tfor i := 0; i < 3; i++ {\n\t\ti := i\n"
                + "\t\t_ = " + chain + "\n\t\ti++\n\t}\n}\n";
        List<List<Finding>> found = new ArrayList<>();
        Thread small = new Thread(null, () -> found.add(Analyzer.withDefaults()
                .findings(Document.alone(source, GoVersion.parse("1.22").orElseThrow()))), "small-stack", 512 * 1024);
        small.start();
        small.join();
        assertEquals(List.of(List.of()), found);
    }
}
