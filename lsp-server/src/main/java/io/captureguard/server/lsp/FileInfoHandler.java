package io.captureguard.server.lsp;

import io.captureguard.parser.version.GoVersion;
import io.captureguard.parser.version.LanguageVersion;
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
    private final DocumentGoVersion versions = new DocumentGoVersion();

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
        Optional<GoVersion> override = current.settings().goVersion();
        // Off the protocol thread: finding the go.mod stats every directory up to the root.
        return CompletableFutures.computeAsync(cancel -> FileInfo.of(versionOf(document.get(), override)));
    }

    private LanguageVersion versionOf(OpenDocument document, Optional<GoVersion> override) {
        return versions.of(GoFiles.path(document.uri()), document.text(), override);
    }
}
