import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.FileContext;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Rule;
import io.captureguard.fixes.Rules;
import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.GoVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

/**
 * Warm time of a whole analysis of one file, as the language server runs it on every edit: parse,
 * semantic model, then all rules (with suppressions), at Go 1.21 so that the loop rules have work
 * to do; and each rule alone on a prepared context. The directory's package index is built once
 * beforehand, as the server keeps it.
 *
 * Usage: AnalysisBench FILE [iterations]
 */
public final class AnalysisBench {
    public static void main(String[] args) throws Exception {
        Path file = Paths.get(args[0]);
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        PackageIndex index = PackageIndex.ofDirectory(file.toAbsolutePath().getParent());
        for (int warm = 0; warm < iterations; warm++) {
            analyze(source, index);
        }
        long[] parse = new long[iterations];
        long[] context = new long[iterations];
        long[] rules = new long[iterations];
        long[] total = new long[iterations];
        int findings = 0;
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            ParseResult parsed = GoParser.parse(source);
            long t1 = System.nanoTime();
            FileContext ctx = new FileContext(parsed, index, GoVersion.GO_1_21);
            long t2 = System.nanoTime();
            List<Finding> found = Rules.analyze(ctx, Rules.all(), AnalysisOptions.DEFAULTS);
            long t3 = System.nanoTime();
            parse[i] = t1 - t0;
            context[i] = t2 - t1;
            rules[i] = t3 - t2;
            total[i] = t3 - t0;
            findings = found.size();
        }
        System.out.printf("file: %s%nlines: %d%nfindings_at_go1.21: %d%n", file, source.split("\n", -1).length, findings);
        report("parse", parse);
        report("model", context);
        report("all_rules", rules);
        report("total", total);
        FileContext ctx = new FileContext(GoParser.parse(source), index, GoVersion.GO_1_21);
        for (Rule rule : Rules.all()) {
            long[] times = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                rule.check(ctx);
                times[i] = System.nanoTime() - t0;
            }
            report("  " + rule.name(), times);
        }
    }

    private static void analyze(String source, PackageIndex index) {
        Rules.analyze(new FileContext(GoParser.parse(source), index, GoVersion.GO_1_21), Rules.all(),
                AnalysisOptions.DEFAULTS);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s_ms: median %.2f, p90 %.2f%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 9 / 10] / 1e6);
    }
}
