package io.captureguard.fixes.engine;

import io.captureguard.fixes.Finding;
import io.captureguard.fixes.SourceText;
import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.ast.Comment;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Re-analyses an edited file by analysing only what the edit could affect, with the same result
 * as analysing it whole, so that a keystroke in a 5,000-line file costs about as much as the
 * function it lands in.
 *
 * <p>Why it is exact: by the rule contract (see {@link io.captureguard.fixes.Rule}) every rule
 * looks at one function at a time, and what it sees beyond that function is the package:
 * imports, the package-level declarations and function signatures, the sibling files, the Go
 * version; and one fact of the whole text, the line ending its fixes insert (the file's first,
 * see {@code SourceText.newline}), which must stay the same. So when an edit stays inside one function body, or in the
 * comments and blank space between declarations, and the file still declares the same things in
 * the same places, the findings in every other body are the old ones, moved by the edit's length.
 * What is analysed again is a skeleton of the file: everything outside function bodies, plus the
 * body that was edited. The skeleton is parsed and checked to have the expected outline; when it
 * has not (the edit opened a comment or a string that runs on, declared something), the caller
 * analyses the file whole.
 *
 * <p>Syntax errors, which typing makes all the time, are no exception: a file with errors is
 * parsed declaration by declaration (see {@code AntlrParse}), so a broken body parses the same
 * in the skeleton as in the file, and so does every body left whole; a body is emptied only when
 * it has no error and no line that would cut the file there.
 *
 * <p>Directives ({@code //captureguard:ignore}, {@code //nolint}) are applied afterwards, to the
 * findings of the whole file, since one can reach from the line above a declaration into it;
 * so the reused part is what the rules found before any directive, and the comments that may be
 * directives.
 *
 * <p>Not attempted: edits to the package clause or what comes before it (build lines, the
 * generated-code marker), and any change of {@link AnalysisInputs}.
 */
final class IncrementalAnalysis {
    private IncrementalAnalysis() {
    }

    /** The analysis of {@code text}, built on {@code previous}; empty when only a whole analysis can tell. */
    static Optional<AnalyzedText> reanalyze(Analyzer analyzer, AnalyzedText previous, String text,
                                            AnalysisInputs inputs) {
        String newline = SourceText.newline(text);
        if (!previous.complete() || !previous.inputs().equals(inputs)
                || !SourceText.newline(previous.text()).equals(newline)) {
            return Optional.empty();
        }
        TextChange change = TextChange.between(previous.text(), text);
        DeclOutline before = previous.outline();
        int edited = before.functionHolding(change, previous.text().length());
        if (edited < 0 && !before.gapHolds(change)) {
            return Optional.empty();
        }
        DeclOutline expected = before.mapped(change::shift);
        BitSet emptied = emptiable(previous, expected, text, edited);
        Skeleton skeleton = Skeleton.of(text, interiors(expected, emptied));
        if (!SourceText.newline(skeleton.text()).equals(newline)) {
            return Optional.empty();
        }
        ParseResult parse = GoParser.parse(skeleton.text());
        DeclOutline actual = DeclOutline.of(parse.file()).mapped(skeleton::toReal);
        if (!expected.matchesOutsideOf(actual, edited)) {
            return Optional.empty();
        }
        Optional<List<Finding>> skeletonFindings =
                analyzer.checkIfComplete(parse, Document.parsed(parse, inputs.index(), inputs.version()));
        if (skeletonFindings.isEmpty()) {
            return Optional.empty(); // the edited function cannot be resolved: the whole text gets no findings
        }
        List<Finding> found = new ArrayList<>();
        for (Finding f : skeletonFindings.get()) {
            found.add(FindingOffsets.map(f, skeleton::toReal));
        }
        List<Comment> directives = new ArrayList<>();
        for (Comment c : parse.file().comments()) {
            if (Suppressions.mayBeDirective(c)) {
                directives.add(FindingOffsets.map(c, skeleton::toReal));
            }
        }
        IntPredicate emptiedBodyHolds = offset -> {
            int decl = before.chunkOf(offset);
            return decl >= 0 && emptied.get(decl) && before.decls().get(decl).bodyHolds(offset);
        };
        for (Finding f : previous.found()) {
            if (emptiedBodyHolds.test(f.start())) {
                found.add(FindingOffsets.map(f, change::shift));
            }
        }
        for (Comment c : previous.directives()) {
            if (emptiedBodyHolds.test(c.start())) {
                directives.add(FindingOffsets.map(c, change::shift));
            }
        }
        return Optional.of(new AnalyzedText(analyzer, text, actual, found, true, directives, inputs,
                AnalyzedText.broken(actual, parse, skeleton::toReal)));
    }

    /**
     * The functions whose bodies the skeleton empties: all but the edited one, those with syntax
     * errors (their error recovery must see the same text as in the real file) and those with a
     * line inside that starts like a declaration (a file with errors is cut into pieces there).
     */
    private static BitSet emptiable(AnalyzedText previous, DeclOutline outline, String text, int edited) {
        BitSet emptied = new BitSet();
        for (int i = 0; i < outline.decls().size(); i++) {
            DeclOutline.Entry e = outline.decls().get(i);
            if (i != edited && e.hasBody() && !previous.broken(i)
                    && !DeclarationLines.within(text, e.bodyStart() + 1, e.bodyEnd() - 1)) {
                emptied.set(i);
            }
        }
        return emptied;
    }

    private static List<int[]> interiors(DeclOutline outline, BitSet emptied) {
        List<int[]> spans = new ArrayList<>();
        for (int i = emptied.nextSetBit(0); i >= 0; i = emptied.nextSetBit(i + 1)) {
            DeclOutline.Entry e = outline.decls().get(i);
            spans.add(new int[] {e.bodyStart() + 1, e.bodyEnd() - 1});
        }
        return spans;
    }

}
