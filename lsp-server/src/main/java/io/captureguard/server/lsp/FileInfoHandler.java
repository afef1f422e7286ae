package io.captureguard.server.lsp;

import io.captureguard.parser.version.BuildLine;
import io.captureguard.parser.version.FileGoVersion;
import io.captureguard.parser.version.GoVersion;
import io.captureguard.parser.version.LanguageVersion;
import io.captureguard.parser.version.ModuleLocator;
import java.nio.file.Path;
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
    private final FileGoVersion versions = new FileGoVersion(ModuleLocator.onDisk());

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
        Optional<Path> path = GoFiles.path(document.uri());
        if (path.isPresent()) {
            return versions.of(path.get(), document.text(), override);
        }
        // A buffer without a file (untitled:) belongs to no module.
        return FileGoVersion.decide(override,
                BuildLine.findIn(document.text()).flatMap(BuildLine::minimumGoVersion), Optional.empty());
    }
}
