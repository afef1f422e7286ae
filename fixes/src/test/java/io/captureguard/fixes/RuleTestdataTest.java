package io.captureguard.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.captureguard.fixes.engine.Analyzer;
import io.captureguard.fixes.engine.Document;
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
public class RuleTestdataTest {
    private static final Pattern WANT_ABOVE = Pattern.compile("^\\s*//\\s*want:above\\s+([a-z-]+(?:\\s+[a-z-]+)*)\\s*$");
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
        PackageIndex index = PackageIndex.ofDirectory(file.getParent());
        List<Finding> findings = analyze(file, source, index);
        LineMap lines = new LineMap(source);
        Map<Integer, List<String>> actual = new TreeMap<>();
        for (Finding f : findings) {
            actual.computeIfAbsent(lines.line(f.start()), k -> new ArrayList<>()).add(f.rule().name());
        }
        actual.values().forEach(java.util.Collections::sort);
        assertEquals(wanted(source), actual, () -> "findings by line in " + file.getFileName() + ":\n"
                + findings.stream().map(f -> lines.line(f.start()) + ": " + f.message()).reduce("", (a, b) -> a + b + "\n"));
        checkGolden(file, source, index, findings);
        checkSafeFixesSettle(file, source, index);
        checkEachFixRemovesItsFinding(file, source, index, findings);
    }

    /** Applying all safe fixes twice equals applying them once, and leaves none they could fix. */
    private static void checkSafeFixesSettle(Path file, String source, PackageIndex index) {
        FixAll.Result once = FixAll.apply(source, text -> analyze(file, text, index), false);
        FixAll.Result twice = FixAll.apply(once.text(), text -> analyze(file, text, index), false);
        assertEquals(0, twice.applied(), () -> "safe fixes are not idempotent on " + file.getFileName());
        assertEquals(once.text(), twice.text());
        List<Finding> left = analyze(file, once.text(), index).stream()
                .filter(f -> FixAll.chosen(f, false).isPresent()).toList();
        assertEquals(List.of(), left, "findings a safe fix should have removed in " + file.getFileName());
    }

    /** Each fix, applied alone, parses and removes the finding it was offered for. */
    private static void checkEachFixRemovesItsFinding(Path file, String source, PackageIndex index,
                                                      List<Finding> findings) {
        for (Finding finding : findings) {
            for (Fix fix : finding.fixes()) {
                String fixed = Edits.apply(source, fix.edits());
                assertEquals(List.of(), GoParser.parse(fixed).errors(), () -> fix.title() + " breaks " + file);
                long before = findings.stream().filter(f -> f.rule().equals(finding.rule())).count();
                long after = analyze(file, fixed, index).stream().filter(f -> f.rule().equals(finding.rule())).count();
                org.junit.jupiter.api.Assertions.assertTrue(after < before, () -> "\"" + fix.title() + "\" leaves "
                        + finding.rule() + " findings as they were in " + file.getFileName() + ":\n" + fixed);
            }
        }
    }

    /**
     * {@code X.go.golden} is X.go after the preferred fix of every finding (safe and unsafe, as a
     * user accepting each suggestion would get). A file whose findings offer fixes must have one.
     * {@code -Dcaptureguard.writeGoldens=true} writes missing goldens for review.
     */
    private static void checkGolden(Path file, String source, PackageIndex index, List<Finding> findings)
            throws IOException {
        Path golden = file.resolveSibling(file.getFileName() + ".golden");
        String fixed = FixAll.apply(source, text -> analyze(file, text, index), true).text();
        if (!Files.exists(golden)) {
            if (findings.stream().allMatch(f -> f.fixes().isEmpty())) {
                return;
            }
            if (Boolean.getBoolean("captureguard.writeGoldens")) {
                Files.writeString(sourceTree(golden), fixed);
                return;
            }
            throw new AssertionError(file.getFileName() + " has fixes but no .golden file; after fixes it reads:\n" + fixed);
        }
        assertEquals(Files.readString(golden), fixed, "text after fixes for " + file.getFileName());
        assertEquals(GoParser.parse(fixed).errors(), List.of(), "fixed text must parse");
    }

    /** The golden's path in src/test/resources (tests read a copy under target/). */
    private static Path sourceTree(Path copied) {
        String path = copied.toString().replace("/target/test-classes/", "/src/test/resources/");
        return Paths.get(path);
    }

    public static List<Finding> analyze(Path file, String text, PackageIndex index) {
        var version = new FileGoVersion(ModuleLocator.onDisk()).of(file, text, Optional.empty()).version();
        return Analyzer.withDefaults().findings(Document.of(text, index, version));
    }

    private static Map<Integer, List<String>> wanted(String source) {
        Map<Integer, List<String>> want = new TreeMap<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher above = WANT_ABOVE.matcher(lines[i]);
            if (above.matches()) { // for lines whose own trailing comment cannot hold a want (a directive)
                want.put(i, java.util.Arrays.stream(above.group(1).trim().split("\\s+")).sorted().toList());
                continue;
            }
            Matcher m = WANT.matcher(lines[i]);
            if (m.find()) {
                want.put(i + 1, java.util.Arrays.stream(m.group(1).trim().split("\\s+")).sorted().toList());
            }
        }
        return want;
    }
}
