package io.captureguard.parser;

import io.captureguard.parser.syntax.AntlrParse;
import io.captureguard.parser.syntax.TreeBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The go-parser module's entry point: Go source text in, syntax tree and syntax errors out.
 *
 * <p>Never throws on any input (invalid UTF-16, NUL bytes, a 10 MB file, 100,000 nested
 * brackets): problems come back as {@link SyntaxError}s, and the tree holds every declaration
 * that could be read. Thread-safe; the grammar's prediction cache is shared by all threads.
 */
public final class GoParser {
    private GoParser() {
    }

    public static ParseResult parse(String source) {
        String text = source == null ? "" : source;
        AntlrParse.Result parse = AntlrParse.run(text);
        TreeBuilder builder = new TreeBuilder(text);
        var file = builder.file(parse);
        List<SyntaxError> errors = new ArrayList<>(parse.errors());
        errors.addAll(builder.errors());
        if (file.packageName() == null && errors.isEmpty()) {
            errors.add(new SyntaxError(0, 1, 1, "expected 'package' clause"));
        }
        errors.sort(Comparator.comparingInt(SyntaxError::offset));
        return new ParseResult(file, List.copyOf(errors), text);
    }
}
