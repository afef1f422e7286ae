package io.captureguard.server.lsp;

import io.captureguard.fixes.Edits;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Fix;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Safety;
import io.captureguard.fixes.TextEdit;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;

/**
 * The code actions for a range of a document: every fix of every finding under the range, a
 * suppression per finding, and the document's fix-all. Quick fixes carry their edit inline (they
 * come from the stored analysis). Fix-all costs a re-analysis of the fixed text, so it is either
 * computed because the request asked for a fix-all kind, or offered without an edit for the
 * client to resolve ({@code data} names the document), or, to clients that cannot resolve edits
 * (Eglot 1.9), not offered in answer to a request that did not ask for it.
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

    /** What to do about fix-all in one answer. */
    sealed interface FixAllOffer {
        /** Not offered (nothing to fix, not asked for, or the client cannot resolve it). */
        record None() implements FixAllOffer {
        }

        /** Offered with its edit: the document's text after all safe fixes. */
        record Computed(String fixedText) implements FixAllOffer {
        }

        /** Offered without an edit, for {@code codeAction/resolve}. */
        record Lazy() implements FixAllOffer {
        }
    }

    /**
     * @param only    the kinds the client asked for (null or empty: all)
     * @param fixAll  whether and how fix-all is offered
     */
    List<CodeAction> actions(Analysis analysis, int start, int end, List<String> only, FixAllOffer fixAll) {
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
        // Asked for our own kind only: VS Code's codeActionsOnSave "source.fixAll.captureguard".
        String kind = wants(only, CodeActionKind.SourceFixAll) ? CodeActionKind.SourceFixAll
                : wants(only, FIX_ALL_KIND) ? FIX_ALL_KIND : null;
        if (kind != null && fixAll instanceof FixAllOffer.Computed computed && !computed.fixedText().equals(document.text())) {
            result.add(action(FIX_ALL_TITLE, kind, null, false, document,
                    List.of(Edits.difference(document.text(), computed.fixedText()))));
        }
        if (kind != null && fixAll instanceof FixAllOffer.Lazy) {
            CodeAction action = new CodeAction(FIX_ALL_TITLE);
            action.setKind(kind);
            JsonObject data = new JsonObject();
            data.addProperty("uri", document.uri());
            data.addProperty("version", document.version());
            action.setData(data);
            result.add(action);
        }
        return result;
    }

    static final String FIX_ALL_TITLE = "Fix all safe captureguard problems";

    /** The edit of a lazily offered fix-all: from the text to {@code fixedText}, for that snapshot. */
    CodeAction resolved(CodeAction unresolved, OpenDocument document, String fixedText) {
        unresolved.setEdit(edits.of(document, fixedText.equals(document.text())
                ? List.of() : List.of(Edits.difference(document.text(), fixedText))));
        return unresolved;
    }

    /** The document a lazily offered fix-all names in its data, if it is one of ours. */
    static java.util.Optional<String> fixAllUri(CodeAction action) {
        if (action.getKind() == null || !action.getKind().startsWith(CodeActionKind.SourceFixAll)
                || !(action.getData() instanceof JsonObject data) || !data.has("uri")
                || !data.get("uri").isJsonPrimitive()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(data.get("uri").getAsString());
    }

    /** Whether the request asked for a fix-all kind by name (as on save), not just for everything. */
    static boolean asksForFixAll(List<String> only) {
        return only != null && !only.isEmpty()
                && (wants(only, CodeActionKind.SourceFixAll) || wants(only, FIX_ALL_KIND));
    }

    /** Whether an answer to this request may hold a fix-all action at all. */
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
