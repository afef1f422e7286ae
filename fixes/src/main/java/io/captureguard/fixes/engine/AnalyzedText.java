package io.captureguard.fixes.engine;

import io.captureguard.fixes.Finding;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.SyntaxError;
import io.captureguard.parser.ast.Comment;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * One text with the findings of all rules on it, kept so that the analysis of the next version
 * can reuse what an edit did not touch. It holds the findings twice: as the rules found them and
 * as they stand once the file's directives ({@code //captureguard:ignore}, {@code //nolint})
 * apply, since a directive may reach from one declaration into the next line; and it holds the
 * comments that may be directives.
 */
public final class AnalyzedText {
    private final String text;
    private final DeclOutline outline;
    private final List<Finding> found;
    private final List<Comment> directives;
    private final List<Finding> findings;
    private final AnalysisInputs inputs;
    /** The declarations with a syntax error between their start and the next declaration's. */
    private final BitSet broken;
    /** Whether the rules ran: false when the semantic model was incomplete, and then there are no findings. */
    private final boolean complete;

    AnalyzedText(Analyzer analyzer, String text, DeclOutline outline, List<Finding> found, boolean complete,
                 List<Comment> directives, AnalysisInputs inputs, BitSet broken) {
        this.text = text;
        this.outline = outline;
        this.found = List.copyOf(found);
        this.directives = List.copyOf(directives);
        this.complete = complete;
        this.findings = complete ? analyzer.applyDirectives(text, directives, found) : List.of();
        this.inputs = inputs;
        this.broken = broken;
    }

    /** Which declarations hold the parse's syntax errors, whose offsets map to the outline's by {@code offsets}. */
    static BitSet broken(DeclOutline outline, ParseResult parse, IntUnaryOperator offsets) {
        BitSet broken = new BitSet();
        for (SyntaxError e : parse.errors()) {
            int decl = outline.chunkOf(offsets.applyAsInt(e.offset()));
            if (decl >= 0) {
                broken.set(decl);
            }
        }
        return broken;
    }

    public String text() {
        return text;
    }

    /** The findings with the file's directives applied, in source order. */
    public List<Finding> findings() {
        return findings;
    }

    /** The findings before directives apply. */
    List<Finding> found() {
        return found;
    }

    /** The comments that may be directives. */
    List<Comment> directives() {
        return directives;
    }

    /** Whether the rules ran over the whole text (its semantic model was complete). */
    boolean complete() {
        return complete;
    }

    AnalysisInputs inputs() {
        return inputs;
    }

    DeclOutline outline() {
        return outline;
    }

    boolean broken(int decl) {
        return broken.get(decl);
    }
}
