package io.captureguard.fixes;

import java.util.regex.Pattern;

/**
 * Go's convention for generated files (https://go.dev/s/generatedcode): a line comment
 * {@code // Code generated … DO NOT EDIT.} before the package clause. Such files are skipped unless
 * the user asks for them.
 */
public final class GeneratedCode {
    private static final Pattern HEADER = Pattern.compile("^// Code generated .* DO NOT EDIT\\.$", Pattern.MULTILINE);

    private GeneratedCode() {
    }

    public static boolean isGenerated(String source) {
        int packageClause = packageClause(source);
        var m = HEADER.matcher(source);
        return m.find() && (packageClause < 0 || m.start() < packageClause);
    }

    private static int packageClause(String source) {
        var m = Pattern.compile("^package\\s", Pattern.MULTILINE).matcher(source);
        return m.find() ? m.start() : -1;
    }
}
