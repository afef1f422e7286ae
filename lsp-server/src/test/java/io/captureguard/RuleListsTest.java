package io.captureguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.captureguard.fixes.RuleDocs;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every list of rule names written by hand in the repository names exactly the rules of the
 * registry ({@link Rules}): a rule page each (a missing page fails the build), testdata, the VS
 * Code settings' enums, docs/configuration.md, and the rule counts and classes in the README and
 * docs/ARCHITECTURE.md. docs/adding-a-rule.md is the checklist these lists come from.
 *
 * <p>Only {@link #rules()} and {@link #directiveCheck()} read the registry: adapt them when its API
 * changes.
 */
class RuleListsTest {
    /** The repository: the parent of this module's folder, where Maven runs the tests. */
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();

    /** The rules that check Go code, by name, in the registry's order. */
    private static List<String> rules() {
        return Rules.all().stream().map(r -> r.id().name()).toList();
    }

    /** The check of our own {@code //captureguard:ignore} directives, which has a name and a page too. */
    private static String directiveCheck() {
        return Rules.SUPPRESSION.name();
    }

    /** The class of each rule, for the table in docs/ARCHITECTURE.md. */
    private static List<String> ruleClasses() {
        return Rules.all().stream().map(r -> r.getClass().getSimpleName()).toList();
    }

    /** Every name a user can write (settings, --select, directives): the rules and the directive check. */
    private static List<String> allNames() {
        List<String> names = new ArrayList<>(rules());
        names.add(directiveCheck());
        return names;
    }

    @Test
    void everyNameHasARulePageAndEveryRulePageANameInTheRegistry() throws IOException {
        List<String> pages;
        try (Stream<Path> files = Files.list(ROOT.resolve("docs/rules"))) {
            pages = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - ".md".length())).toList();
        }
        assertSameNames("docs/rules/<name>.md", allNames(), pages);
    }

    @Test
    void theJarCarriesEveryRulePageForExplainAndHovers() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String name : allNames()) {
            Path page = ROOT.resolve("docs/rules/" + name + ".md");
            String carried = RuleDocs.markdown(new RuleId(name)).orElse(null);
            if (carried == null) {
                missing.add(name);
            } else if (Files.exists(page)) {
                assertEquals(Files.readString(page), carried, "the jar's copy of " + page + " is stale");
            }
        }
        assertEquals(List.of(), missing, "rules whose page the jar lacks (captureguard explain and hovers would"
                + " show only the summary): add docs/rules/<name>.md");
    }

    @Test
    void everyNameHasTestdata() throws IOException {
        Path testdata = ROOT.resolve("fixes/src/test/resources/rules");
        List<String> folders = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(testdata)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                try (Stream<Path> files = Files.walk(dir)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".go"))) {
                        folders.add(dir.getFileName().toString());
                    }
                }
            }
        }
        assertSameNames("fixes/src/test/resources/rules/<name>/ (with .go files)", allNames(), folders);
    }

    @Test
    void theVsCodeSettingsOfferEveryName() throws IOException {
        JsonNode properties = new ObjectMapper().readTree(ROOT.resolve("vscode-extension/package.json").toFile())
                .path("contributes").path("configuration").path("properties");
        Map<String, JsonNode> enums = new TreeMap<>(Map.of(
                "captureguard.rules.select items.enum", properties.path("captureguard.rules.select").path("items").path("enum"),
                "captureguard.rules.ignore items.enum", properties.path("captureguard.rules.ignore").path("items").path("enum"),
                "captureguard.severity propertyNames.enum", properties.path("captureguard.severity").path("propertyNames").path("enum")));
        for (Map.Entry<String, JsonNode> e : enums.entrySet()) {
            String where = "vscode-extension/package.json, " + e.getKey();
            assertTrue(e.getValue().isArray(), where + " is gone (the settings' list of rule names)");
            List<String> names = new ArrayList<>();
            e.getValue().forEach(n -> names.add(n.asText()));
            assertSameNames(where, allNames(), names);
        }
    }

    @Test
    void theVsCodeUnitTestExpectsEveryName() throws IOException {
        String test = read("vscode-extension/test/unit/serverSettings.test.ts");
        Matcher list = Pattern.compile("const rules = \\[([^\\]]*)\\]").matcher(test);
        assertTrue(list.find(), "vscode-extension/test/unit/serverSettings.test.ts no longer has `const rules = [...]`");
        assertSameNames("vscode-extension/test/unit/serverSettings.test.ts, const rules", allNames(),
                quoted(list.group(1), "'([^']+)'"));
    }

    @Test
    void theConfigurationPageNamesEveryName() throws IOException {
        Matcher paragraph = Pattern.compile("(?s)The rule names are (.*?)\\n\\n").matcher(read("docs/configuration.md"));
        assertTrue(paragraph.find(), "docs/configuration.md no longer has its paragraph 'The rule names are …'");
        assertSameNames("docs/configuration.md, 'The rule names are …'", allNames(),
                quoted(paragraph.group(1), "`([a-z-]+)`"));
    }

    @Test
    void theReadmeAndArchitectureCountTheRulesRight() throws IOException {
        List<String> numbers = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve");
        Pattern count = Pattern.compile("\\b(" + String.join("|", numbers) + ") rules\\b");
        String expected = numbers.get(rules().size());
        for (String file : List.of("README.md", "docs/ARCHITECTURE.md")) {
            Matcher m = count.matcher(read(file));
            while (m.find()) {
                assertEquals(expected, m.group(1), file + " says '" + m.group() + "'; the registry has "
                        + rules().size() + " rules (" + String.join(", ", rules()) + ")");
            }
        }
    }

    @Test
    void theArchitectureNamesEveryRuleClass() throws IOException {
        String row = read("docs/ARCHITECTURE.md").lines().filter(l -> l.startsWith("|") && l.contains("rules of the [product spec]"))
                .findFirst().orElseThrow(() -> new AssertionError(
                        "docs/ARCHITECTURE.md no longer has the table row '| `LoopvarCapture`, … | the … rules of the [product spec](…) |'"));
        assertSameNames("docs/ARCHITECTURE.md, the row of rule classes", ruleClasses(), quoted(row, "`([A-Za-z]+)`"));
    }

    /** Compares as sets, and fails naming what is missing from the list and what it has beyond the registry. */
    private static void assertSameNames(String where, Collection<String> registry, Collection<String> list) {
        Set<String> missing = new TreeSet<>(registry);
        missing.removeAll(list);
        Set<String> extra = new TreeSet<>(list);
        extra.removeAll(registry);
        List<String> duplicates = list.stream().filter(n -> list.stream().filter(n::equals).count() > 1).distinct().toList();
        if (!missing.isEmpty() || !extra.isEmpty() || !duplicates.isEmpty()) {
            fail(where + " does not match the rule registry (Rules; docs/adding-a-rule.md says what lists a rule is in):"
                    + (missing.isEmpty() ? "" : " missing " + missing + ";")
                    + (extra.isEmpty() ? "" : " not in the registry " + extra + ";")
                    + (duplicates.isEmpty() ? "" : " listed twice " + duplicates + ";")
                    + " the registry has " + registry);
        }
    }

    private static List<String> quoted(String text, String regex) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String read(String relative) throws IOException {
        return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
    }
}
