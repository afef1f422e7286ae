package io.captureguard.fixes.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.GoVersion;
import org.junit.jupiter.api.Test;

/**
 * Chains of risky edits to generated files with risky layouts (see {@link RiskyLayouts}), at
 * Go 1.21 and 1.22: every incremental answer equals the whole analysis. A review of the
 * incremental analysis found its line-ending and ordering faults this way.
 */
class RiskyLayoutsTest {
    @Test
    void incrementalAnswersEqualWholeAnalysesOnRiskyLayouts() {
        RiskyLayouts layouts = new RiskyLayouts(1);
        RandomEdits edits = new RandomEdits(1, RiskyLayouts.INSERTS);
        Agreement.Tally tally = new Agreement.Tally();
        for (int file = 0; file < 200; file++) {
            Agreement.Setup inputs = Agreement.Setup.of(PackageIndex.empty(),
                    GoVersion.parse(file % 4 == 0 ? "1.22" : "1.21").orElseThrow());
            edits.run(IncrementalAnalysisTest.analysed(layouts.file(), inputs), 30, file % 2 == 0 ? 10 : 30,
                    (previous, text, t) -> Agreement.step(previous, text, inputs, t), tally);
        }
        System.out.println("risky layouts: " + tally.summary());
        assertTrue(tally.incremental * 3 >= tally.edits, "the edits exercise the incremental path: " + tally.summary());
        assertTrue(tally.findingsCompared > 1_000, tally.summary());
    }
}
