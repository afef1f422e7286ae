package io.captureguard.server.lsp;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;

/**
 * Answers {@code captureguard/fileInfo} with the same decision the analysis makes: the settings'
 * override, else the document's build line (its current text, not the file on disk), else the
 * nearest go.mod.
 */
final class FileInfoHandler implements CaptureguardService {
    private final Supplier<Session> session;

    FileInfoHandler(Supplier<Session> session) {
        this.session = session;
    }

    @Override
    public CompletableFuture<FileInfo> fileInfo(FileInfoParams params) {
        Session current = session.get();
        Optional<OpenDocument> document = params == null || params.uri() == null
                ? Optional.empty() : current.document(params.uri());
        if (document.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        // Off the protocol thread: finding the go.mod stats every directory up to the root.
        return CompletableFutures.computeAsync(cancel -> FileInfo.of(current.goVersionOf(document.get())));
    }
}
