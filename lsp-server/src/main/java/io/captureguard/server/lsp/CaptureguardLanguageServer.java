package io.captureguard.server.lsp;

import io.captureguard.cli.Tool;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonDelegate;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The lifecycle: {@code initialize} negotiates and creates the {@link Session}, {@code shutdown}
 * stops the work, {@code exit} ends the connection with status 0 only after a shutdown (the
 * LSP specification's rule). The exit status is handed out through {@link #exitCode()}; the process
 * itself is ended by whoever launched the server.
 */
public final class CaptureguardLanguageServer implements LanguageServer, LanguageClientAware {
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final DocumentService documents = new DocumentService(this::session);
    private final WorkspaceHandler workspace = new WorkspaceHandler(this::session);
    private final FileInfoHandler fileInfo = new FileInfoHandler(this::session);
    private volatile LanguageClient client;
    private volatile Session session;
    private volatile boolean shutdown;

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    /** Completes with the process exit status once the client said {@code exit} (or went away). */
    public CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    /** The connection ended without {@code exit}: stdin closed, or the parent process died. */
    public void connectionLost() {
        if (session != null) {
            session.close();
        }
        exitCode.complete(shutdown ? 0 : 1);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (session != null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest,
                    "initialize was already received", null));
        }
        ClientFeatures features = ClientFeatures.from(params.getCapabilities());
        session = new Session(client, features, params.getInitializationOptions());
        if (params.getProcessId() != null) {
            // The editor died without telling us: do not linger as an orphan.
            ProcessHandle.of(params.getProcessId()).ifPresent(parent -> parent.onExit().thenRun(this::connectionLost));
        }
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(features),
                new ServerInfo(Tool.NAME, Tool.VERSION)));
    }

    static ServerCapabilities capabilities(ClientFeatures features) {
        ServerCapabilities caps = new ServerCapabilities();
        caps.setPositionEncoding(features.encoding().wireName);
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        CodeActionOptions actions = new CodeActionOptions(List.of(CodeActionKind.QuickFix,
                CodeActionKind.SourceFixAll, CodeActions.FIX_ALL_KIND));
        // Fix-all is resolved on demand for clients that can; for the others every action carries its edit.
        actions.setResolveProvider(features.resolveCodeActionEdit());
        caps.setCodeActionProvider(actions);
        caps.setHoverProvider(true);
        if (features.pullDiagnostics()) {
            DiagnosticRegistrationOptions diagnostics = new DiagnosticRegistrationOptions(false, false);
            diagnostics.setIdentifier("captureguard");
            caps.setDiagnosticProvider(diagnostics);
        }
        return caps;
    }

    @Override
    public void initialized(InitializedParams params) {
        session().start();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        if (session != null) {
            session.close();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        if (session != null) {
            session.close();
        }
        exitCode.complete(shutdown ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    /** The {@code captureguard/…} requests: LSP4J registers the methods of what this returns. */
    @JsonDelegate
    public CaptureguardService getCaptureguardService() {
        return fileInfo;
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ServerNotInitialized,
                    "the server has not been initialized", null));
        }
        if (shutdown) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest,
                    "the server is shutting down", null));
        }
        return current;
    }
}
