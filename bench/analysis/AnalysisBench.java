import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Rule;
import io.captureguard.fixes.Rules;
import io.captureguard.fixes.engine.Analyzer;
import io.captureguard.fixes.engine.Document;
import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.semantic.SemanticModel;
import io.captureguard.parser.version.GoVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Warm time of a whole analysis of one file, as the language server runs it on every edit: parse,
 * then the engine (semantic model, all rules, suppressions), at Go 1.21 so that the loop rules
 * have work to do. The model is also timed alone, so that the rules' share is the engine's time
 * less the model's; and each rule alone through an engine that runs only it (model included).
 * The directory's package index is built once beforehand, as the server keeps it.
 *
 * Usage: AnalysisBench FILE [iterations]
 */
public final class AnalysisBench {
    private static final Analyzer ENGINE = Analyzer.withDefaults();

    public static void main(String[] args) throws Exception {
        Path file = Paths.get(args[0]);
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        PackageIndex index = PackageIndex.ofDirectory(file.toAbsolutePath().getParent());
        for (int warm = 0; warm < iterations; warm++) {
            ENGINE.findings(Document.of(source, index, GoVersion.GO_1_21));
        }
        long[] parse = new long[iterations];
        long[] model = new long[iterations];
        long[] engine = new long[iterations];
        long[] total = new long[iterations];
        int findings = 0;
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            ParseResult parsed = GoParser.parse(source);
            long t1 = System.nanoTime();
            List<Finding> found = ENGINE.findings(Document.parsed(parsed, index, GoVersion.GO_1_21));
            long t2 = System.nanoTime();
            SemanticModel.build(parsed.file(), index);
            long t3 = System.nanoTime();
            parse[i] = t1 - t0;
            engine[i] = t2 - t1;
            model[i] = t3 - t2;
            total[i] = t2 - t0;
            findings = found.size();
        }
        System.out.printf("file: %s%nlines: %d%nfindings_at_go1.21: %d%n", file, source.split("\n", -1).length, findings);
        report("parse", parse);
        report("model", model);
        report("engine (model + all rules)", engine);
        report("total", total);
        ParseResult parsed = GoParser.parse(source);
        for (Rule rule : Rules.all()) {
            Analyzer alone = new Analyzer(AnalysisOptions.DEFAULTS.withRules(Set.of(rule.id())));
            long[] times = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                alone.findings(Document.parsed(parsed, index, GoVersion.GO_1_21));
                times[i] = System.nanoTime() - t0;
            }
            report("  engine with " + rule.id() + " alone", times);
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s_ms: median %.2f, p90 %.2f%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 9 / 10] / 1e6);
    }
}
