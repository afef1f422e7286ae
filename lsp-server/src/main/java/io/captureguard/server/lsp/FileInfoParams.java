package io.captureguard.server.lsp;

/** The parameters of {@code captureguard/fileInfo}: the document, as in {@code didOpen}. */
public record FileInfoParams(String uri) {
}
