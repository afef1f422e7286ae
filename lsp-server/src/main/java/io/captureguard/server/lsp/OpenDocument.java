package io.captureguard.server.lsp;

/**
 * One open document as the client last described it. Immutable, so that an analysis on another
 * thread can hold a snapshot while new edits arrive; the line index is computed once, on demand.
 */
final class OpenDocument {
    private final String uri;
    private final int version;
    private final String text;
    private volatile TextLines lines;

    OpenDocument(String uri, int version, String text) {
        this.uri = uri;
        this.version = version;
        this.text = text;
    }

    String uri() {
        return uri;
    }

    int version() {
        return version;
    }

    String text() {
        return text;
    }

    TextLines lines() {
        TextLines l = lines;
        if (l == null) {
            l = new TextLines(text);
            lines = l;
        }
        return l;
    }
}
