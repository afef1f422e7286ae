package io.captureguard.fixes;

import java.util.regex.Pattern;

/**
 * Go's convention for generated files (https://go.dev/s/generatedcode): a line comment
 * {@code // Code generated … DO NOT EDIT.} before the package clause. Such files are skipped unless
 * the user asks for them.
 */
public final class GeneratedCode {
    private static final Pattern HEADER = Pattern.compile("^// Code generated .* DO NOT EDIT\\.$", Pattern.MULTILINE);
    private static final Pattern PACKAGE_CLAUSE = Pattern.compile("^package\\s", Pattern.MULTILINE);

    private GeneratedCode() {
    }

    public static boolean isGenerated(String source) {
        var clause = PACKAGE_CLAUSE.matcher(source);
        // Only the text before the clause can hold the marker: the language server asks on every
        // keystroke, and a search of a whole large file showed up in its profile.
        return HEADER.matcher(source).region(0, clause.find() ? clause.start() : source.length()).find();
    }
}
