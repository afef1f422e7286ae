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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs analyses off the protocol thread. Each document has at most one analysis waiting to run:
 * with no debounce an edit analyses at once when the worker is free, and edits that arrive while
 * the document is queued or being analysed just leave the queued run to read the latest text when
 * it starts (one run of the latest snapshot after the current one, however long the burst); with
 * a debounce a new edit restarts the wait. A running analysis of a superseded snapshot stops at
 * its next check, and a result computed from a snapshot that is no longer current is dropped, so
 * a client only ever receives diagnostics for the version it has. Requests whose client gave up
 * (cancelled) are not computed. One worker thread: the machine has two cores and the protocol
 * thread needs one.
 */
final class AnalysisScheduler implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AnalysisScheduler.class.getName());

    private final DocumentStore store;
    private final DocumentAnalyzer analyzer;
    private final Supplier<Settings> settings;
    private final Consumer<Analysis> onResult;
    private final ScheduledExecutorService worker;
    private final Map<String, Queued> pending = new ConcurrentHashMap<>();
    private final Map<String, Analysis> latest = new ConcurrentHashMap<>();
    /** Requests waiting for the scheduled analysis of a snapshot (keys compare by identity), one future each. */
    private final Map<OpenDocument, List<CompletableFuture<Analysis>>> waiting = new ConcurrentHashMap<>();
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

    /** A run of one document's analysis on the worker; {@code started} once it has taken its snapshot. */
    private static final class Queued {
        final AtomicBoolean started = new AtomicBoolean();
        final boolean immediate;
        volatile Future<?> future;

        Queued(boolean immediate) {
            this.immediate = immediate;
        }

        /** Queued to run at once and not started: it will read whatever text is current then. */
        boolean coversNewEdits() {
            return immediate && !started.get() && !future.isDone();
        }
    }

    /**
     * Analyses the document's current text after {@code delayMs}. With no delay, a run already
     * queued and not yet started is kept (it reads the text when it starts, so it covers this
     * edit); with a delay, the wait starts again from this edit.
     */
    void schedule(String uri, long delayMs) {
        pending.compute(uri, (key, previous) -> {
            // Not a debounce's timer: an open's immediate run must not wait out a debounce.
            if (previous != null && delayMs <= 0 && previous.coversNewEdits()) {
                return previous;
            }
            if (previous != null) {
                previous.future.cancel(false); // a started run is not interrupted: it notices it is superseded
            }
            Queued next = new Queued(delayMs <= 0);
            next.future = worker.schedule(() -> run(key, next), Math.max(0, delayMs), TimeUnit.MILLISECONDS);
            return next;
        });
    }

    /** Forgets a closed document: nothing pending runs, nothing cached stays. */
    void forget(String uri) {
        Queued previous = pending.remove(uri);
        if (previous != null) {
            previous.future.cancel(false);
        }
        latest.remove(uri);
        analyzer.forget(uri);
        // closed: nothing to say about it any more
        takeWaiting(uri, null).forEach(e -> e.getValue().forEach(
                f -> f.complete(new Analysis(e.getKey(), List.of(), ""))));
    }

    /** Drops the cached result of one document (its package or go.mod changed). */
    void invalidate(String uri) {
        latest.remove(uri);
    }

    /** Drops every cached result (settings changed: the same text may now give other findings). */
    void invalidateAll() {
        latest.clear();
    }

    /** The analysis of this document's current snapshot if it is already made (the quick path of code actions). */
    Optional<Analysis> stored(OpenDocument document) {
        Analysis cached = latest.get(document.uri());
        return cached != null && cached.document() == document ? Optional.of(cached) : Optional.empty();
    }

    /**
     * The analysis of exactly this snapshot: the cached one when it is current, else computed on
     * the worker (never on the caller's thread, which is the protocol's). Each call gets a future
     * of its own: cancelling it (the client cancelled the request) spares the worker the analysis
     * of a snapshot nobody else waits for.
     */
    CompletableFuture<Analysis> analysisOf(OpenDocument document) {
        Optional<Analysis> cached = stored(document);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        Queued scheduled = pending.get(document.uri());
        if (scheduled != null && !scheduled.future.isDone() && store.get(document.uri()).orElse(null) == document) {
            synchronized (waiting) {
                if (finished.get(document.uri()) != document) {
                    // The analysis of this very text is on its way: wait for it rather than run it twice.
                    CompletableFuture<Analysis> mine = new CompletableFuture<>();
                    waiting.computeIfAbsent(document, d -> new java.util.ArrayList<>()).add(mine);
                    return mine;
                }
            }
        }
        CompletableFuture<Analysis> result = new CompletableFuture<>();
        worker.execute(() -> {
            if (result.isDone()) {
                return; // cancelled while queued
            }
            try {
                Analysis again = latest.get(document.uri());
                if (again != null && again.document() == document) {
                    result.complete(again);
                    return;
                }
                Analysis fresh = analyzer.analyze(document, settings.get());
                if (store.get(document.uri()).orElse(null) == document) {
                    latest.put(document.uri(), fresh); // clients that pull ask again for the same text
                }
                result.complete(fresh);
            } catch (RuntimeException | StackOverflowError e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    void execute(Runnable task) {
        worker.execute(task);
    }

    private void run(String uri, Queued self) {
        self.started.set(true); // from here on, a new edit queues another run
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
        for (Map.Entry<OpenDocument, List<CompletableFuture<Analysis>>> entry : takeWaiting(uri, analysed)) {
            OpenDocument document = entry.getKey();
            List<CompletableFuture<Analysis>> open = entry.getValue().stream().filter(f -> !f.isDone()).toList();
            if (open.isEmpty()) {
                continue; // every request for it was cancelled
            }
            try {
                Analysis answer = document == analysed && analysis != null
                        ? analysis : analyzer.analyze(document, settings.get());
                open.forEach(f -> f.complete(answer));
            } catch (RuntimeException e) {
                open.forEach(f -> f.completeExceptionally(e));
            }
        }
    }

    /**
     * Records {@code analysed} (null: nothing, the document closed) as the document's last run and
     * takes the requests waiting for any of its snapshots, to be answered outside the lock.
     */
    private List<Map.Entry<OpenDocument, List<CompletableFuture<Analysis>>>> takeWaiting(String uri,
                                                                                        OpenDocument analysed) {
        List<Map.Entry<OpenDocument, List<CompletableFuture<Analysis>>>> due = new java.util.ArrayList<>();
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
