package io.captureguard.server.lsp;

import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Location;
import io.captureguard.fixes.RuleDocs;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.rules.RedundantCopy;
import io.captureguard.fixes.Severity;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Range;

/** Findings as LSP diagnostics, shaped by what the client can show. */
final class DiagnosticsMapper {
    static final String SOURCE = "captureguard";
    private static final RuleId UNNECESSARY_RULE = RedundantCopy.ID;

    private final ClientFeatures client;

    DiagnosticsMapper(ClientFeatures client) {
        this.client = client;
    }

    List<Diagnostic> diagnostics(Analysis analysis) {
        List<Diagnostic> result = new ArrayList<>(analysis.findings().size());
        for (Finding finding : analysis.findings()) {
            result.add(diagnostic(analysis.document(), finding));
        }
        return result;
    }

    Diagnostic diagnostic(OpenDocument document, Finding finding) {
        TextLines lines = document.lines();
        Diagnostic d = new Diagnostic();
        d.setRange(range(lines, finding.start(), finding.end()));
        d.setSeverity(severity(finding.severity()));
        d.setCode(finding.rule().name());
        d.setSource(SOURCE);
        if (client.codeDescription()) {
            d.setCodeDescription(new DiagnosticCodeDescription(RuleDocs.url(finding.rule())));
        }
        if (client.relatedInformation() && !finding.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (Location location : finding.related()) {
                related.add(new DiagnosticRelatedInformation(
                        new org.eclipse.lsp4j.Location(document.uri(), range(lines, location.start(), location.end())),
                        location.message()));
            }
            d.setRelatedInformation(related);
            d.setMessage(finding.message());
        } else {
            d.setMessage(withRelatedFolded(document, finding));
        }
        if (finding.rule().equals(UNNECESSARY_RULE)) {
            d.setTags(List.of(DiagnosticTag.Unnecessary));
        }
        return d;
    }

    /**
     * Clients that cannot show related information (Helix, Eglot) still deserve to know where the
     * loop header or the later write is: it goes into the message, with its line.
     */
    private static String withRelatedFolded(OpenDocument document, Finding finding) {
        StringBuilder message = new StringBuilder(finding.message());
        for (Location location : finding.related()) {
            int line = document.lines().lineOf(Math.min(location.start(), document.text().length())) + 1;
            message.append(" (").append(location.message()).append(": line ").append(line).append(')');
        }
        return message.toString();
    }

    Range range(TextLines lines, int start, int end) {
        return new Range(lines.position(start, client.encoding()), lines.position(end, client.encoding()));
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }
}
