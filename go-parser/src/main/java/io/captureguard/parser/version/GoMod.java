package io.captureguard.parser.version;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What captureguard needs from a {@code go.mod}: the module path, the {@code go} line (which sets
 * the language version of the module's files) and the {@code toolchain} line.
 *
 * <p>Everything else ({@code require}, {@code replace}, ...) is skipped. A broken {@code go.mod}
 * still yields a value: the linter keeps working while the user types, and the problems say what
 * is wrong and where.
 *
 * @param modulePath the {@code module} path, unquoted
 * @param goVersion  the {@code go} line; empty when there is none or it cannot be read
 * @param toolchain  the {@code toolchain} line as written, e.g. {@code go1.22.3}
 * @param problems   what could not be understood, in file order
 */
public record GoMod(
        Optional<String> modulePath,
        Optional<GoVersion> goVersion,
        Optional<String> toolchain,
        List<Problem> problems) {

    /** Something wrong in a {@code go.mod}, at a 1-based line (0 when it concerns the whole file). */
    public record Problem(int line, String message) {
        public Problem {
            Objects.requireNonNull(message);
        }

        @Override
        public String toString() {
            return "go.mod:" + line + ": " + message;
        }
    }

    public GoMod {
        Objects.requireNonNull(modulePath);
        Objects.requireNonNull(goVersion);
        Objects.requireNonNull(toolchain);
        problems = List.copyOf(problems);
    }

    /**
     * Reads {@code go.mod} text. Tolerates a BOM, CRLF, comments, block forms and garbage lines;
     * never throws.
     */
    public static GoMod parse(String text) {
        return new GoModParser(text).parse();
    }

    /** A {@code go.mod} that could not be read at all; it behaves like one without a {@code go} line. */
    static GoMod unreadable(String why) {
        return new GoMod(Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Problem(0, why)));
    }
}
