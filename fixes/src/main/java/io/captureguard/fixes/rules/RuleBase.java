package io.captureguard.fixes.rules;

import io.captureguard.fixes.Rule;
import io.captureguard.fixes.Severity;

/** A rule's metadata, held once: each rule says its name, summary and severity in its constructor. */
abstract class RuleBase implements Rule {
    private final String name;
    private final String summary;
    private final Severity defaultSeverity;

    RuleBase(String name, String summary, Severity defaultSeverity) {
        this.name = name;
        this.summary = summary;
        this.defaultSeverity = defaultSeverity;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }
}
