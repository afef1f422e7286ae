package io.captureguard.fixes.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.Finding;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.GoVersion;
import java.util.List;
import java.util.Optional;

/** One step of a run of edits: when the incremental analysis answers, it says what a whole analysis says. */
final class Agreement {
    /** What a run saw. */
    static final class Tally {
        int edits;
        int incremental;
        long findingsCompared;

        /** The run must have used the incremental path often and compared real findings. */
        String summary() {
            return edits + " edits, " + incremental + " answered incrementally, " + findingsCompared + " findings compared";
        }
    }

    /** The engine and everything but the text that a run of edits keeps the same. */
    record Setup(Analyzer analyzer, PackageIndex index, GoVersion version) {
        static Setup of(PackageIndex index, GoVersion version) {
            return new Setup(new Analyzer(AnalysisOptions.DEFAULTS), index, version);
        }

        Document document(String text) {
            return Document.of(text, index, version);
        }

        /** The reference: the whole text analysed as the CLI analyses it. */
        AnalyzedText analysed(String text) {
            return analyzer.analyze(document(text));
        }

        List<Finding> whole(String text) {
            return analysed(text).findings();
        }

        Optional<AnalyzedText> reanalyze(AnalyzedText previous, String text) {
            return analyzer.reanalyze(previous, document(text));
        }
    }

    private Agreement() {
    }

    /** Checks one edit; returns the analysis the next edit builds on. */
    static AnalyzedText step(AnalyzedText previous, String text, Setup setup, Tally tally) {
        AnalyzedText analysed = setup.analysed(text);
        List<Finding> expected = analysed.findings();
        Optional<AnalyzedText> reused = setup.reanalyze(previous, text);
        tally.edits++;
        if (reused.isEmpty()) {
            return analysed;
        }
        tally.incremental++;
        tally.findingsCompared += expected.size();
        assertEquals(expected, reused.get().findings(),
                () -> "after an edit, from\n" + visible(previous.text()) + "\nto\n" + visible(text));
        return reused.get();
    }

    private static String visible(String text) {
        return text.replace("\r", "\\r").replace("\t", "\\t");
    }
}
