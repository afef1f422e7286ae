package io.captureguard.fixes;

import io.captureguard.fixes.rules.DeferEagerArg;
import io.captureguard.fixes.rules.DeferInLoop;
import io.captureguard.fixes.rules.LateBinding;
import io.captureguard.fixes.rules.LoopvarAddress;
import io.captureguard.fixes.rules.LoopvarCapture;
import io.captureguard.fixes.rules.RedundantCopy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The rule registry: every rule captureguard has, in a stable order. */
public final class Rules {
    private static final List<Rule> ALL = List.of(new LoopvarCapture(), new LoopvarAddress(), new LateBinding(),
            new DeferInLoop(), new DeferEagerArg(), new RedundantCopy());

    /**
     * Not a rule but the engine's check of our own directives: a //captureguard:ignore without a
     * reason, naming no known rule, or suppressing nothing. Described here so that front ends can
     * list it, select it and explain it like a rule.
     */
    public static final RuleDescription SUPPRESSION = new RuleDescription(RuleId.SUPPRESSION,
            "a //captureguard:ignore directive gives no reason, names no known rule, or suppresses nothing",
            Severity.WARNING);

    private Rules() {
    }

    /** The rules, in registry order. */
    public static List<Rule> all() {
        return ALL;
    }

    /** What front ends can describe and select: every rule, then the suppression check. */
    public static List<RuleDescription> descriptions() {
        return Stream.concat(ALL.stream().map(Rule::description), Stream.of(SUPPRESSION)).toList();
    }

    /** The rules' ids in registry order, and the suppression check's last when asked for. */
    public static Set<RuleId> ids(boolean withSuppression) {
        Set<RuleId> ids = new LinkedHashSet<>();
        ALL.forEach(r -> ids.add(r.id()));
        if (withSuppression) {
            ids.add(RuleId.SUPPRESSION);
        }
        return ids;
    }

    /** The rule or check of this name. */
    public static Optional<RuleDescription> describe(String name) {
        return descriptions().stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
