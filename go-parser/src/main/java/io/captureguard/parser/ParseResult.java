package io.captureguard.parser;

import io.captureguard.parser.ast.GoFile;
import java.util.List;

/**
 * What parsing a file gives: the syntax tree of everything that parsed (even when the file has
 * errors), the syntax errors in source order, and the text the offsets refer to.
 */
public record ParseResult(GoFile file, List<SyntaxError> errors, String source) {
    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
