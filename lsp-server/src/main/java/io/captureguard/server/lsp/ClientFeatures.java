package io.captureguard.server.lsp;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/**
 * What the client said it can do, read once at {@code initialize}. Every field of the client's
 * capabilities may be missing (Neovim 0.7 and Eglot 1.9 leave most out), so each answer here has
 * the protocol's default for "not said".
 */
record ClientFeatures(PositionEncoding encoding, boolean pullDiagnostics, boolean diagnosticRefresh,
                      boolean relatedInformation, boolean codeDescription, boolean documentChanges,
                      boolean watchedFilesRegistration, boolean configuration, boolean markdownHover,
                      boolean resolveCodeActionEdit) {

    static ClientFeatures from(ClientCapabilities caps) {
        Optional<ClientCapabilities> c = Optional.ofNullable(caps);
        Optional<TextDocumentClientCapabilities> text = c.map(ClientCapabilities::getTextDocument);
        Optional<WorkspaceClientCapabilities> workspace = c.map(ClientCapabilities::getWorkspace);
        Optional<GeneralClientCapabilities> general = c.map(ClientCapabilities::getGeneral);
        return new ClientFeatures(
                PositionEncoding.negotiate(general.map(GeneralClientCapabilities::getPositionEncodings).orElse(null)),
                text.map(TextDocumentClientCapabilities::getDiagnostic).isPresent(),
                flag(workspace.map(WorkspaceClientCapabilities::getDiagnostics), d -> d.getRefreshSupport()),
                flag(text.map(TextDocumentClientCapabilities::getPublishDiagnostics), p -> p.getRelatedInformation()),
                flag(text.map(TextDocumentClientCapabilities::getPublishDiagnostics),
                        p -> p.getCodeDescriptionSupport()),
                flag(workspace.map(WorkspaceClientCapabilities::getWorkspaceEdit), w -> w.getDocumentChanges()),
                flag(workspace.map(WorkspaceClientCapabilities::getDidChangeWatchedFiles),
                        w -> w.getDynamicRegistration()),
                flag(workspace, w -> w.getConfiguration()),
                text.map(TextDocumentClientCapabilities::getHover).map(h -> h.getContentFormat())
                        .map(formats -> formats.isEmpty() || formats.contains("markdown")).orElse(true),
                // Resolving needs the action's data back as well as the edit filled in later.
                flag(text.map(TextDocumentClientCapabilities::getCodeAction), a -> a.getDataSupport())
                        && text.map(TextDocumentClientCapabilities::getCodeAction)
                        .map(a -> a.getResolveSupport()).map(r -> r.getProperties())
                        .map(properties -> properties.contains("edit")).orElse(false));
    }

    private static <T> boolean flag(Optional<T> holder, Function<T, Boolean> get) {
        return holder.map(get).map(Boolean.TRUE::equals).orElse(false);
    }
}
