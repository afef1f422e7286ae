package io.captureguard.fixes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applying text edits to a source: the one place that turns a fix into new text. */
public final class Edits {
    private Edits() {
    }

    /**
     * Applies edits that do not overlap (insertions at the same offset keep their order).
     *
     * @throws IllegalArgumentException when two edits overlap or one runs past the end
     */
    public static String apply(String source, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        StringBuilder out = new StringBuilder(source.length() + 64);
        int at = 0;
        for (TextEdit e : sorted) {
            if (e.start() < at) {
                throw new IllegalArgumentException("overlapping edits at offset " + e.start());
            }
            if (e.end() > source.length()) {
                throw new IllegalArgumentException("edit past the end: " + e.end() + " > " + source.length());
            }
            out.append(source, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return out.append(source, at, source.length()).toString();
    }

    /** Whether two sets of edits touch overlapping text (so they cannot be applied together). */
    public static boolean overlap(List<TextEdit> a, List<TextEdit> b) {
        for (TextEdit x : a) {
            for (TextEdit y : b) {
                boolean disjoint = x.end() < y.start() || y.end() < x.start()
                        || (x.end() == y.start() && x.start() < x.end() && y.start() < y.end())
                        || (y.end() == x.start() && x.start() < x.end() && y.start() < y.end());
                if (!disjoint) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The smallest single edit turning {@code before} into {@code after} (their common prefix and
     * suffix left alone), never splitting a surrogate pair: clients counting in UTF-8 or UTF-32
     * cannot address its middle.
     */
    public static TextEdit difference(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix > 0 && Character.isHighSurrogate(before.charAt(prefix - 1))) {
            prefix--;
        }
        if (suffix > 0 && Character.isLowSurrogate(before.charAt(before.length() - suffix))) {
            suffix--;
        }
        return new TextEdit(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix));
    }
}
