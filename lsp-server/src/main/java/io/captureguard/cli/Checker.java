package io.captureguard.cli;

import io.captureguard.parser.version.FileGoVersion;
import io.captureguard.parser.version.ModuleLocator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Checks many files on all cores. The unit of work is a directory (a Go package), so that each
 * package index is built once and dropped when its package is done, which keeps memory flat on a
 * tree as large as the standard library.
 */
final class Checker {
    /** Deeply nested Go needs deep stacks in the parser; worker threads get theirs regardless of -Xss. */
    private static final long STACK_BYTES = 64L << 20;

    private final CheckOptions options;
    private final Progress progress;
    private final Consumer<Path> beforeAnalysis;
    private final ResultCache cache;

    /** @param cache where answers are kept between runs, or null */
    Checker(CheckOptions options, Progress progress, ResultCache cache, Consumer<Path> beforeAnalysis) {
        this.options = options;
        this.cache = cache;
        this.progress = progress;
        this.beforeAnalysis = beforeAnalysis;
    }

    /** The results in the order of {@code files}. */
    List<FileResult> check(List<SourceFiles.Source> files) throws InterruptedException {
        Map<Path, List<SourceFiles.Source>> byDirectory = new LinkedHashMap<>();
        for (SourceFiles.Source s : files) {
            Path dir = s.path().toAbsolutePath().normalize().getParent();
            byDirectory.computeIfAbsent(dir, d -> new ArrayList<>()).add(s);
        }
        // Biggest packages first, so that no core is left with a big one at the end.
        List<Map.Entry<Path, List<SourceFiles.Source>>> work = new ArrayList<>(byDirectory.entrySet());
        work.sort(Comparator.comparingInt((Map.Entry<Path, List<SourceFiles.Source>> e) -> e.getValue().size()).reversed());

        PackageCheck packages = new PackageCheck(options, new FileGoVersion(ModuleLocator.onDisk()), cache, beforeAnalysis);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.jobs(), Math.max(1, work.size())),
                r -> {
                    Thread t = new Thread(null, r, "check-" + threads.incrementAndGet(), STACK_BYTES);
                    t.setDaemon(true);
                    return t;
                });
        progress.start(files.size());
        try {
            List<Future<List<FileResult>>> futures = new ArrayList<>();
            for (Map.Entry<Path, List<SourceFiles.Source>> e : work) {
                futures.add(pool.submit(() -> {
                    List<FileResult> done = packages.run(e.getKey(), e.getValue());
                    progress.advance(done.size());
                    return done;
                }));
            }
            Map<Path, FileResult> byPath = new LinkedHashMap<>();
            for (Future<List<FileResult>> f : futures) {
                for (FileResult r : f.get()) {
                    byPath.put(r.path(), r);
                }
            }
            List<FileResult> ordered = new ArrayList<>();
            for (SourceFiles.Source s : files) {
                ordered.add(byPath.get(s.path()));
            }
            return ordered;
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking failed", e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }
}
