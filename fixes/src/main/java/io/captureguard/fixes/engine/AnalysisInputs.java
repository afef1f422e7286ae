package io.captureguard.fixes.engine;

import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.GoVersion;

/**
 * Everything besides the file's own text that its findings depend on. Findings computed under
 * equal inputs may be reused; the index is compared by identity and by its generation, which
 * is read before the analysis reads the index.
 */
record AnalysisInputs(PackageIndex index, long indexGeneration, GoVersion version, AnalysisOptions options) {

    static AnalysisInputs of(Document document, AnalysisOptions options) {
        return new AnalysisInputs(document.pkg(), document.pkg().generation(), document.version(), options);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysisInputs other && index == other.index && indexGeneration == other.indexGeneration
                && version.equals(other.version) && options.equals(other.options);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(index) * 31 + Long.hashCode(indexGeneration);
    }
}
