package io.captureguard.fixes;

import io.captureguard.fixes.rules.LoopvarCapture;
import java.util.List;
import java.util.Optional;

/** The rule registry: every rule captureguard has, in a stable order. */
public final class Rules {
    private static final List<Rule> ALL = List.of(new LoopvarCapture());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> named(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** Runs the given rules over one file with the default options; findings in source order. */
    public static List<Finding> analyze(FileContext file, List<Rule> rules) {
        return analyze(file, rules, AnalysisOptions.DEFAULTS);
    }

    /**
     * Runs the given rules over one file; findings in source order, suppressions applied (and
     * reported when they are unused or give no reason).
     */
    public static List<Finding> analyze(FileContext file, List<Rule> rules, AnalysisOptions options) {
        return rules.stream().flatMap(r -> r.check(file).stream())
                .sorted(java.util.Comparator.comparingInt(Finding::start).thenComparing(Finding::rule))
                .toList();
    }
}
