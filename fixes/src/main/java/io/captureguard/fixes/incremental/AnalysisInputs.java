package io.captureguard.fixes.incremental;

import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.Rule;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.GoVersion;
import java.util.List;

/**
 * Everything besides the file's own text that its findings depend on. Findings computed under
 * equal inputs may be reused; the index is compared by identity and by its generation, which
 * must be read before the analysis reads the index.
 */
public record AnalysisInputs(PackageIndex index, long indexGeneration, GoVersion version, List<Rule> rules,
                             AnalysisOptions options) {

    public AnalysisInputs {
        rules = List.copyOf(rules);
    }

    public static AnalysisInputs of(PackageIndex index, GoVersion version, List<Rule> rules, AnalysisOptions options) {
        return new AnalysisInputs(index, index.generation(), version, rules, options);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysisInputs other && index == other.index && indexGeneration == other.indexGeneration
                && version.equals(other.version) && rules.equals(other.rules) && options.equals(other.options);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(index) * 31 + Long.hashCode(indexGeneration);
    }
}
