package io.captureguard.fixes.incremental;

import io.captureguard.fixes.Finding;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.SyntaxError;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * One text with the findings of all rules on it (as {@code Rules.analyze} returns them), kept so
 * that the analysis of the next version can reuse the findings an edit did not touch.
 */
public final class AnalyzedText {
    private final String text;
    private final DeclOutline outline;
    private final List<Finding> findings;
    private final AnalysisInputs inputs;
    /** The declarations with a syntax error between their start and the next declaration's. */
    private final BitSet broken;

    AnalyzedText(String text, DeclOutline outline, List<Finding> findings, AnalysisInputs inputs, BitSet broken) {
        this.text = text;
        this.outline = outline;
        this.findings = List.copyOf(findings);
        this.inputs = inputs;
        this.broken = broken;
    }

    /** A text analysed whole: {@code parse} is its parse and {@code findings} what the rules found in it. */
    public static AnalyzedText of(ParseResult parse, List<Finding> findings, AnalysisInputs inputs) {
        DeclOutline outline = DeclOutline.of(parse.file());
        return new AnalyzedText(parse.source(), outline, findings, inputs, broken(outline, parse, o -> o));
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

    public List<Finding> findings() {
        return findings;
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
