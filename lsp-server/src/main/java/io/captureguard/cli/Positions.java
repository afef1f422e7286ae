package io.captureguard.cli;

import io.captureguard.parser.LineMap;

/**
 * Where an offset of the engine (UTF-16 units) lies for the readers of our output: 1-based lines,
 * 1-based columns in UTF-8 bytes as the Go tools and editors' error parsers count them, columns in
 * UTF-16 units for SARIF, and byte offsets for tools that patch files.
 */
final class Positions {
    private final String text;
    private LineMap lineMap;

    Positions(String text) {
        this.text = text;
    }

    /** Built on first use: most files of a run have nothing to report. */
    private LineMap lines() {
        if (lineMap == null) {
            lineMap = new LineMap(text);
        }
        return lineMap;
    }

    int line(int offset) {
        return lines().line(offset);
    }

    int byteColumn(int offset) {
        int at = clamp(offset);
        return utf8Length(lines().lineStart(lines().line(at)), at) + 1;
    }

    int utf16Column(int offset) {
        return lines().column(offset);
    }

    int byteOffset(int offset) {
        return utf8Length(0, clamp(offset));
    }

    /** The text of the offset's line, without its line break. */
    String lineText(int offset) {
        int line = lines().line(offset);
        return text.substring(lines().lineStart(line), lines().contentEnd(line));
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    private int utf8Length(int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
