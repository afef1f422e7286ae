package io.captureguard.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditsTest {
    @Test
    void appliesEditsInOffsetOrderWhateverTheirListOrder() {
        String text = "for i := 0; i < 3; i++ {\n}\n";
        List<TextEdit> edits = List.of(new TextEdit(25, 25, "\ti := i\n"), new TextEdit(0, 3, "FOR"));
        assertEquals("FOR i := 0; i < 3; i++ {\n\ti := i\n}\n", Edits.apply(text, edits));
    }

    @Test
    void insertionsAtOnePointKeepTheirOrder() {
        assertEquals("ab", Edits.apply("", List.of(new TextEdit(0, 0, "a"), new TextEdit(0, 0, "b"))));
    }

    @Test
    void refusesOverlappingEditsAndEditsPastTheEnd() {
        assertThrows(IllegalArgumentException.class,
                () -> Edits.apply("abcdef", List.of(new TextEdit(0, 3, "x"), new TextEdit(2, 4, "y"))));
        assertThrows(IllegalArgumentException.class, () -> Edits.apply("abc", List.of(new TextEdit(2, 9, ""))));
    }

    @Test
    void adjacentReplacementsDoNotOverlapButTwoInsertionsAtOnePointDo() {
        assertFalse(Edits.overlap(List.of(new TextEdit(0, 2, "x")), List.of(new TextEdit(2, 4, "y"))));
        assertTrue(Edits.overlap(List.of(new TextEdit(3, 3, "x")), List.of(new TextEdit(3, 3, "y"))));
        assertTrue(Edits.overlap(List.of(new TextEdit(0, 5, "x")), List.of(new TextEdit(3, 3, "y"))));
    }

    @Test
    void fixAllPrefersTheSafeFixWhereASafeAndAnUnsafeOneCollide() {
        Fix unsafe = new Fix("unsafe", Safety.UNSAFE, List.of(new TextEdit(0, 1, "U")), true);
        Fix safe = new Fix("safe", Safety.SAFE, List.of(new TextEdit(0, 1, "S")), true);
        List<Finding> findings = List.of(
                new Finding(new RuleId("r"), "m", 0, 1, Severity.WARNING, List.of(), List.of(unsafe)),
                new Finding(new RuleId("r"), "m", 0, 1, Severity.WARNING, List.of(), List.of(safe)));
        FixAll.Result result = FixAll.apply("x", text -> text.equals("x") ? findings : List.of(), true);
        assertEquals("S", result.text());
        assertEquals(1, result.applied());
    }

    @Test
    void theDifferenceOfTwoTextsIsOneEditThatLeavesTheirCommonEndsAlone() {
        assertEquals(new TextEdit(4, 4, "x"), Edits.difference("abc\ndef", "abc\nxdef"));
        assertEquals(new TextEdit(2, 3, ""), Edits.difference("aaa", "aa"));
        assertEquals(new TextEdit(4, 4, ""), Edits.difference("same", "same"));
        String before = "a\uD83D\uDE00b";
        String after = "a\uD83D\uDE01b"; // the same high surrogate, another low one
        TextEdit pair = Edits.difference(before, after);
        assertEquals(new TextEdit(1, 3, "\uD83D\uDE01"), pair, "the whole pair is replaced");
        for (String[] texts : new String[][] {{"", "x"}, {"x", ""}, {"ab", "ba"}, {before, after}}) {
            assertEquals(texts[1], Edits.apply(texts[0], List.of(Edits.difference(texts[0], texts[1]))));
        }
    }
}
