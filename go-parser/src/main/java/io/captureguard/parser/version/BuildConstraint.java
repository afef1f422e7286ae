package io.captureguard.parser.version;

import java.util.Objects;
import java.util.Optional;

/**
 * The expression of a {@code //go:build} line, or why it could not be parsed.
 *
 * <p>A malformed expression is a value, not an exception: the linter must keep working on a file
 * whose build line is half typed, and Go itself simply ignores such a line's version.
 */
public sealed interface BuildConstraint {

    /** The expression as written after {@code //go:build}, trimmed. */
    String text();

    /**
     * The Go version the expression implies, which becomes the file's language version.
     *
     * @return empty for a malformed expression or one that holds without any {@code goX.Y} tag
     */
    Optional<GoVersion> minimumGoVersion();

    /**
     * Parses a build expression such as {@code linux && (amd64 || arm64) && go1.22}.
     *
     * @param expression the text after {@code //go:build}
     * @return {@link Valid} or {@link Malformed}; never throws
     */
    static BuildConstraint parse(String expression) {
        return BuildExprParser.parse(expression.strip());
    }

    /** A well-formed expression. */
    record Valid(String text, BuildExpr expression) implements BuildConstraint {
        public Valid {
            Objects.requireNonNull(text);
            Objects.requireNonNull(expression);
        }

        @Override
        public Optional<GoVersion> minimumGoVersion() {
            return expression.minimumGoVersion();
        }
    }

    /**
     * An expression Go rejects, with Go's message.
     *
     * @param offset where in {@link #text()} the error was found (0-based)
     */
    record Malformed(String text, int offset, String message) implements BuildConstraint {
        public Malformed {
            Objects.requireNonNull(text);
            Objects.requireNonNull(message);
        }

        @Override
        public Optional<GoVersion> minimumGoVersion() {
            return Optional.empty();
        }
    }
}
