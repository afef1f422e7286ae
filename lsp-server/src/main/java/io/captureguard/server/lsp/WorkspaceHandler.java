package io.captureguard.server.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The {@code workspace/*} notifications: settings and files changed on disk. */
final class WorkspaceHandler implements WorkspaceService {
    private final Supplier<Session> session;

    WorkspaceHandler(Supplier<Session> session) {
        this.session = session;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        session.get().configurationChanged(params.getSettings());
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        List<Path> files = new ArrayList<>();
        for (FileEvent event : params.getChanges() == null ? List.<FileEvent>of() : params.getChanges()) {
            GoFiles.path(event.getUri()).ifPresent(files::add);
        }
        session.get().filesChanged(files);
    }
}
