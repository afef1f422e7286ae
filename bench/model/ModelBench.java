import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.semantic.LocalVariable;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.semantic.SemanticModel;
import io.captureguard.parser.semantic.TypeInference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * Warm time to build the semantic model of one file (bindings, uses, loop headers) and to infer
 * the types of all its local variables, next to the time to parse it. The package index of the
 * file's directory is built once beforehand, as the language server keeps it.
 *
 * Usage: ModelBench FILE [iterations]
 */
public final class ModelBench {
    public static void main(String[] args) throws Exception {
        Path file = Paths.get(args[0]);
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        PackageIndex index = PackageIndex.ofDirectory(file.toAbsolutePath().getParent());
        long[] parse = new long[iterations];
        long[] model = new long[iterations];
        long[] types = new long[iterations];
        int variables = 0;
        int typed = 0;
        for (int warm = 0; warm < iterations; warm++) {
            run(source, index);
        }
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            ParseResult parsed = GoParser.parse(source);
            long t1 = System.nanoTime();
            SemanticModel m = SemanticModel.build(parsed.file(), index);
            long t2 = System.nanoTime();
            TypeInference inference = new TypeInference(m, index);
            int known = 0;
            for (LocalVariable v : m.variables()) {
                if (inference.typeText(v).isPresent()) {
                    known++;
                }
            }
            long t3 = System.nanoTime();
            parse[i] = t1 - t0;
            model[i] = t2 - t1;
            types[i] = t3 - t2;
            variables = m.variables().size();
            typed = known;
        }
        System.out.printf("file: %s%nlines: %d%nlocal_variables: %d%ntyped: %d%n", file,
                source.split("\n", -1).length, variables, typed);
        report("parse", parse);
        report("model", model);
        report("types_all_variables", types);
    }

    private static void run(String source, PackageIndex index) {
        SemanticModel m = SemanticModel.build(GoParser.parse(source).file(), index);
        TypeInference inference = new TypeInference(m, index);
        m.variables().forEach(inference::typeText);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s_ms: median %.2f, p90 %.2f%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 9 / 10] / 1e6);
    }
}
