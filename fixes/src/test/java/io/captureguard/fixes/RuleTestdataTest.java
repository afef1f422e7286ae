package io.captureguard.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.LineMap;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.FileGoVersion;
import io.captureguard.parser.version.ModuleLocator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule tests in the Go analysis style: every {@code .go} file under {@code rules/<rule>/} is
 * ordinary Go with {@code // want <rule>…} on each line that must be flagged (one name per
 * finding). The file's Go version is decided as in production: its build line, else the
 * folder's go.mod. Adding a case means adding Go code.
 */
class RuleTestdataTest {
    private static final Pattern WANT = Pattern.compile("//\\s*want\\s+([a-z-]+(?:\\s+[a-z-]+)*)\\s*$");

    @TestFactory
    Stream<DynamicTest> everyTestdataFileGetsExactlyTheFindingsItWants() throws IOException, URISyntaxException {
        Path root = Paths.get(RuleTestdataTest.class.getResource("/rules").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".go")).sorted()::iterator) {
                tests.add(DynamicTest.dynamicTest(root.relativize(file).toString(), () -> check(file)));
            }
        }
        return tests.stream();
    }

    private static void check(Path file) throws IOException {
        String source = Files.readString(file);
        ParseResult parsed = GoParser.parse(source);
        assertEquals(List.of(), parsed.errors(), "testdata must be valid Go");
        var version = new FileGoVersion(ModuleLocator.onDisk()).of(file, source, Optional.empty()).version();
        FileContext context = new FileContext(parsed, PackageIndex.ofDirectory(file.getParent()), version);
        List<Finding> findings = Rules.analyze(context, Rules.all());
        LineMap lines = new LineMap(source);
        Map<Integer, List<String>> actual = new TreeMap<>();
        for (Finding f : findings) {
            actual.computeIfAbsent(lines.line(f.start()), k -> new ArrayList<>()).add(f.rule());
        }
        assertEquals(wanted(source), actual, () -> "findings by line in " + file.getFileName() + ":\n"
                + findings.stream().map(f -> lines.line(f.start()) + ": " + f.message()).reduce("", (a, b) -> a + b + "\n"));
    }

    private static Map<Integer, List<String>> wanted(String source) {
        Map<Integer, List<String>> want = new TreeMap<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = WANT.matcher(lines[i]);
            if (m.find()) {
                want.put(i + 1, List.of(m.group(1).trim().split("\\s+")));
            }
        }
        return want;
    }
}
