package io.captureguard.fixes.rules;

import io.captureguard.fixes.Rule;
import io.captureguard.fixes.RuleDescription;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.engine.FileAnalysis;
import io.captureguard.parser.ast.Node;
import java.util.List;
import java.util.Set;

/** A rule's declarations, held once: each rule states them in its constructor. */
abstract class RuleBase implements Rule {
    private final RuleDescription description;
    private final Set<Class<? extends Node>> visits;
    private final List<FileAnalysis<?>> requires;

    RuleBase(RuleId id, String summary, Severity defaultSeverity, Set<Class<? extends Node>> visits,
             List<FileAnalysis<?>> requires) {
        this.description = new RuleDescription(id, summary, defaultSeverity);
        this.visits = Set.copyOf(visits);
        this.requires = List.copyOf(requires);
    }

    @Override
    public final RuleDescription description() {
        return description;
    }

    @Override
    public final Set<Class<? extends Node>> visits() {
        return visits;
    }

    @Override
    public final List<FileAnalysis<?>> requires() {
        return requires;
    }
}
