package io.captureguard.server.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;

/**
 * Where the lines of one text start, by the protocol's definition of a line end ({@code \n},
 * {@code \r\n} or a lone {@code \r}), and conversion between LSP positions in a given encoding
 * and UTF-16 offsets into the text.
 */
final class TextLines {
    private final String text;
    private final int[] starts;
    private final int count;

    TextLines(String text) {
        this.text = text;
        int[] found = new int[16];
        int n = 0;
        found[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i + 1;
            }
        }
        this.starts = found;
        this.count = n;
    }

    int lineCount() {
        return count;
    }

    /** Offset of the first character of {@code line} (0-based). */
    int lineStart(int line) {
        return starts[line];
    }

    /** Offset just past the last character of {@code line}, before its line end. */
    int lineContentEnd(int line) {
        int end = line + 1 < count ? starts[line + 1] : text.length();
        if (end > starts[line] && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > starts[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** The 0-based line holding {@code offset}. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * The UTF-16 offset of a position. Out-of-range positions are clamped as the LSP
     * specification asks: a character past the line end means the line end, a line past the last
     * means the end.
     */
    int offset(Position position, PositionEncoding encoding) {
        int line = position.getLine();
        if (line < 0) {
            return 0;
        }
        if (line >= count) {
            return text.length();
        }
        int offset = starts[line];
        int end = lineContentEnd(line);
        int remaining = Math.max(0, position.getCharacter());
        while (offset < end && remaining > 0) {
            int cp = text.codePointAt(offset);
            int units = encoding.units(cp);
            if (units > remaining) {
                break; // a position inside a character rounds down to its start
            }
            remaining -= units;
            offset += Character.charCount(cp);
        }
        return offset;
    }

    Position position(int offset, PositionEncoding encoding) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        int character = 0;
        int i = starts[line];
        while (i < clamped) {
            int cp = text.codePointAt(i);
            character += encoding.units(cp);
            i += Character.charCount(cp);
        }
        return new Position(line, character);
    }
}
