package io.captureguard.server.lsp;

import io.captureguard.fixes.Finding;
import io.captureguard.fixes.RuleDescription;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.RuleDocs;
import io.captureguard.fixes.Rules;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/** Hover over a flagged range: the documentation of each rule flagging it. */
final class RuleHover {
    private final DiagnosticsMapper diagnostics;
    private final ClientFeatures client;

    RuleHover(DiagnosticsMapper diagnostics, ClientFeatures client) {
        this.diagnostics = diagnostics;
        this.client = client;
    }

    Optional<Hover> at(Analysis analysis, int offset) {
        Set<RuleId> rules = new LinkedHashSet<>();
        Finding first = null;
        for (Finding finding : analysis.findings()) {
            if (finding.start() <= offset && offset <= finding.end()) {
                rules.add(finding.rule());
                first = first == null ? finding : first;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (RuleId rule : rules) {
            if (!text.isEmpty()) {
                text.append("\n\n---\n\n");
            }
            text.append(RuleDocs.markdown(rule).orElseGet(() -> fallback(rule)));
        }
        if (!analysis.versionNote().isEmpty()) {
            text.append("\n\n---\n\nThis file is read as ").append(analysis.versionNote()).append('.');
        }
        Hover hover = new Hover(new MarkupContent(client.markdownHover() ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT,
                text.toString()));
        hover.setRange(diagnostics.range(analysis.document().lines(), first.start(), first.end()));
        return Optional.of(hover);
    }

    /** A rule whose page is not written yet still says what it is about. */
    private static String fallback(RuleId rule) {
        return "**" + rule.name() + "**: " + Rules.describe(rule.name()).map(RuleDescription::summary).orElse("")
                + "\n\n" + RuleDocs.url(rule);
    }
}
