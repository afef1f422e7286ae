package io.captureguard.parser;

import java.util.Arrays;

/**
 * Converts between offsets and 1-based line and column numbers of one text, all in UTF-16
 * units. Lines end at '\n' as Go counts them (a '\r' before it belongs to the line's text), or,
 * for editors, also at a lone '\r' ({@link #anyLineEnd}).
 */
public final class LineMap {
    private final CharSequence text;
    private final int[] lineStarts;

    public LineMap(CharSequence text) {
        this(text, false);
    }

    /** Lines as editors count them: ended by '\n', "\r\n" or a lone '\r'. */
    public static LineMap anyLineEnd(CharSequence text) {
        return new LineMap(text, true);
    }

    private LineMap(CharSequence text, boolean loneCarriageReturn) {
        int[] starts = new int[16];
        int count = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (loneCarriageReturn && c == '\r' && (i + 1 == length || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.text = text;
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** 1-based line of an offset (offsets past the end count as the last line). */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, clamp(offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of an offset, counted in UTF-16 units. */
    public int column(int offset) {
        int clamped = clamp(offset);
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /** The offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(1, Math.min(line, lineStarts.length)) - 1];
    }

    /** The offset just past the last character of a 1-based line, before its line end. */
    public int contentEnd(int line) {
        int n = Math.max(1, Math.min(line, lineStarts.length));
        int start = lineStarts[n - 1];
        int end = n < lineStarts.length ? lineStarts[n] : text.length();
        if (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public SyntaxError error(int offset, String message) {
        return new SyntaxError(offset, line(offset), column(offset), message);
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
