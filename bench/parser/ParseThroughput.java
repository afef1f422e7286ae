import io.captureguard.parser.GoParser;
import io.captureguard.parser.PredictionCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Warm, single-thread parse throughput over a tree of Go files (testdata excluded), the way
 * captureguard parses: GoParser.parse, syntax tree included. Prints key: value lines.
 *
 * Usage: ParseThroughput ROOT [warmupPasses] [measuredPasses]
 */
public final class ParseThroughput {
    public static void main(String[] args) throws IOException {
        Path root = Paths.get(args[0]).toRealPath();
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String> sources = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".go"))
                    .filter(f -> !root.relativize(f).toString().matches("(.*/)?testdata(/.*)?"))
                    .sorted()::iterator) {
                byte[] raw = Files.readAllBytes(p);
                bytes += raw.length;
                sources.add(new String(raw, StandardCharsets.UTF_8));
            }
        }
        long firstPass = timePass(sources);
        for (int i = 1; i < warmup; i++) {
            timePass(sources);
        }
        long[] times = new long[passes];
        for (int i = 0; i < passes; i++) {
            times[i] = timePass(sources);
        }
        Arrays.sort(times);
        double mb = bytes / 1e6;
        System.out.printf("files: %d%nbytes: %d%n", sources.size(), bytes);
        System.out.printf("first_pass_mb_per_s: %.1f%n", mb / (firstPass / 1e9));
        System.out.printf("warm_best_mb_per_s: %.1f%n", mb / (times[0] / 1e9));
        System.out.printf("warm_median_mb_per_s: %.1f%n", mb / (times[passes / 2] / 1e9));
        reportDfa();
    }

    private static long timePass(List<String> sources) {
        long start = System.nanoTime();
        int errors = 0;
        for (String source : sources) {
            errors += GoParser.parse(source).errors().size();
        }
        if (errors > 0) {
            System.out.println("syntax_errors: " + errors);
        }
        return System.nanoTime() - start;
    }

    /** The shared DFA caches: states, and the heap they hold (measured by dropping them). */
    private static void reportDfa() {
        long states = PredictionCache.states();
        long withDfa = usedHeapAfterGc();
        PredictionCache.clear();
        long withoutDfa = usedHeapAfterGc();
        System.out.printf("dfa_states: %d%n", states);
        System.out.printf("dfa_heap_mb: %.1f%n", (withDfa - withoutDfa) / 1e6);
        System.out.printf("heap_used_after_gc_mb: %.1f%n", withDfa / 1e6);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
