package io.captureguard.server.lsp;

import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.Rule;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Rules;
import io.captureguard.fixes.Severity;
import io.captureguard.parser.version.GoVersion;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code captureguard} settings section (the shared configuration contract; see
 * docs/configuration.md). Always valid: {@link SettingsReader} replaces what it cannot use by the
 * default and says so.
 */
record Settings(boolean enable, Optional<Set<RuleId>> select, Set<RuleId> ignore,
                Map<RuleId, Severity> severity, Optional<GoVersion> goVersion, Optional<Integer> debounceMs,
                boolean respectNolint, boolean preferParameterForm) {

    static final Settings DEFAULTS = new Settings(true, Optional.empty(), Set.of(), Map.of(), Optional.empty(),
            Optional.empty(), true, false);

    /**
     * How long after an edit the document is analysed: an explicit {@code debounceMs} keeps its
     * meaning (a fixed wait after the last edit); unset, or 0, is the adaptive schedule (at once
     * when the worker is free, coalesced while an analysis runs), which is 0 here.
     */
    long delayMs() {
        return debounceMs.orElse(0);
    }

    /**
     * The engine's options: the rules selected (all when unset) minus those ignored, and the
     * suppression check always (the settings select rules, not our directive check).
     */
    AnalysisOptions analysisOptions() {
        Set<RuleId> rules = new LinkedHashSet<>();
        for (Rule r : Rules.all()) {
            if (select.map(s -> s.contains(r.id())).orElse(true) && !ignore.contains(r.id())) {
                rules.add(r.id());
            }
        }
        rules.add(RuleId.SUPPRESSION);
        return new AnalysisOptions(rules, respectNolint, preferParameterForm, severity);
    }
}
