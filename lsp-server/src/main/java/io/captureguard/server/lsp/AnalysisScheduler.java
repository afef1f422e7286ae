package io.captureguard.server.lsp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs analyses off the protocol thread. Each document has at most one pending analysis: a new
 * edit cancels the one still waiting out its debounce, and a result computed from a snapshot
 * that is no longer current is dropped, so a client only ever receives diagnostics for the
 * version it has. One worker thread: the machine has two cores and the protocol thread needs one.
 */
final class AnalysisScheduler implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AnalysisScheduler.class.getName());

    private final DocumentStore store;
    private final DocumentAnalyzer analyzer;
    private final Supplier<Settings> settings;
    private final Consumer<Analysis> onResult;
    private final ScheduledExecutorService worker;
    private final Map<String, Future<?>> pending = new ConcurrentHashMap<>();
    private final Map<String, Analysis> latest = new ConcurrentHashMap<>();
    /** Requests waiting for the scheduled analysis of a snapshot (keys compare by identity). */
    private final Map<OpenDocument, CompletableFuture<Analysis>> waiting = new ConcurrentHashMap<>();
    /** The snapshot each document's last run analysed; guarded by {@code waiting}. */
    private final Map<String, OpenDocument> finished = new ConcurrentHashMap<>();

    AnalysisScheduler(DocumentStore store, DocumentAnalyzer analyzer, Supplier<Settings> settings,
                      Consumer<Analysis> onResult) {
        this.store = store;
        this.analyzer = analyzer;
        this.settings = settings;
        this.onResult = onResult;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            // Deep syntax trees need a deep stack, whatever -Xss the editor's command line gave.
            Thread t = new Thread(null, r, "captureguard-analysis", 16L << 20);
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true); // a burst of edits must not pile up cancelled tasks
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.worker = executor;
    }

    /** Analyses the document's current text after {@code delayMs}, replacing any analysis still waiting. */
    void schedule(String uri, long delayMs) {
        pending.compute(uri, (key, previous) -> {
            if (previous != null) {
                previous.cancel(false);
            }
            return worker.schedule(() -> run(key), delayMs, TimeUnit.MILLISECONDS);
        });
    }

    /** Forgets a closed document: nothing pending runs, nothing cached stays. */
    void forget(String uri) {
        Future<?> previous = pending.remove(uri);
        if (previous != null) {
            previous.cancel(false);
        }
        latest.remove(uri);
        analyzer.forget(uri);
        // closed: nothing to say about it any more
        takeWaiting(uri, null).forEach(e -> e.getValue().complete(new Analysis(e.getKey(), List.of(), "")));
    }

    /** Drops the cached result of one document (its package or go.mod changed). */
    void invalidate(String uri) {
        latest.remove(uri);
    }

    /** Drops every cached result (settings changed: the same text may now give other findings). */
    void invalidateAll() {
        latest.clear();
    }

    /**
     * The analysis of exactly this snapshot: the cached one when it is current, else computed on
     * the worker (never on the caller's thread, which is the protocol's).
     */
    CompletableFuture<Analysis> analysisOf(OpenDocument document) {
        Analysis cached = latest.get(document.uri());
        if (cached != null && cached.document() == document) {
            return CompletableFuture.completedFuture(cached);
        }
        Future<?> scheduled = pending.get(document.uri());
        if (scheduled != null && !scheduled.isDone() && store.get(document.uri()).orElse(null) == document) {
            synchronized (waiting) {
                if (finished.get(document.uri()) != document) {
                    // The analysis of this very text is on its way: wait for it rather than run it twice.
                    return waiting.computeIfAbsent(document, d -> new CompletableFuture<>());
                }
            }
        }
        return CompletableFuture.supplyAsync(() -> {
            Analysis again = latest.get(document.uri());
            if (again != null && again.document() == document) {
                return again;
            }
            Analysis fresh = analyzer.analyze(document, settings.get());
            if (store.get(document.uri()).orElse(null) == document) {
                latest.put(document.uri(), fresh); // clients that pull ask again for the same text
            }
            return fresh;
        }, worker);
    }

    void execute(Runnable task) {
        worker.execute(task);
    }

    private void run(String uri) {
        Optional<OpenDocument> document = store.get(uri);
        if (document.isEmpty()) {
            return;
        }
        Analysis analysis;
        try {
            analysis = analyzer.analyze(document.get(), settings.get(),
                    () -> store.get(uri).orElse(null) != document.get());
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            // A rule's bug must not end the worker silently (an executor swallows what escapes).
            LOG.log(Level.SEVERE, "analysis of " + uri + " failed", e);
            analysis = new Analysis(document.get(), List.of(), "");
        }
        answerWaiting(uri, document.get(), analysis);
        if (analysis == null || store.get(uri).orElse(null) != document.get()) {
            return; // superseded while we worked: its own analysis is scheduled
        }
        latest.put(uri, analysis);
        onResult.accept(analysis);
    }

    /**
     * Requests waiting for this snapshot get its analysis; those waiting for an older snapshot of
     * the document (edited since) get theirs computed now, as the schedule will not reach them.
     */
    private void answerWaiting(String uri, OpenDocument analysed, Analysis analysis) {
        for (Map.Entry<OpenDocument, CompletableFuture<Analysis>> entry : takeWaiting(uri, analysed)) {
            OpenDocument document = entry.getKey();
            try {
                entry.getValue().complete(document == analysed && analysis != null
                        ? analysis : analyzer.analyze(document, settings.get()));
            } catch (RuntimeException e) {
                entry.getValue().completeExceptionally(e);
            }
        }
    }

    /**
     * Records {@code analysed} (null: nothing, the document closed) as the document's last run and
     * takes the requests waiting for any of its snapshots, to be answered outside the lock.
     */
    private List<Map.Entry<OpenDocument, CompletableFuture<Analysis>>> takeWaiting(String uri, OpenDocument analysed) {
        List<Map.Entry<OpenDocument, CompletableFuture<Analysis>>> due = new java.util.ArrayList<>();
        synchronized (waiting) {
            if (analysed == null) {
                finished.remove(uri);
            } else {
                finished.put(uri, analysed);
            }
            for (OpenDocument document : List.copyOf(waiting.keySet())) {
                if (document.uri().equals(uri)) {
                    due.add(Map.entry(document, waiting.remove(document)));
                }
            }
        }
        return due;
    }

    @Override
    public void close() {
        // Not shutdownNow: interrupting a thread that is writing to the client can close the stream.
        worker.shutdown();
    }
}
