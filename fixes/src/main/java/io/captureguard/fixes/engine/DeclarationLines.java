package io.captureguard.fixes.engine;

/**
 * Finds lines that begin with a declaration keyword. A file with syntax errors is parsed in
 * pieces cut at such lines (see {@code AntlrParse}), so a function body holding one is parsed
 * differently once the file has an error; the skeleton must then keep that body as it is.
 */
final class DeclarationLines {
    private static final String[] KEYWORDS = {"func", "var", "const", "type", "import", "package"};

    private DeclarationLines() {
    }

    /** Whether a line starting inside {@code [from, to)} begins with a declaration keyword. */
    static boolean within(String text, int from, int to) {
        for (int nl = text.indexOf('\n', from); nl >= 0 && nl < to; nl = text.indexOf('\n', nl + 1)) {
            int line = nl + 1;
            for (String keyword : KEYWORDS) {
                if (text.startsWith(keyword, line)) {
                    int after = line + keyword.length();
                    if (after >= text.length() || !Character.isJavaIdentifierPart(text.charAt(after))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
