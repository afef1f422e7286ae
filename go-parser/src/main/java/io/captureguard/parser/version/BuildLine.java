package io.captureguard.parser.version;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code //go:build} line of a Go file, found where Go looks for it.
 *
 * @param offset     character offset of the {@code //} in the source text
 * @param length     length of the comment, without its line ending
 * @param constraint the parsed expression, possibly malformed
 */
public record BuildLine(int offset, int length, BuildConstraint constraint) {

    private static final String PREFIX = "//go:build";

    public BuildLine {
        Objects.requireNonNull(constraint);
    }

    /**
     * Finds the build line that sets the file's language version, the way go/parser does: only
     * {@code //} comments before the {@code package} clause count (a {@code //go:build} inside a
     * block comment or after {@code package} does not, nor does {@code // +build}).
     *
     * <p>Scanning stops at the first token that is not a comment, so the cost is the size of the
     * file header, not of the file: cheap enough for every keystroke. A BOM and CRLF are fine.
     *
     * <p>Should a header hold several build lines (which {@code go build} rejects), the last
     * well-formed one is returned, since that is the one go/parser takes the version from; a
     * malformed one is returned only when no well-formed one exists, so the editor can say why
     * it is ignored.
     */
    public static Optional<BuildLine> findIn(CharSequence source) {
        BuildLine valid = null;
        BuildLine malformed = null;
        int n = source.length();
        int i = n > 0 && source.charAt(0) == '\uFEFF' ? 1 : 0;
        while (i < n) {
            char c = source.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                int end = indexOf(source, "\n", i);
                end = end < 0 ? n : end;
                Optional<BuildLine> line = parse(source, i, end);
                if (line.isPresent()) {
                    if (line.get().constraint() instanceof BuildConstraint.Valid) {
                        valid = line.get();
                    } else {
                        malformed = line.get();
                    }
                }
                i = end;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int close = indexOf(source, "*/", i + 2);
                if (close < 0) {
                    break; // an unterminated comment runs to the end: there is no package clause
                }
                i = close + 2;
            } else {
                break; // the package clause, or anything else, ends the header
            }
        }
        return Optional.ofNullable(valid != null ? valid : malformed);
    }

    /** The version this line gives the file, if it names one and is well-formed. */
    public Optional<GoVersion> minimumGoVersion() {
        return constraint.minimumGoVersion();
    }

    /** A {@code //go:build} line from the comment at [start, end), or empty for any other comment. */
    private static Optional<BuildLine> parse(CharSequence source, int start, int end) {
        if (end - start < PREFIX.length() || !startsWith(source, start, PREFIX)) {
            return Optional.empty();
        }
        int contentEnd = end;
        while (contentEnd > start && source.charAt(contentEnd - 1) == '\r') {
            contentEnd--;
        }
        // go/scanner drops carriage returns from comment text before go/build/constraint sees it.
        String comment = source.subSequence(start, contentEnd).toString().replace("\r", "").strip();
        String rest = comment.substring(PREFIX.length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return Optional.empty(); // "//go:buildx" is some other directive
        }
        return Optional.of(new BuildLine(start, contentEnd - start, BuildConstraint.parse(rest)));
    }

    private static boolean startsWith(CharSequence s, int at, String prefix) {
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence s, String needle, int from) {
        int last = s.length() - needle.length();
        for (int i = from; i <= last; i++) {
            if (startsWith(s, i, needle)) {
                return i;
            }
        }
        return -1;
    }
}
