package io.captureguard.server.lsp;

import io.captureguard.fixes.FixAll;
import io.captureguard.parser.version.LanguageVersion;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * One client connection after {@code initialize}: the open documents, the settings, the
 * analysis worker, and the conversions shaped by what the client can do. Handlers call in on the
 * protocol thread; everything slow goes to the worker.
 */
final class Session implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Session.class.getName());
    static final String SECTION = "captureguard";

    private final LanguageClient client;
    private final ClientFeatures features;
    private final DocumentStore store = new DocumentStore();
    private final PackageIndexes indexes = new PackageIndexes();
    /** One decision, and one cache of go.mod files, for the analysis and captureguard/fileInfo. */
    private final DocumentGoVersion goVersions = new DocumentGoVersion();
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer(indexes, goVersions);
    private final DiskChanges disk = new DiskChanges();
    private final AnalysisScheduler scheduler;
    private final DiagnosticsMapper diagnostics;
    private final CodeActions codeActions;
    private final RuleHover hover;
    private volatile Settings settings;
    private volatile boolean watchingFiles;
    private final java.util.Map<String, FixAllResult> lastFixAll = new java.util.concurrent.ConcurrentHashMap<>();

    Session(LanguageClient client, ClientFeatures features, Object initializationOptions) {
        this.client = client;
        this.features = features;
        this.diagnostics = new DiagnosticsMapper(features);
        this.codeActions = new CodeActions(diagnostics, new WorkspaceEdits(features));
        this.hover = new RuleHover(diagnostics, features);
        this.settings = read(initializationOptions);
        this.scheduler = new AnalysisScheduler(store, analyzer, () -> settings, this::publish);
    }

    /** After {@code initialized}: ask for settings and file watching, never waiting for the answers. */
    void start() {
        if (features.configuration()) {
            requestConfiguration();
        }
        if (features.watchedFilesRegistration()) {
            DidChangeWatchedFilesRegistrationOptions options = new DidChangeWatchedFilesRegistrationOptions(List.of(
                    new FileSystemWatcher(Either.forLeft("**/*.go")), new FileSystemWatcher(Either.forLeft("**/go.mod"))));
            client.registerCapability(new RegistrationParams(List.of(
                            new Registration("captureguard-watch", "workspace/didChangeWatchedFiles", options))))
                    .whenComplete((ok, error) -> {
                        watchingFiles = error == null;
                        if (error != null) {
                            log(MessageType.Log, "file watching refused by the client; checking modification times");
                        }
                    });
        }
    }

    // ---- documents ----

    void opened(String uri, Integer version, String text) {
        store.open(uri, version == null ? 0 : version, text);
        documentEvent();
        analyze(uri, 0);
    }

    void changed(String uri, Integer version, List<org.eclipse.lsp4j.TextDocumentContentChangeEvent> changes) {
        int next = version != null ? version : store.get(uri).map(d -> d.version() + 1).orElse(0);
        if (store.change(uri, next, changes, features.encoding()).isEmpty()) {
            log(MessageType.Warning, "didChange for a document that is not open, ignored: " + uri);
            return;
        }
        documentEvent();
        analyze(uri, settings.delayMs());
    }

    void saved(String uri) {
        if (store.get(uri).isEmpty()) {
            return;
        }
        documentEvent();
        // Other files of the package may use what this one declares.
        GoFiles.path(uri).map(Path::getParent).ifPresent(dir -> reanalyzeWhere(p -> dir.equals(p.getParent())));
    }

    void closed(String uri) {
        store.close(uri);
        scheduler.forget(uri);
        lastFixAll.remove(uri);
        if (!features.pullDiagnostics()) {
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
        // The package now sees the file as saved on disk, not as it was in the editor.
        GoFiles.path(uri).ifPresent(path -> scheduler.execute(() -> indexes.reload(path)));
    }

    // ---- files on disk ----

    void filesChanged(List<Path> files) {
        scheduler.execute(() -> {
            for (Path file : files) {
                if (file.getFileName().toString().equals("go.mod")) {
                    Path module = file.getParent();
                    reanalyzeWhere(p -> p.startsWith(module));
                } else if (file.toString().endsWith(".go") && !isOpen(file)) {
                    indexes.reload(file);
                    reanalyzeWhere(p -> p.getParent().equals(file.getParent()) && !p.equals(file));
                }
            }
        });
    }

    private void documentEvent() {
        if (watchingFiles || !disk.due(System.nanoTime())) {
            return;
        }
        Set<Path> directories = new HashSet<>();
        for (OpenDocument document : store.all()) {
            GoFiles.path(document.uri()).map(Path::getParent).ifPresent(directories::add);
        }
        scheduler.execute(() -> {
            Set<Path> changed = disk.changed(directories);
            if (!changed.isEmpty()) {
                filesChanged(List.copyOf(changed));
            }
        });
    }

    private boolean isOpen(Path file) {
        return store.all().stream().anyMatch(d -> GoFiles.path(d.uri()).filter(file::equals).isPresent());
    }

    private void reanalyzeWhere(java.util.function.Predicate<Path> affected) {
        boolean any = false;
        for (OpenDocument document : store.all()) {
            if (GoFiles.path(document.uri()).filter(affected).isPresent()) {
                scheduler.invalidate(document.uri());
                any = true;
                if (!features.pullDiagnostics()) {
                    scheduler.schedule(document.uri(), settings.delayMs());
                }
            }
        }
        if (any) {
            refreshPulledDiagnostics();
        }
    }

    private void analyze(String uri, long delayMs) {
        if (!features.pullDiagnostics()) {
            scheduler.schedule(uri, delayMs);
        }
    }

    private void publish(Analysis analysis) {
        if (features.pullDiagnostics()) {
            return; // the client asks; pushing too would show everything twice
        }
        client.publishDiagnostics(new PublishDiagnosticsParams(analysis.document().uri(),
                diagnostics.diagnostics(analysis), analysis.document().version()));
    }

    private void refreshPulledDiagnostics() {
        if (features.pullDiagnostics() && features.diagnosticRefresh()) {
            client.refreshDiagnostics();
        }
    }

    // ---- requests ----

    CompletableFuture<List<org.eclipse.lsp4j.Diagnostic>> pullDiagnostics(String uri) {
        Optional<OpenDocument> document = store.get(uri);
        if (document.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        CompletableFuture<Analysis> analysis = scheduler.analysisOf(document.get());
        return cancelling(analysis.thenApply(diagnostics::diagnostics), analysis);
    }

    /**
     * Answers from the analysis of the snapshot (stored, or the scheduled one a few milliseconds
     * away) on whatever thread has it: quick fixes and suppressions are cheap. Only a request
     * that names a fix-all kind (as on save) waits for fix-all; otherwise a client that resolves
     * gets it without its edit, and one that cannot is not offered it (editors ask for code
     * actions on every cursor move, and fix-all re-analyses the whole fixed text).
     */
    CompletableFuture<List<Either<org.eclipse.lsp4j.Command, CodeAction>>> codeActions(
            String uri, Range range, List<String> only) {
        Optional<OpenDocument> document = store.get(uri);
        if (document.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        TextLines lines = document.get().lines();
        int start = lines.offset(range.getStart(), features.encoding());
        int end = Math.max(start, lines.offset(range.getEnd(), features.encoding()));
        Settings current = settings;
        CompletableFuture<Analysis> analysis = scheduler.analysisOf(document.get());
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<List<CodeAction>> actions;
        if (CodeActions.asksForFixAll(only)) {
            actions = analysis.thenApplyAsync(a -> codeActions.actions(a, start, end, only,
                    new CodeActions.FixAllOffer.Computed(fixAll(a, current, cancelled))), scheduler::execute);
        } else {
            actions = analysis.thenApply(a -> codeActions.actions(a, start, end, only,
                    features.resolveCodeActionEdit() && CodeActions.wantsFixAll(only) && anythingToFix(a)
                            ? new CodeActions.FixAllOffer.Lazy() : new CodeActions.FixAllOffer.None()));
        }
        return cancelling(actions.thenApply(list -> list.stream()
                .map(Either::<org.eclipse.lsp4j.Command, CodeAction>forRight).toList()), analysis, cancelled);
    }

    /**
     * Fills in the edit of a fix-all offered without one. It is computed for the document as it is
     * now (the action is "fix everything"); the edit names that version, so a client that has moved
     * on refuses it rather than misapplying it.
     */
    CompletableFuture<CodeAction> resolveCodeAction(CodeAction unresolved) {
        Optional<OpenDocument> document = CodeActions.fixAllUri(unresolved).flatMap(store::get);
        if (document.isEmpty()) {
            return CompletableFuture.completedFuture(unresolved); // not ours, or the document closed
        }
        Settings current = settings;
        CompletableFuture<Analysis> analysis = scheduler.analysisOf(document.get());
        AtomicBoolean cancelled = new AtomicBoolean();
        return cancelling(analysis.thenApplyAsync(a -> codeActions.resolved(unresolved, a.document(),
                fixAll(a, current, cancelled)), scheduler::execute), analysis, cancelled);
    }

    private static <T> CompletableFuture<T> cancelling(CompletableFuture<T> result, CompletableFuture<?> upstream) {
        return cancelling(result, upstream, new AtomicBoolean());
    }

    /**
     * A client's cancelling of {@code result} reaches the analysis it waits for and raises
     * {@code cancelled} for the work queued after it (LSP4J cancels only the future it was given).
     */
    private static <T> CompletableFuture<T> cancelling(CompletableFuture<T> result, CompletableFuture<?> upstream,
                                                       AtomicBoolean cancelled) {
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                cancelled.set(true);
                upstream.cancel(false);
            }
        });
        return result;
    }

    private static boolean anythingToFix(Analysis analysis) {
        return analysis.findings().stream().anyMatch(f -> FixAll.chosen(f, false).isPresent());
    }

    /**
     * The document after all safe fixes, remembered per snapshot: a client may ask again for the
     * same version (on save after a cursor move), and fix-all re-analyses the text at least once.
     */
    private String fixAll(Analysis analysis, Settings current, AtomicBoolean cancelled) {
        if (cancelled.get()) {
            throw new CancellationException("the client cancelled the request");
        }
        FixAllResult cached = lastFixAll.get(analysis.document().uri());
        if (cached != null && cached.document() == analysis.document() && cached.settings() == current) {
            return cached.text();
        }
        String text = !anythingToFix(analysis) ? analysis.document().text() : analyzer.fixAll(analysis, current);
        lastFixAll.put(analysis.document().uri(), new FixAllResult(analysis.document(), current, text));
        return text;
    }

    private record FixAllResult(OpenDocument document, Settings settings, String text) {
    }

    CompletableFuture<Hover> hover(String uri, Position position) {
        Optional<OpenDocument> document = store.get(uri);
        if (document.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        int offset = document.get().lines().offset(position, features.encoding());
        CompletableFuture<Analysis> analysis = scheduler.analysisOf(document.get());
        return cancelling(analysis.thenApply(a -> hover.at(a, offset).orElse(null)), analysis);
    }

    // ---- what captureguard/fileInfo reads ----

    Optional<OpenDocument> document(String uri) {
        return store.get(uri);
    }

    /** The Go version the analysis applies to the document under the current settings. */
    LanguageVersion goVersionOf(OpenDocument document) {
        return goVersions.of(GoFiles.path(document.uri()), document.text(), settings.goVersion());
    }

    // ---- settings ----

    void configurationChanged(Object value) {
        if (value instanceof com.google.gson.JsonObject object && object.has(SECTION)) {
            applySettings(object.get(SECTION));
        } else if (features.configuration()) {
            requestConfiguration(); // VS Code sends nothing useful here: pull the section
        } else if (value instanceof com.google.gson.JsonObject object && !object.isEmpty()) {
            applySettings(object);
        }
    }

    private void requestConfiguration() {
        ConfigurationItem item = new ConfigurationItem();
        item.setSection(SECTION);
        client.configuration(new ConfigurationParams(List.of(item))).whenComplete((values, error) -> {
            if (error != null) {
                log(MessageType.Warning, "workspace/configuration failed: " + error.getMessage());
            } else if (values != null && !values.isEmpty() && values.get(0) != null
                    && !(values.get(0) instanceof com.google.gson.JsonNull)) {
                applySettings(values.get(0));
            }
        });
    }

    private void applySettings(Object value) {
        Settings before = settings;
        settings = read(value);
        if (settings.equals(before)) {
            return;
        }
        scheduler.invalidateAll();
        for (OpenDocument document : store.all()) {
            if (!settings.enable() && !features.pullDiagnostics()) {
                client.publishDiagnostics(new PublishDiagnosticsParams(document.uri(), List.of()));
            }
            analyze(document.uri(), 0);
        }
        refreshPulledDiagnostics();
    }

    private Settings read(Object value) {
        SettingsReader reader = new SettingsReader();
        Settings result = reader.read(value);
        for (String problem : reader.problems()) {
            log(MessageType.Warning, "captureguard settings: " + problem);
        }
        return result;
    }

    void log(MessageType type, String message) {
        LOG.log(type == MessageType.Error ? Level.WARNING : Level.FINE, message);
        if (client != null) {
            client.logMessage(new MessageParams(type, message));
        }
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
