package io.captureguard.fixes.incremental;

import io.captureguard.fixes.FileContext;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Rules;
import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Re-analyses an edited file by analysing only what the edit could affect, with the same result
 * as analysing it whole, so that a keystroke in a 5,000-line file costs about as much as the
 * function it lands in.
 *
 * <p>Why it is exact: every rule looks at one function at a time, and what it sees beyond that
 * function is the package: imports, the package-level declarations and function signatures, the
 * sibling files, the Go version. So when an edit stays inside one function body, or in the
 * comments and blank space between declarations, and the file still declares the same things in
 * the same places, the findings in every other body are the old ones, moved by the edit's length.
 * What is analysed again is a skeleton of the file: everything outside function bodies, plus the
 * body that was edited. The skeleton is parsed and checked to have the expected outline; when it
 * has not (the edit opened a comment or a string that runs on, closed a brace, declared
 * something), the caller analyses the file whole.
 *
 * <p>Not attempted: files with suppression directives (a directive can reach from a gap into a
 * body, and from one line to the next), edits to the package clause or what comes before it
 * (build lines, the generated-code marker), and any change of {@link AnalysisInputs}.
 */
public final class IncrementalAnalysis {
    private IncrementalAnalysis() {
    }

    /** The analysis of {@code text}, built on {@code previous}; empty when only a whole analysis can tell. */
    public static Optional<AnalyzedText> reanalyze(AnalyzedText previous, String text, AnalysisInputs inputs) {
        if (!previous.inputs().equals(inputs) || mayHoldDirectives(previous.text()) || mayHoldDirectives(text)) {
            return Optional.empty();
        }
        TextChange change = TextChange.between(previous.text(), text);
        DeclOutline before = previous.outline();
        int edited = before.functionHolding(change);
        if (edited < 0 && !before.gapHolds(change)) {
            return Optional.empty();
        }
        DeclOutline expected = before.mapped(change::shift);
        Skeleton skeleton = Skeleton.of(text, emptiedBodies(expected, edited));
        ParseResult parse = GoParser.parse(skeleton.text());
        if (!DeclOutline.of(parse.file()).mapped(skeleton::toReal).equals(expected)) {
            return Optional.empty();
        }
        FileContext context = new FileContext(parse, inputs.index(), inputs.version());
        List<Finding> findings = new ArrayList<>();
        for (Finding f : Rules.analyze(context, inputs.rules(), inputs.options())) {
            findings.add(FindingOffsets.map(f, skeleton::toReal));
        }
        for (Finding f : previous.findings()) {
            if (before.inBodyOtherThan(f.start(), edited)) {
                findings.add(FindingOffsets.map(f, change::shift));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::rule));
        return Optional.of(new AnalyzedText(text, expected, findings, inputs));
    }

    /** The insides of every function body but the edited one, in the new text. */
    private static List<int[]> emptiedBodies(DeclOutline outline, int edited) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < outline.decls().size(); i++) {
            DeclOutline.Entry e = outline.decls().get(i);
            if (i != edited && e.hasBody()) {
                spans.add(new int[] {e.bodyStart() + 1, e.bodyEnd() - 1});
            }
        }
        return spans;
    }

    /** Cheap and conservative: the markers {@code Suppressions} looks for before it reads comments. */
    private static boolean mayHoldDirectives(String text) {
        return text.contains("captureguard:ignore") || text.contains("nolint");
    }
}
