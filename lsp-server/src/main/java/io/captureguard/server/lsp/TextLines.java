package io.captureguard.server.lsp;

import io.captureguard.parser.LineMap;
import org.eclipse.lsp4j.Position;

/**
 * Conversion between LSP positions in a given encoding and UTF-16 offsets into one text, over
 * the protocol's lines ({@code \n}, {@code \r\n} or a lone {@code \r} ends one). Lines here are
 * 0-based, as the protocol counts them.
 */
final class TextLines {
    private final String text;
    private final LineMap map;

    TextLines(String text) {
        this.text = text;
        this.map = LineMap.anyLineEnd(text);
    }

    int lineCount() {
        return map.lineCount();
    }

    /** Offset of the first character of {@code line}. */
    int lineStart(int line) {
        return map.lineStart(line + 1);
    }

    /** Offset just past the last character of {@code line}, before its line end. */
    int lineContentEnd(int line) {
        return map.contentEnd(line + 1);
    }

    /** The line holding {@code offset}. */
    int lineOf(int offset) {
        return map.line(offset) - 1;
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
        if (line >= lineCount()) {
            return text.length();
        }
        int offset = lineStart(line);
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
        int i = lineStart(line);
        while (i < clamped) {
            int cp = text.codePointAt(i);
            character += encoding.units(cp);
            i += Character.charCount(cp);
        }
        return new Position(line, character);
    }
}
