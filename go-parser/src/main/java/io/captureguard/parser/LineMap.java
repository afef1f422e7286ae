package io.captureguard.parser;

import java.util.Arrays;

/**
 * Converts between offsets and 1-based line and column numbers of one text, all in UTF-16
 * units. Lines end at '\n' (a '\r' before it belongs to the line's text).
 */
public final class LineMap {
    private final int[] lineStarts;
    private final int length;

    public LineMap(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = text.length();
    }

    /** 1-based line of an offset (offsets past the end count as the last line). */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, length)));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of an offset, counted in UTF-16 units. */
    public int column(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /** The offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(1, Math.min(line, lineStarts.length)) - 1];
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public SyntaxError error(int offset, String message) {
        return new SyntaxError(offset, line(offset), column(offset), message);
    }
}
