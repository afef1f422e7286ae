package io.captureguard.fixes;

/**
 * What front ends say about a rule without running it: help, {@code captureguard rules}, SARIF
 * metadata, hovers. The suppression check has one too, though it is not a {@link Rule}.
 */
public record RuleDescription(RuleId id, String summary, Severity defaultSeverity) {
    public String name() {
        return id.name();
    }
}
