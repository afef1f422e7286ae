package io.captureguard.fixes;

import java.util.Map;
import java.util.Set;

/**
 * Choices a user makes about an analysis.
 *
 * @param rules               the rules to run; {@link RuleId#SUPPRESSION} among them reports
 *                            directives that give no reason or suppress nothing
 * @param respectNolint       honour a bare {@code //nolint} or {@code //nolint:all} as a suppression
 * @param preferParameterForm mark the parameter-passing fix preferred even where the copy is safe
 * @param severities          the user's severity for a rule, instead of the rule's own
 */
public record AnalysisOptions(Set<RuleId> rules, boolean respectNolint, boolean preferParameterForm,
                              Map<RuleId, Severity> severities) {
    /** Every rule and the suppression check, nolint honoured, the copy form preferred, no overrides. */
    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(Rules.ids(true), true, false, Map.of());

    public AnalysisOptions {
        rules = Set.copyOf(rules);
        severities = Map.copyOf(severities);
    }

    public AnalysisOptions withRules(Set<RuleId> rules) {
        return new AnalysisOptions(rules, respectNolint, preferParameterForm, severities);
    }

    public AnalysisOptions withNolint(boolean respect) {
        return new AnalysisOptions(rules, respect, preferParameterForm, severities);
    }

    public AnalysisOptions withParameterFormPreferred(boolean prefer) {
        return new AnalysisOptions(rules, respectNolint, prefer, severities);
    }

    public AnalysisOptions withSeverities(Map<RuleId, Severity> severities) {
        return new AnalysisOptions(rules, respectNolint, preferParameterForm, severities);
    }

    /** The severity a finding of {@code rule} gets when the rule would give it {@code own}. */
    public Severity severityOf(RuleId rule, Severity own) {
        return severities.getOrDefault(rule, own);
    }
}
