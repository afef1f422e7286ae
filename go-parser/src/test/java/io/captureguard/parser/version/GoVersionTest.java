package io.captureguard.parser.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoVersionTest {

    @ParameterizedTest(name = "\"{0}\" is Go {1}")
    @CsvSource({
        "1.21, 1.21",
        "1.22.3, 1.22",
        "1.23.0, 1.23",
        "go1.21, 1.21",
        "go1.22.3, 1.22",
        "1.21rc1, 1.21",
        "go1.21beta1, 1.21",
        "1.21rc, 1.21",
        "1.21.0rc1, 1.21",
        "1.9, 1.9",
        "go1, 1.0",
        "1.0, 1.0",
        "go1.22.3-bigcorp, 1.22",
    })
    void parsesTheLanguageVersionOfEverySpelling(String text, String expected) {
        assertEquals(Optional.of(expected), GoVersion.parse(text).map(GoVersion::toString));
    }

    @ParameterizedTest(name = "\"{0}\" is not a version")
    @ValueSource(strings = {
        "", "go", "1.", "1.21.", "v1.21", "1.021", "01.21", "-1.21", " 1.21", "1.21 ",
        "go 1.21", "1.21.x", "1rc1", "1.21.0.1", "1.99999999999", "2e3", "１.２１",
    })
    void rejectsTextThatIsNotAVersionWithoutThrowing(String text) {
        assertEquals(Optional.empty(), GoVersion.parse(text));
    }

    @Test
    void comparesMinorVersionsNumericallyNotAsText() {
        GoVersion go19 = new GoVersion(1, 9);
        GoVersion go110 = new GoVersion(1, 10);
        assertTrue(go19.compareTo(go110) < 0);
        assertTrue(go110.compareTo(GoVersion.GO_1_22) < 0);
        assertEquals(0, new GoVersion(1, 22).compareTo(GoVersion.GO_1_22));
        assertTrue(new GoVersion(2, 0).compareTo(new GoVersion(1, 99)) > 0);
    }

    @Test
    void perIterationLoopVariablesStartAtGo122() {
        assertFalse(GoVersion.GO_1_16.hasPerIterationLoopVars());
        assertFalse(GoVersion.GO_1_21.hasPerIterationLoopVars());
        assertTrue(GoVersion.GO_1_22.hasPerIterationLoopVars());
        assertTrue(GoVersion.parse("1.22.0").orElseThrow().hasPerIterationLoopVars());
        assertTrue(GoVersion.parse("1.30").orElseThrow().hasPerIterationLoopVars());
    }

    @Test
    void newestStandsForSemanticsAtLeastAsNewAsEveryDistinctionTheRulesMake() {
        assertTrue(GoVersion.NEWEST.isAtLeast(GoVersion.GO_1_22));
        assertTrue(GoVersion.NEWEST.hasPerIterationLoopVars());
    }

    @Test
    void printsLikeAGoModGoLine() {
        assertEquals("1.22", GoVersion.GO_1_22.toString());
        assertEquals("1.16", GoVersion.GO_1_16.toString());
    }

    @Test
    void equalVersionsAreEqualValues() {
        assertEquals(GoVersion.parse("go1.22.5"), GoVersion.parse("1.22"));
    }

    @Test
    void constructingAnImpossibleVersionIsABug() {
        assertThrows(IllegalArgumentException.class, () -> new GoVersion(0, 21));
        assertThrows(IllegalArgumentException.class, () -> new GoVersion(1, -1));
    }
}
