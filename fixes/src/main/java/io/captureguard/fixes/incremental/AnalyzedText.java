package io.captureguard.fixes.incremental;

import io.captureguard.fixes.Finding;
import io.captureguard.parser.ParseResult;
import java.util.List;

/**
 * One text with the findings of all rules on it (as {@code Rules.analyze} returns them), kept so
 * that the analysis of the next version can reuse the findings an edit did not touch.
 */
public final class AnalyzedText {
    private final String text;
    private final DeclOutline outline;
    private final List<Finding> findings;
    private final AnalysisInputs inputs;

    AnalyzedText(String text, DeclOutline outline, List<Finding> findings, AnalysisInputs inputs) {
        this.text = text;
        this.outline = outline;
        this.findings = List.copyOf(findings);
        this.inputs = inputs;
    }

    /** A text analysed whole: {@code parse} is its parse and {@code findings} what the rules found in it. */
    public static AnalyzedText of(ParseResult parse, List<Finding> findings, AnalysisInputs inputs) {
        return new AnalyzedText(parse.source(), DeclOutline.of(parse.file()), findings, inputs);
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
}
