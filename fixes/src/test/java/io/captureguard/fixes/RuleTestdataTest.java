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
 * finding). A name may be followed by a quoted regular expression that the finding's message
 * must contain ({@code // want loopvar-capture "last value of .job."}, found with
 * {@link Matcher#find}), as go/analysis testdata does. The file's Go version is decided as in
 * production: its build line, else the folder's go.mod. Adding a case means adding Go code.
 */
public class RuleTestdataTest {
    private static final Pattern WANT_ABOVE = Pattern.compile("^\\s*//\\s*want:above\\s+([a-z-]+(?:\\s+[a-z-]+)*)\\s*$");
    private static final String EXPECTATION = "([a-z-]+)(?:\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`))?";
    private static final Pattern WANT = Pattern.compile("//\\s*want\\s+(" + EXPECTATION + "(?:\\s+" + EXPECTATION + ")*)\\s*$");
    private static final Pattern ONE_EXPECTATION = Pattern.compile(EXPECTATION);

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
        Map<Integer, List<Expectation>> expected = expectations(source);
        Map<Integer, List<String>> wanted = new TreeMap<>();
        expected.forEach((line, list) -> wanted.put(line, list.stream().map(Expectation::rule).sorted().toList()));
        assertEquals(wanted, actual, () -> "findings by line in " + file.getFileName() + ":\n"
                + findings.stream().map(f -> lines.line(f.start()) + ": " + f.message()).reduce("", (a, b) -> a + b + "\n"));
        checkMessages(file, expected, findings, lines);
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

    /** One {@code // want} entry: a rule and, optionally, a pattern its message must contain. */
    record Expectation(String rule, Pattern message) {
    }

    /**
     * Each pattern matches the message of its own finding of that rule on that line (several
     * findings of one rule on a line are matched in order, each at most once).
     */
    static void checkMessages(Path file, Map<Integer, List<Expectation>> expected, List<Finding> findings,
                              LineMap lines) {
        expected.forEach((line, list) -> {
            List<Finding> onLine = new ArrayList<>(findings.stream().filter(f -> lines.line(f.start()) == line).toList());
            for (Expectation e : list) {
                if (e.message() == null) {
                    continue;
                }
                Optional<Finding> match = onLine.stream().filter(
                        f -> f.rule().name().equals(e.rule()) && e.message().matcher(f.message()).find()).findFirst();
                org.junit.jupiter.api.Assertions.assertTrue(match.isPresent(), () -> file.getFileName() + ":" + line
                        + ": no " + e.rule() + " finding whose message matches \"" + e.message() + "\"; found: "
                        + onLine.stream().map(Finding::message).toList());
                onLine.remove(match.get());
            }
        });
    }

    static Map<Integer, List<Expectation>> expectations(String source) {
        Map<Integer, List<Expectation>> want = new TreeMap<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher above = WANT_ABOVE.matcher(lines[i]);
            if (above.matches()) { // for lines whose own trailing comment cannot hold a want (a directive)
                want.put(i, java.util.Arrays.stream(above.group(1).trim().split("\\s+"))
                        .map(rule -> new Expectation(rule, null)).toList());
                continue;
            }
            Matcher m = WANT.matcher(lines[i]);
            if (m.find()) {
                List<Expectation> list = new ArrayList<>();
                Matcher one = ONE_EXPECTATION.matcher(m.group(1));
                while (one.find()) {
                    list.add(new Expectation(one.group(1), one.group(2) == null ? null : Pattern.compile(unquote(one.group(2)))));
                }
                want.put(i + 1, list);
            }
        }
        return want;
    }

    /** A Go string literal's text: a raw string as written, an interpreted one with \\" and \\\\ unescaped. */
    private static String unquote(String literal) {
        String body = literal.substring(1, literal.length() - 1);
        return literal.startsWith("`") ? body : body.replaceAll("\\\\([\"\\\\])", "$1");
    }
}
