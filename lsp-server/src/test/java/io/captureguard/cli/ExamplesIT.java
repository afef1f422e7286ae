package io.captureguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, {@code captureguard check examples}, run from the repository root:
 * it reports exactly the findings examples/expected-findings.txt lists ({@code path:line: rule}).
 */
class ExamplesIT {
    private static final Pattern FINDING = Pattern.compile("examples/(.+?):(\\d+):\\d+: .+ \\(([a-z-]+)\\)");

    @Test
    void checkExamplesReportsExactlyTheExpectedFindings() throws IOException {
        Path root = Cli.repository();
        List<String> expected = Files.readAllLines(root.resolve("examples/expected-findings.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        Cli.Run run = Cli.run(root, "check", "examples");
        assertEquals(1, run.exitCode(), run.toString());
        List<String> actual = run.out().lines().map(l -> {
            Matcher m = FINDING.matcher(l);
            return m.matches() ? m.group(1) + ":" + m.group(2) + ": " + m.group(3) : "unexpected line: " + l;
        }).sorted().toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
