package io.captureguard.server.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** The {@code textDocument/*} messages, translated into calls on the session. */
final class DocumentService implements TextDocumentService {
    private final Supplier<Session> session;

    DocumentService(Supplier<Session> session) {
        this.session = session;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var document = params.getTextDocument();
        // A client that leaves out the version or the text still gets its document tracked.
        session.get().opened(document.getUri(), document.getVersion(),
                document.getText() == null ? "" : document.getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        session.get().changed(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                params.getContentChanges() == null ? List.of() : params.getContentChanges());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        session.get().closed(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        session.get().saved(params.getTextDocument().getUri());
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        return session.get().codeActions(params.getTextDocument().getUri(), params.getRange(), only);
    }

    @Override
    public CompletableFuture<CodeAction> resolveCodeAction(CodeAction unresolved) {
        return session.get().resolveCodeAction(unresolved);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return session.get().hover(params.getTextDocument().getUri(), params.getPosition());
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        return session.get().pullDiagnostics(params.getTextDocument().getUri())
                .thenApply(items -> new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(items)));
    }
}
