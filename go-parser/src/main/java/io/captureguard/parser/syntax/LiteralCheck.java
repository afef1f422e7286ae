package io.captureguard.parser.syntax;

/**
 * The escape rules of Go's rune and interpreted string literals, which the lexer leaves loose
 * (so that it never fails): one value per rune literal, only the Go spec's escapes, octal at most
 * 255, no surrogate halves or values past U+10FFFF in {@code \\u} and {@code \\U}.
 */
final class LiteralCheck {
    private LiteralCheck() {
    }

    /** A message for what is wrong with a rune or string literal's text, or null when it is valid. */
    static String problem(String text) {
        if (text.length() < 2) {
            return null;
        }
        char quote = text.charAt(0);
        if (quote != '\'' && quote != '"') {
            return null; // raw strings have no escapes
        }
        int values = 0;
        int end = text.length() - 1;
        for (int i = 1; i < end; values++) {
            char c = text.charAt(i);
            if (c != '\\') {
                i += Character.isHighSurrogate(c) && i + 1 < end ? 2 : 1;
                continue;
            }
            if (i + 1 >= end) {
                return "escape sequence not terminated";
            }
            char e = text.charAt(i + 1);
            switch (e) {
                case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> i += 2;
                case '\'', '"' -> {
                    if (e != quote) {
                        return "unknown escape sequence";
                    }
                    i += 2;
                }
                case 'x' -> {
                    String bad = digits(text, i + 2, 2, 16, end);
                    if (bad != null) {
                        return bad;
                    }
                    i += 4;
                }
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    String bad = digits(text, i + 2, n, 16, end);
                    if (bad != null) {
                        return bad;
                    }
                    long value = Long.parseLong(text.substring(i + 2, i + 2 + n), 16);
                    if (value > 0x10FFFF || (value >= 0xD800 && value < 0xE000)) {
                        return "escape sequence is invalid Unicode code point";
                    }
                    i += 2 + n;
                }
                default -> {
                    if (e < '0' || e > '7') {
                        return "unknown escape sequence";
                    }
                    String bad = digits(text, i + 1, 3, 8, end);
                    if (bad != null) {
                        return bad;
                    }
                    if (Integer.parseInt(text.substring(i + 1, i + 4), 8) > 255) {
                        return "octal escape value > 255";
                    }
                    i += 4;
                }
            }
        }
        if (quote == '\'' && values != 1) {
            return values == 0 ? "empty rune literal or unescaped ' in rune literal" : "more than one character in rune literal";
        }
        return null;
    }

    private static String digits(String text, int from, int count, int radix, int end) {
        if (from + count > end) {
            return "escape sequence not terminated";
        }
        for (int i = from; i < from + count; i++) {
            if (Character.digit(text.charAt(i), radix) < 0) {
                return "illegal character in escape sequence";
            }
        }
        return null;
    }
}
