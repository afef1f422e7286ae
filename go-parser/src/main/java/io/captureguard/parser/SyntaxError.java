package io.captureguard.parser;

/**
 * A syntax error at a character offset (UTF-16 units into the source) with its 1-based line and
 * 1-based column (also in UTF-16 units; the language server converts at its edge).
 */
public record SyntaxError(int offset, int line, int column, String message) {
    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
