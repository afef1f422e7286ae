package io.captureguard.parser.version;

import io.captureguard.parser.version.BuildExpr.And;
import io.captureguard.parser.version.BuildExpr.Not;
import io.captureguard.parser.version.BuildExpr.Or;
import io.captureguard.parser.version.BuildExpr.Tag;
import java.util.Optional;

/** Go's minVersion: the version implied by an expression, or by its negation. */
final class MinimumGoVersion {
    private MinimumGoVersion() {
    }

    static Optional<GoVersion> of(BuildExpr x, boolean positive) {
        if (x instanceof Tag t) {
            // "!go1.21" only says the toolchain is older than something: no minimum.
            return positive ? versionTag(t.name()) : Optional.empty();
        } else if (x instanceof Not n) {
            return of(n.operand(), !positive);
        } else if (x instanceof And a) {
            // De Morgan: !(a && b) is !a || !b.
            return positive ? both(a.left(), a.right(), true) : either(a.left(), a.right(), false);
        }
        Or o = (Or) x;
        return positive ? either(o.left(), o.right(), true) : both(o.left(), o.right(), false);
    }

    /** Both sides hold: the stricter (higher) minimum; a side without one does not weaken it. */
    private static Optional<GoVersion> both(BuildExpr l, BuildExpr r, boolean positive) {
        Optional<GoVersion> a = of(l, positive);
        Optional<GoVersion> b = of(r, positive);
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }

    /** Either side may hold: the lower minimum, and none at all if one side needs none. */
    private static Optional<GoVersion> either(BuildExpr l, BuildExpr r, boolean positive) {
        Optional<GoVersion> a = of(l, positive);
        if (a.isEmpty()) {
            return a;
        }
        Optional<GoVersion> b = of(r, positive);
        if (b.isEmpty()) {
            return b;
        }
        return Optional.of(a.get().compareTo(b.get()) <= 0 ? a.get() : b.get());
    }

    /**
     * {@code go1} is 1.0 and {@code go1.N} is 1.N; other tags imply nothing. Like Go, the
     * {@code go1.} is looked for anywhere in the tag ({@code strings.Cut}), so {@code xgo1.22}
     * also means 1.22: odd, but it is what the compiler does with such a file.
     */
    private static Optional<GoVersion> versionTag(String tag) {
        if (tag.equals("go1")) {
            return Optional.of(new GoVersion(1, 0));
        }
        int at = tag.indexOf("go1.");
        if (at < 0) {
            return Optional.empty();
        }
        String digits = tag.substring(at + 4).replaceFirst("^0+(?=.)", "");
        // Go would accept up to int64; no real version needs more than an int.
        if (digits.isEmpty() || digits.length() > 9) {
            return Optional.empty();
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(new GoVersion(1, Integer.parseInt(digits)));
    }
}
