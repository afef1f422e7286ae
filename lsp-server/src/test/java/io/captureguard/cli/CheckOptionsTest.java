package io.captureguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Rules;
import io.captureguard.parser.version.GoVersion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckOptionsTest {
    private static CheckOptions parse(String... args) throws UsageException {
        return CheckOptions.parse(List.of(args), false);
    }

    @Test
    void defaultsCheckTheCurrentFolderWithEveryRule() throws UsageException {
        CheckOptions o = parse();
        assertEquals(List.of("."), o.paths());
        assertEquals(OutputFormat.TEXT, o.format());
        assertEquals(Rules.ids(true), o.analysis().rules());
        assertTrue(o.analysis().rules().contains(RuleId.SUPPRESSION));
        assertFalse(o.fixing());
        assertEquals(Optional.empty(), o.goVersion());
    }

    @Test
    void flagsTakeTheirValueAfterASpaceOrAnEqualsSign() throws UsageException {
        CheckOptions o = parse("--format=sarif", "--go-version", "1.21", "-j", "3", "a", "--", "--b");
        assertEquals(OutputFormat.SARIF, o.format());
        assertEquals(Optional.of(new GoVersion(1, 21)), o.goVersion());
        assertEquals(3, o.jobs());
        assertEquals(List.of("a", "--b"), o.paths());
    }

    @Test
    void selectAndIgnoreChooseRules() throws UsageException {
        RuleId first = Rules.all().get(0).id();
        CheckOptions only = parse("--select", first.name());
        assertEquals(java.util.Set.of(first), only.analysis().rules());
        CheckOptions without = parse("--ignore", first.name() + ",suppression");
        assertFalse(without.analysis().rules().contains(first));
        assertFalse(without.analysis().rules().contains(RuleId.SUPPRESSION));
        assertEquals(Rules.all().size() - 1, without.analysis().rules().size());
    }

    @Test
    void fixAndDiff() throws UsageException {
        assertTrue(CheckOptions.parse(List.of(), true).fix());
        CheckOptions diff = parse("--diff", "--unsafe-fixes");
        assertTrue(diff.diff() && diff.unsafeFixes() && diff.fixing());
        assertFalse(diff.fix(), "--diff writes nothing");
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhatIsWrong() {
        assertEquals("unknown flag '--nope'", assertThrows(UsageException.class, () -> parse("--nope")).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> parse("--select", "nope")).getMessage().contains("unknown rule 'nope'"));
        assertTrue(assertThrows(UsageException.class, () -> parse("--format", "xml")).getMessage().contains("text, json, sarif, github"));
        assertEquals("--go-version needs a value", assertThrows(UsageException.class, () -> parse("--go-version")).getMessage());
        assertEquals("--fix takes no value", assertThrows(UsageException.class, () -> parse("--fix=yes")).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> parse("-j", "0")).getMessage().contains("positive"));
        assertTrue(assertThrows(UsageException.class, () -> parse("--unsafe-fixes")).getMessage().contains("--fix or --diff"));
        assertThrows(UsageException.class, () -> CheckOptions.parse(List.of("--diff"), true));
    }

    @Test
    void theCacheIsOnByDefaultWithItsBound() throws UsageException {
        CheckOptions o = parse();
        assertTrue(o.cache());
        assertEquals(Optional.empty(), o.cacheDir());
        assertEquals(256L << 20, o.cacheMaxBytes());
        assertFalse(o.verbose());
        CheckOptions set = parse("--no-cache", "--cache-dir=/tmp/c", "--cache-size", "64K", "-v");
        assertFalse(set.cache());
        assertEquals(Optional.of(java.nio.file.Path.of("/tmp/c")), set.cacheDir());
        assertEquals(64L << 10, set.cacheMaxBytes());
        assertTrue(set.verbose());
        assertEquals(3L << 30, parse("--cache-size=3g").cacheMaxBytes());
        assertEquals(1000, parse("--cache-size", "1000").cacheMaxBytes());
        for (String bad : List.of("lots", "-1", "1T", "", "99999999999G")) {
            assertTrue(assertThrows(UsageException.class, () -> parse("--cache-size", bad)).getMessage()
                    .contains("--cache-size"), bad);
        }
        assertThrows(UsageException.class, () -> parse("--no-cache=yes"));
    }
}
