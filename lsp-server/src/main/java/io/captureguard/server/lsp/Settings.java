package io.captureguard.server.lsp;

import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.Rule;
import io.captureguard.fixes.Rules;
import io.captureguard.fixes.Severity;
import io.captureguard.parser.version.GoVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code captureguard} settings section (the shared configuration contract; see
 * docs/configuration.md). Always valid: {@link SettingsReader} replaces what it cannot use by the
 * default and says so.
 */
record Settings(boolean enable, Optional<Set<String>> select, Set<String> ignore,
                Map<String, Severity> severity, Optional<GoVersion> goVersion, int debounceMs,
                boolean respectNolint, boolean preferParameterForm) {

    static final Settings DEFAULTS = new Settings(true, Optional.empty(), Set.of(), Map.of(), Optional.empty(),
            100, true, false);

    /** The rules to run: selected (all when unset) minus ignored. */
    List<Rule> rules() {
        return Rules.all().stream()
                .filter(r -> select.map(s -> s.contains(r.name())).orElse(true))
                .filter(r -> !ignore.contains(r.name()))
                .toList();
    }

    AnalysisOptions analysisOptions() {
        return new AnalysisOptions(respectNolint, preferParameterForm);
    }

    Severity severityOf(String rule, Severity fallback) {
        return severity.getOrDefault(rule, fallback);
    }
}
