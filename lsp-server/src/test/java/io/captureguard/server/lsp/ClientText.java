package io.captureguard.server.lsp;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's side of a document: its text, and the LSP position of an offset computed the way
 * an editor does (lines split by a regular expression, characters measured by encoding the
 * line's prefix), independently of the server's {@code TextLines}.
 */
final class ClientText {
    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");
    /** Pieces that stress positions: tabs, each line end, 2- and 3-byte letters, an astral emoji. */
    static final String[] PIECES = {"a", "x", " ", "\t", "\n", "\r\n", "\r", "é", "日本", "😀", "語"};

    String text;

    ClientText(String text) {
        this.text = text;
    }

    int[] position(int offset, String encoding) {
        int line = 0;
        int lineStart = 0;
        Matcher m = LINE_END.matcher(text);
        while (m.find() && m.end() <= offset) {
            line++;
            lineStart = m.end();
        }
        String prefix = text.substring(lineStart, offset);
        int character = switch (encoding) {
            case "utf-8" -> prefix.getBytes(StandardCharsets.UTF_8).length;
            case "utf-32" -> prefix.codePointCount(0, prefix.length());
            default -> prefix.length();
        };
        return new int[] {line, character};
    }

    /** The offset of an LSP position in the client's text (the inverse of {@link #position}). */
    int offset(int line, int character, String encoding) {
        int lineStart = 0;
        Matcher m = LINE_END.matcher(text);
        for (int l = 0; l < line && m.find(); l++) {
            lineStart = m.end();
        }
        int offset = lineStart;
        int units = 0;
        while (units < character) {
            int cp = text.codePointAt(offset);
            String s = new String(Character.toChars(cp));
            units += switch (encoding) {
                case "utf-8" -> s.getBytes(StandardCharsets.UTF_8).length;
                case "utf-32" -> 1;
                default -> s.length();
            };
            offset += s.length();
        }
        return offset;
    }

    /** A random offset an editor could put a cursor at: not inside a surrogate pair or a CRLF. */
    int randomOffset(Random random, int from, int to) {
        while (true) {
            int offset = from + random.nextInt(to - from + 1);
            if (offset > 0 && offset < text.length()
                    && (Character.isLowSurrogate(text.charAt(offset))
                        || (text.charAt(offset) == '\n' && text.charAt(offset - 1) == '\r'))) {
                continue;
            }
            return offset;
        }
    }

    static String randomPiece(Random random, int maxPieces) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    /**
     * Sends the edit that replaces {@code from..to} with {@code text} as the next version, as an
     * editor does on a keystroke, and applies it here; returns the new version.
     */
    int type(WireClient wire, String uri, int version, int from, int to, String text) {
        int[] start = position(from, "utf-16");
        int[] end = position(to, "utf-16");
        wire.notify("textDocument/didChange", Messages.didChange(uri, version + 1,
                Messages.range(start[0], start[1], end[0], end[1]), text));
        replace(from, to, text);
        return version + 1;
    }

    void replace(int start, int end, String replacement) {
        text = text.substring(0, start) + replacement + text.substring(end);
    }
}
