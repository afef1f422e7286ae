package io.captureguard.parser.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.captureguard.parser.version.BuildExpr.And;
import io.captureguard.parser.version.BuildExpr.Not;
import io.captureguard.parser.version.BuildExpr.Or;
import io.captureguard.parser.version.BuildExpr.Tag;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuildConstraintTest {

    private static BuildExpr valid(String expression) {
        BuildConstraint c = BuildConstraint.parse(expression);
        return assertInstanceOf(BuildConstraint.Valid.class, c, () -> c.toString()).expression();
    }

    private static BuildConstraint.Malformed malformed(String expression) {
        BuildConstraint c = BuildConstraint.parse(expression);
        return assertInstanceOf(BuildConstraint.Malformed.class, c, () -> c.toString());
    }

    @ParameterizedTest(name = "{0}  implies  {1}")
    @CsvSource(delimiterString = "=>", nullValues = "none", value = {
        // The examples of docs/product-spec.md#s5.
        "go1.21 => 1.21",
        "linux && go1.22 => 1.22",
        "go1.21 || go1.22 => 1.21",
        "!go1.22 => none",
        "linux || go1.22 => none",
        // go/build/constraint's documented examples.
        "(linux && go1.22) || (windows && go1.20) => 1.20",
        "linux => none",
        "linux || (windows && go1.22) => none",
        "(linux && !linux && go1.20) || go1.21 => 1.20",
        // && takes the higher side; a side without a version does not lower it.
        "go1.18 && go1.21 => 1.21",
        "cgo && (amd64 || arm64) && go1.23 => 1.23",
        "!windows && go1.22 => 1.22",
        // Negation is pushed inwards (De Morgan), as Go does.
        "!(!go1.22) => 1.22",
        "!(go1.21 || linux) => none",
        "!(!go1.21 && !go1.22) => 1.21",
        "!(!go1.21 || !go1.22) => 1.22",
        // Only go1 and go1.N are version tags, but Go finds "go1." anywhere in a tag.
        "go1 => 1.0",
        "go1.023 => 1.23",
        "linuxgo1.22 => 1.22",
        "go1go1.20 => 1.20",
        "go1.2go1.3 => none",
        "go1.21.3 => none",
        "go1.21rc1 => none",
        "go2.0 => none",
        "gccgo => none",
        "go1. => none",
    })
    void minimumGoVersionFollowsGoRules(String expression, String expected) {
        assertEquals(Optional.ofNullable(expected),
                BuildConstraint.parse(expression).minimumGoVersion().map(GoVersion::toString));
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        assertEquals(
                new Or(new Tag("a"), new And(new Not(new Tag("b")), new Tag("c"))),
                valid("a || !b && c"));
        assertEquals(
                new And(new Or(new Tag("a"), new Tag("b")), new Tag("c")),
                valid("(a || b) && c"));
    }

    @Test
    void chainsAreLeftAssociative() {
        assertEquals(new And(new And(new Tag("a"), new Tag("b")), new Tag("c")), valid("a && b && c"));
        assertEquals(new Or(new Or(new Tag("a"), new Tag("b")), new Tag("c")), valid("a||b||c"));
    }

    @Test
    void tagsMayHoldLettersDigitsUnderscoresDotsAndUnicodeLetters() {
        assertEquals(new And(new Tag("go1.21"), new Tag("my_tag.v2")), valid("go1.21 && my_tag.v2"));
        assertEquals(new Tag("schön"), valid("schön"));
    }

    @Test
    void tabsSeparateLikeSpacesAndOuterSpaceIsTrimmed() {
        assertEquals(new And(new Tag("linux"), new Tag("go1.22")), valid("  linux\t&&\tgo1.22  "));
        assertEquals("linux && go1.22", BuildConstraint.parse("  linux && go1.22 ").text());
    }

    @Test
    void rendersInGoSpellingWithOnlyNeededParentheses() {
        assertEquals("a || !b && c", valid("a || (!b && c)").render());
        assertEquals("(a || b) && !(c && d)", valid("(a||b) && !(c&&d)").render());
        assertEquals("!!a", new Not(new Not(new Tag("a"))).render());
    }

    @ParameterizedTest(name = "\"{0}\" is malformed at {1}: {2}")
    @CsvSource(delimiterString = "=>", value = {
        "'' => 0 => unexpected end of expression",
        "linux && => 8 => unexpected end of expression",
        "linux & amd64 => 6 => invalid syntax at &",
        "linux | amd64 => 6 => invalid syntax at |",
        "!!linux => 1 => double negation not allowed",
        "(linux => 0 => missing close paren",
        "(linux && => 9 => missing close paren",
        "linux) => 5 => unexpected token )",
        "linux amd64 => 6 => unexpected token amd64",
        "go1.21 // comment => 7 => invalid syntax at /",
        "linux && -race => 9 => invalid syntax at -",
        "() => 1 => unexpected token )",
        "! && linux => 2 => unexpected token &&",
    })
    void malformedExpressionsAreValuesWithGoMessages(String expression, int offset, String message) {
        BuildConstraint.Malformed m = malformed(expression);
        assertEquals(message, m.message());
        assertEquals(offset, m.offset());
        assertEquals(Optional.empty(), m.minimumGoVersion());
    }

    @Test
    void negationOfAParenthesisedNegationIsAllowedUnlikeDoubleBang() {
        assertEquals(new Not(new Not(new Tag("go1.22"))), valid("!(!go1.22)"));
    }

    @Test
    void aMalformedExpressionNamingAVersionImpliesNone() {
        assertEquals(Optional.empty(), BuildConstraint.parse("go1.22 &&& linux").minimumGoVersion());
    }

    @Test
    void absurdlyDeepNestingIsAnErrorNotAStackOverflow() {
        String deep = "(".repeat(100_000) + "go1.22" + ")".repeat(100_000);
        assertEquals("build expression too large", malformed(deep).message());
        String longChain = "a && ".repeat(2_000) + "go1.22";
        assertEquals("build expression too large", malformed(longChain).message());
    }

    @Test
    void nestingWithinGoLimitIsFine() {
        String nested = "(".repeat(500) + "go1.22" + ")".repeat(500);
        assertEquals(Optional.of(GoVersion.GO_1_22), BuildConstraint.parse(nested).minimumGoVersion());
    }

    @Test
    void neverThrowsOnRandomExpressions() {
        Random random = new Random(7);
        String[] pieces = {"go1.21", "go1.22", "linux", "!", "&&", "||", "(", ")", " ", "&", "|", "é", "-", "\t"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            BuildConstraint c = BuildConstraint.parse(text.toString());
            assertTrue(c instanceof BuildConstraint.Valid || c instanceof BuildConstraint.Malformed);
            c.minimumGoVersion();
        }
    }
}
