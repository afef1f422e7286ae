package io.captureguard.server.lsp;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents. Changes are applied on the protocol thread, in the order they arrive (the
 * protocol orders them; each is cheap), in the negotiated position encoding. Readers on other
 * threads see whole snapshots.
 */
final class DocumentStore {
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();

    void open(String uri, int version, String text) {
        documents.put(uri, new OpenDocument(uri, version, text));
    }

    void close(String uri) {
        documents.remove(uri);
    }

    Optional<OpenDocument> get(String uri) {
        return Optional.ofNullable(documents.get(uri));
    }

    Collection<OpenDocument> all() {
        return documents.values();
    }

    /**
     * Applies {@code changes} in order to an open document.
     *
     * @return the new snapshot, or empty when the document is not open (the client broke the
     *         protocol; the caller logs it)
     */
    Optional<OpenDocument> change(String uri, int version, List<TextDocumentContentChangeEvent> changes,
                                  PositionEncoding encoding) {
        OpenDocument current = documents.get(uri);
        if (current == null) {
            return Optional.empty();
        }
        OpenDocument next = current;
        for (TextDocumentContentChangeEvent change : changes) {
            next = new OpenDocument(uri, version, apply(next, change, encoding));
        }
        documents.put(uri, next);
        return Optional.of(next);
    }

    private static String apply(OpenDocument document, TextDocumentContentChangeEvent change,
                                PositionEncoding encoding) {
        String replacement = change.getText() == null ? "" : change.getText();
        if (change.getRange() == null) {
            return replacement;
        }
        TextLines lines = document.lines();
        int start = lines.offset(change.getRange().getStart(), encoding);
        int end = Math.max(start, lines.offset(change.getRange().getEnd(), encoding));
        String text = document.text();
        return new StringBuilder(text.length() - (end - start) + replacement.length())
                .append(text, 0, start).append(replacement).append(text, end, text.length()).toString();
    }
}
