package io.captureguard.server.lsp;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;

/**
 * The server's own requests beside LSP's, named {@code captureguard/…} and documented in
 * docs/editors.md. Public because LSP4J finds and calls them by reflection through
 * {@link CaptureguardLanguageServer#getCaptureguardService()}.
 */
@JsonSegment("captureguard")
public interface CaptureguardService {

    /**
     * {@code captureguard/fileInfo}: the Go version the server applies to an open document and
     * where it comes from, for an editor's status bar. The result is null for a document that is
     * not open, since only open documents are analysed.
     */
    @JsonRequest
    CompletableFuture<FileInfo> fileInfo(FileInfoParams params);
}
