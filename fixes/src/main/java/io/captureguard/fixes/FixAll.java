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

    /** The text after fixing, how many fixes went in, and the findings of the final text. */
    public record Result(String text, int applied, List<Finding> findings) {
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
        List<Finding> findings = analyze.apply(text);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<List<TextEdit>> accepted = new ArrayList<>();
            List<Fix> candidates = new ArrayList<>();
            for (Finding finding : findings) {
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
            findings = analyze.apply(text);
        }
        return new Result(text, applied, findings);
    }

    /** The preferred fix when it may be applied in bulk, else the first that may. */
    public static Optional<Fix> chosen(Finding finding, boolean includeUnsafe) {
        List<Fix> allowed = finding.fixes().stream()
                .filter(f -> includeUnsafe || f.safety() == Safety.SAFE).toList();
        return allowed.stream().filter(Fix::preferred).findFirst().or(() -> allowed.stream().findFirst());
    }
}
