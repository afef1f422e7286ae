import io.captureguard.parser.GoParser;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * The first parse on a cold JVM (empty DFA cache): what a user waits for when the language server
 * opens its first file. Usage: ColdParse FILE
 */
public final class ColdParse {
    public static void main(String[] args) throws Exception {
        String source = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        int errors = GoParser.parse(source).errors().size();
        long parse = System.nanoTime() - start;
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long second = System.nanoTime();
        GoParser.parse(source);
        long secondParse = System.nanoTime() - second;
        System.out.printf("cold_first_parse_ms: %.0f%nsecond_parse_ms: %.1f%njvm_start_to_parsed_ms: %d%n"
                + "syntax_errors: %d%n", parse / 1e6, secondParse / 1e6, sinceJvmStart, errors);
    }
}
