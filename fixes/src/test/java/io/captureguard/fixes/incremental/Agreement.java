package io.captureguard.fixes.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.captureguard.fixes.FileContext;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Rules;
import io.captureguard.parser.GoParser;
import java.util.List;
import java.util.Optional;

/** One step of a run of edits: when the incremental analysis answers, it says what {@code Rules.analyze} says. */
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

    private Agreement() {
    }

    /** The reference: the whole text analysed as the CLI analyses it. */
    static List<Finding> whole(String text, AnalysisInputs inputs) {
        return Rules.analyze(new FileContext(GoParser.parse(text), inputs.index(), inputs.version()), inputs.rules(),
                inputs.options());
    }

    /** Checks one edit; returns the analysis the next edit builds on. */
    static AnalyzedText step(AnalyzedText previous, String text, AnalysisInputs inputs, Tally tally) {
        List<Finding> expected = whole(text, inputs);
        AnalyzedText analysed = AnalyzedText.analyse(GoParser.parse(text), inputs);
        assertEquals(expected, analysed.findings(), "a whole AnalyzedText is what Rules.analyze says");
        Optional<AnalyzedText> reused = IncrementalAnalysis.reanalyze(previous, text, inputs);
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
