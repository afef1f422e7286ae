package io.captureguard.server.lsp;

import io.captureguard.fixes.Edits;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Fix;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Safety;
import io.captureguard.fixes.TextEdit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;

/**
 * The code actions for a range of a document: every fix of every finding under the range, a
 * suppression per finding, and the document's fix-all. Every action carries its edit inline:
 * Eglot 1.9 and Neovim have no resolve.
 */
final class CodeActions {
    static final String FIX_ALL_KIND = CodeActionKind.SourceFixAll + ".captureguard";
    static final String SUPPRESS_REASON = "TODO: say why";

    private final DiagnosticsMapper diagnostics;
    private final WorkspaceEdits edits;

    CodeActions(DiagnosticsMapper diagnostics, WorkspaceEdits edits) {
        this.diagnostics = diagnostics;
        this.edits = edits;
    }

    /**
     * @param only    the kinds the client asked for (null or empty: all)
     * @param fixAll  the document's text after all safe fixes (same text: nothing to fix)
     */
    List<CodeAction> actions(Analysis analysis, int start, int end, List<String> only, String fixAll) {
        OpenDocument document = analysis.document();
        List<CodeAction> result = new ArrayList<>();
        if (wants(only, CodeActionKind.QuickFix)) {
            for (Finding finding : analysis.findings()) {
                if (!touches(finding, start, end)) {
                    continue;
                }
                Diagnostic diagnostic = diagnostics.diagnostic(document, finding);
                for (Fix fix : finding.fixes()) {
                    String title = fix.safety() == Safety.UNSAFE ? fix.title() + " (check the result)" : fix.title();
                    result.add(action(title, CodeActionKind.QuickFix, diagnostic, fix.preferred(),
                            document, fix.edits()));
                }
                if (!finding.rule().equals(RuleId.SUPPRESSION)) {
                    result.add(action("Suppress " + finding.rule().name() + " on this line", CodeActionKind.QuickFix,
                            diagnostic, false, document, List.of(suppression(document, finding))));
                }
            }
        }
        if (!fixAll.equals(document.text())) {
            TextEdit change = Edits.difference(document.text(), fixAll);
            if (wants(only, CodeActionKind.SourceFixAll)) {
                result.add(action("Fix all safe captureguard problems", CodeActionKind.SourceFixAll, null, false,
                        document, List.of(change)));
            }
            // Asked for our own kind only (VS Code's codeActionsOnSave "source.fixAll.captureguard").
            if (!wants(only, CodeActionKind.SourceFixAll) && wants(only, FIX_ALL_KIND)) {
                result.add(action("Fix all safe captureguard problems", FIX_ALL_KIND, null, false,
                        document, List.of(change)));
            }
        }
        return result;
    }

    /** Whether fix-all is worth computing for this request. */
    static boolean wantsFixAll(List<String> only) {
        return wants(only, CodeActionKind.SourceFixAll) || wants(only, FIX_ALL_KIND);
    }

    /** A kind is wanted when {@code only} is absent or lists it or one of its parents ("source"). */
    static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        for (String asked : only) {
            if (kind.equals(asked) || kind.startsWith(asked + ".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean touches(Finding finding, int start, int end) {
        return finding.start() <= end && start <= finding.end();
    }

    /**
     * {@code //captureguard:ignore <rule> <reason>} on its own line above the finding's line,
     * indented like it and ended like it (CRLF files stay CRLF).
     */
    static TextEdit suppression(OpenDocument document, Finding finding) {
        TextLines lines = document.lines();
        String text = document.text();
        int line = lines.lineOf(Math.min(finding.start(), text.length()));
        int lineStart = lines.lineStart(line);
        int indentEnd = lineStart;
        while (indentEnd < text.length() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
            indentEnd++;
        }
        int contentEnd = lines.lineContentEnd(line);
        String newline = text.startsWith("\r\n", contentEnd) ? "\r\n" : text.startsWith("\r", contentEnd) ? "\r" : "\n";
        String directive = text.substring(lineStart, indentEnd) + "//captureguard:ignore " + finding.rule().name() + " "
                + SUPPRESS_REASON + newline;
        return new TextEdit(lineStart, lineStart, directive);
    }

    private CodeAction action(String title, String kind, Diagnostic diagnostic, boolean preferred,
                              OpenDocument document, List<TextEdit> textEdits) {
        CodeAction action = new CodeAction(title);
        action.setKind(kind);
        if (diagnostic != null) {
            action.setDiagnostics(List.of(diagnostic));
        }
        if (preferred) {
            action.setIsPreferred(true);
        }
        action.setEdit(edits.of(document, textEdits));
        return action;
    }
}
