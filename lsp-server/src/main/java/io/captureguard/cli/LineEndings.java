package io.captureguard.cli;

/**
 * Keeps a file's line endings through a fix. Fixes insert {@code \n}; in a file that ends every
 * line with {@code \r\n} they are applied to the text with {@code \n} endings and the result gets
 * its {@code \r\n} back, so the file never ends up with mixed endings. (Go drops carriage returns
 * from raw strings, so the round trip changes no meaning.) Files that already mix the two are
 * fixed as they are.
 */
final class LineEndings {
    private LineEndings() {
    }

    /** Whether every line break of the text is {@code \r\n} (and there is at least one). */
    static boolean isCrlf(String text) {
        int breaks = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i == 0 || text.charAt(i - 1) != '\r') {
                return false;
            }
            breaks++;
        }
        return breaks > 0;
    }

    static String toLf(String text) {
        return text.replace("\r\n", "\n");
    }

    static String toCrlf(String text) {
        return text.replace("\n", "\r\n");
    }
}
