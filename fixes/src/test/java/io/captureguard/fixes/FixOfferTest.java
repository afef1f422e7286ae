package io.captureguard.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.captureguard.fixes.engine.Analyzer;
import io.captureguard.fixes.engine.Document;
import io.captureguard.fixes.rules.LoopvarCapture;
import io.captureguard.parser.version.GoVersion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which cures loopvar-capture offers, how safe each is and which one is preferred, exactly as
 * docs/product-spec.md words it (#f1, #f2, #f7). Each case lists the fixes as
 * "title-start:SAFETY:preferred".
 */
class FixOfferTest {
    private static List<String> offered(String body, AnalysisOptions options) {
        String source = "package p\n\nimport \"fmt\"\n\nfunc f(xs []int, n int) {\n" + body + "}\n";
        List<Finding> findings = new Analyzer(options.withRules(Set.of(LoopvarCapture.ID)))
                .findings(Document.alone(source, GoVersion.GO_1_21));
        assertEquals(1, findings.size(), () -> "one finding expected in\n" + source);
        return findings.get(0).fixes().stream()
                .map(f -> f.title().split(" ")[0] + ":" + f.safety() + ":" + f.preferred()).toList();
    }

    private static List<String> offered(String body) {
        return offered(body, AnalysisOptions.DEFAULTS);
    }

    @Test
    void rangeLoopGetsASafeCopyPreferredAndASafeParameter() {
        assertEquals(List.of("Copy:SAFE:true", "Pass:SAFE:false"),
                offered("\tfor _, x := range xs {\n\t\tgo func() { fmt.Println(x) }()\n\t}\n"));
    }

    @Test
    void theSettingPrefersTheParameterForm() {
        assertEquals(List.of("Copy:SAFE:false", "Pass:SAFE:true"),
                offered("\tfor _, x := range xs {\n\t\tgo func() { fmt.Println(x) }()\n\t}\n",
                        AnalysisOptions.DEFAULTS.withParameterFormPreferred(true)));
    }

    @Test
    void aLaterWriteMakesTheParameterUnsafeButNotTheRangeCopy() {
        assertEquals(List.of("Copy:SAFE:true", "Pass:UNSAFE:false"),
                offered("\tfor _, x := range xs {\n\t\tgo func() { fmt.Println(x) }()\n\t\tx = 0\n\t\t_ = x\n\t}\n"));
    }

    @Test
    void threeClauseLoopWhoseBodyWritesTheCounterGetsNoCopy() {
        assertEquals(List.of("Pass:SAFE:true"),
                offered("\tfor i := 0; i < n; i++ {\n\t\ti++\n\t\tgo func() { fmt.Println(i) }()\n\t}\n"));
    }

    @Test
    void threeClauseLoopWithAWriteAfterTheStatementGetsOnlyAnUnsafeParameter() {
        assertEquals(List.of("Pass:UNSAFE:true"),
                offered("\tfor i := 0; i < n; i++ {\n\t\tgo func() { fmt.Println(i) }()\n\t\ti++\n\t}\n"));
    }

    @Test
    void aClosureThatWritesTheVariableGetsNoParameter() {
        assertEquals(List.of("Copy:SAFE:true"),
                offered("\tfor _, x := range xs {\n\t\tgo func() { x++ }()\n\t}\n"));
    }

    @Test
    void anUnknownTypeGetsNoParameter() {
        assertEquals(List.of("Copy:SAFE:true"),
                offered("\tfor _, x := range load() {\n\t\tgo func() { fmt.Println(x) }()\n\t}\n"));
    }

    @Test
    void aStoredClosureGetsOnlyTheCopy() {
        assertEquals(List.of("Copy:SAFE:true"),
                offered("\tvar fs []func()\n\tfor _, x := range xs {\n\t\tfs = append(fs, func() { fmt.Println(x) })\n\t}\n\t_ = fs\n"));
    }

    @Test
    void aBodyThatAlreadyDeclaresTheNameGetsNoCopy() {
        assertEquals(List.of("Pass:SAFE:true"),
                offered("\tvar p *int\n\tfor _, x := range xs {\n\t\tgo func() { fmt.Println(x) }()\n\t\tvar x = 1\n\t\tp = &x\n\t}\n\t_ = p\n"));
    }
}
