package io.captureguard.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineMapTest {
    private static final String TEXT = "a\nb\r\nc\rd\r";

    @Test
    void goLinesEndOnlyAtNewline() {
        LineMap lines = new LineMap(TEXT);
        assertEquals(3, lines.lineCount());
        assertEquals(3, lines.line(TEXT.indexOf('d')));
        assertEquals(1, lines.column(TEXT.indexOf('c')));
        assertEquals("b", TEXT.substring(lines.lineStart(2), lines.contentEnd(2)));
        assertEquals("c\rd", TEXT.substring(lines.lineStart(3), lines.contentEnd(3)));
    }

    @Test
    void editorLinesAlsoEndAtALoneCarriageReturn() {
        LineMap lines = LineMap.anyLineEnd(TEXT);
        assertEquals(5, lines.lineCount());
        assertEquals(4, lines.line(TEXT.indexOf('d')));
        assertEquals("c", TEXT.substring(lines.lineStart(3), lines.contentEnd(3)));
        assertEquals("d", TEXT.substring(lines.lineStart(4), lines.contentEnd(4)));
        assertEquals(TEXT.length(), lines.lineStart(5));
        assertEquals(TEXT.length(), lines.contentEnd(5));
    }

    @Test
    void outOfRangeLinesAndOffsetsAreClamped() {
        LineMap lines = new LineMap("x");
        assertEquals(1, lines.line(-3));
        assertEquals(1, lines.line(9));
        assertEquals(0, lines.lineStart(0));
        assertEquals(1, lines.contentEnd(0));
        assertEquals(1, lines.contentEnd(7));
    }
}
