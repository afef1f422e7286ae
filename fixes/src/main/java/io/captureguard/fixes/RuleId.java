package io.captureguard.fixes;

import java.util.regex.Pattern;

/**
 * A rule's stable name: the diagnostic code editors show, the word in
 * {@code //captureguard:ignore}, the {@code --select} value and the page docs/rules/&lt;name&gt;.md.
 * Typed so that a rule name is never confused with a message, a path or a setting.
 */
public record RuleId(String name) implements Comparable<RuleId> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Not a rule over Go code: the engine's own check of {@code //captureguard:ignore} directives. */
    public static final RuleId SUPPRESSION = new RuleId("suppression");

    public RuleId {
        if (!FORM.matcher(name).matches()) {
            throw new IllegalArgumentException("a rule name is lower-case words joined by '-': " + name);
        }
    }

    @Override
    public int compareTo(RuleId other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
