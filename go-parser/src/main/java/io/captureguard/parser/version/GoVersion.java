package io.captureguard.parser.version;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go <em>language</em> version such as 1.22: the part of a release that decides semantics.
 *
 * <p>Patch releases and pre-releases never change the language, so {@code 1.22.3} and
 * {@code 1.22rc1} are both 1.22 here. The rules only ask "is this file at least 1.22?", and the
 * editor shows the value, so nothing finer is kept.
 */
public record GoVersion(int major, int minor) implements Comparable<GoVersion> {

    /** What a {@code go.mod} without a {@code go} line means (the go command's documented default). */
    public static final GoVersion GO_1_16 = new GoVersion(1, 16);

    /** The first version whose {@code //go:build} lines set a file's language version. */
    public static final GoVersion GO_1_21 = new GoVersion(1, 21);

    /** The first version with per-iteration loop variables for {@code :=} loop headers. */
    public static final GoVersion GO_1_22 = new GoVersion(1, 22);

    /**
     * Stands for "the newest semantics", used when a file belongs to no module. Its exact number
     * carries no meaning beyond being at least every version a rule distinguishes (1.22).
     */
    public static final GoVersion NEWEST = new GoVersion(1, 23);

    // go/version's grammar (optional "go", no leading zeros, a patch or a pre-release suffix),
    // plus go.mod's "1.21.0rc1". Digit runs are bounded so parsing can never overflow an int.
    private static final Pattern SYNTAX = Pattern.compile(
            "(?:go)?(?<major>[1-9][0-9]{0,8})"
                    + "(?:\\.(?<minor>0|[1-9][0-9]{0,8})"
                    + "(?:\\.(?:0|[1-9][0-9]{0,8}))?"
                    + "(?:[a-z]+(?:0|[1-9][0-9]{0,8})?)?)?");

    public GoVersion {
        if (major < 1 || minor < 0) {
            throw new IllegalArgumentException("not a Go version: " + major + "." + minor);
        }
    }

    /**
     * Reads a version as written in a {@code go.mod} {@code go} line, a toolchain name or a
     * build tag: {@code 1.21}, {@code 1.22.3}, {@code go1.21}, {@code 1.21rc1}, {@code go1}, and
     * custom toolchain names such as {@code go1.22.3-bigcorp} (the suffix is dropped, as go/version does).
     *
     * @return the language version, or empty when the text is not a Go version (never throws)
     */
    public static Optional<GoVersion> parse(String text) {
        int suffix = text.indexOf('-');
        Matcher m = SYNTAX.matcher(suffix < 0 ? text : text.substring(0, suffix));
        if (!m.matches()) {
            return Optional.empty();
        }
        String minor = m.group("minor");
        return Optional.of(new GoVersion(
                Integer.parseInt(m.group("major")), minor == null ? 0 : Integer.parseInt(minor)));
    }

    /** Whether {@code :=} loop-header variables are fresh in every iteration (Go 1.22 and later). */
    public boolean hasPerIterationLoopVars() {
        return isAtLeast(GO_1_22);
    }

    public boolean isAtLeast(GoVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(GoVersion other) {
        int byMajor = Integer.compare(major, other.major);
        return byMajor != 0 ? byMajor : Integer.compare(minor, other.minor);
    }

    /** The form users write in {@code go.mod}: {@code 1.22}. */
    @Override
    public String toString() {
        return major + "." + minor;
    }
}
