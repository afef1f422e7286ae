package io.captureguard.server.lsp;

import io.captureguard.fixes.TextEdit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Engine edits (UTF-16 offsets) as a workspace edit the client can apply: {@code documentChanges}
 * with the document's version when the client supports them (it then refuses a stale edit),
 * else plain {@code changes}.
 */
final class WorkspaceEdits {
    private final ClientFeatures client;

    WorkspaceEdits(ClientFeatures client) {
        this.client = client;
    }

    WorkspaceEdit of(OpenDocument document, List<TextEdit> edits) {
        TextLines lines = document.lines();
        List<org.eclipse.lsp4j.TextEdit> converted = edits.stream()
                .sorted(Comparator.comparingInt(TextEdit::start))
                .map(e -> new org.eclipse.lsp4j.TextEdit(
                        new org.eclipse.lsp4j.Range(lines.position(e.start(), client.encoding()),
                                lines.position(e.end(), client.encoding())),
                        e.replacement()))
                .toList();
        WorkspaceEdit edit = new WorkspaceEdit();
        if (client.documentChanges()) {
            TextDocumentEdit change = new TextDocumentEdit(
                    new VersionedTextDocumentIdentifier(document.uri(), document.version()), converted);
            edit.setDocumentChanges(List.of(Either.forLeft(change)));
            edit.setChanges(null); // LSP4J starts with an empty map; a client must see one shape only
        } else {
            edit.setChanges(Map.of(document.uri(), converted));
        }
        return edit;
    }
}
