package io.captureguard.fixes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Fix all": applies one fix per finding, re-analyses, and repeats until nothing is left to fix
 * (two fixes of one round may touch the same text, so the second waits for the next round).
 */
public final class FixAll {
    private static final int MAX_ROUNDS = 10;

    /** The text after fixing, and how many fixes went in. */
    public record Result(String text, int applied) {
    }

    private FixAll() {
    }

    /**
     * @param analyze     the findings of a text (the caller decides the rules, version and package)
     * @param includeUnsafe also apply unsafe fixes (never in bulk unless the user asked)
     */
    public static Result apply(String source, Function<String, List<Finding>> analyze, boolean includeUnsafe) {
        String text = source;
        int applied = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<List<TextEdit>> accepted = new ArrayList<>();
            List<Fix> candidates = new ArrayList<>();
            for (Finding finding : analyze.apply(text)) {
                chosen(finding, includeUnsafe).ifPresent(candidates::add);
            }
            // Safe fixes first: where a safe and an unsafe fix touch the same text, the safe one goes in.
            candidates.sort(Comparator.comparing(Fix::safety));
            for (Fix fix : candidates) {
                if (accepted.contains(fix.edits())) {
                    continue; // several findings often share one fix (one copy serves every reference)
                }
                if (accepted.stream().noneMatch(edits -> Edits.overlap(edits, fix.edits()))) {
                    accepted.add(fix.edits());
                }
            }
            if (accepted.isEmpty()) {
                break;
            }
            text = Edits.apply(text, accepted.stream().flatMap(List::stream).toList());
            applied += accepted.size();
        }
        return new Result(text, applied);
    }

    /** The preferred fix when it may be applied in bulk, else the first that may. */
    public static Optional<Fix> chosen(Finding finding, boolean includeUnsafe) {
        List<Fix> allowed = finding.fixes().stream()
                .filter(f -> includeUnsafe || f.safety() == Safety.SAFE).toList();
        return allowed.stream().filter(Fix::preferred).findFirst().or(() -> allowed.stream().findFirst());
    }
}
