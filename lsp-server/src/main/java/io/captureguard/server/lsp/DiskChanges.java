package io.captureguard.server.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * For clients that do not watch files for us (Neovim 0.7–0.10, Eglot): which files of the open
 * packages, and which go.mod files above them, changed on disk since the last look. A look costs
 * one directory listing and a few stats per open package, and is taken at most once a second.
 */
final class DiskChanges {
    private static final long MIN_INTERVAL_NANOS = 1_000_000_000L;
    private final Map<Path, Long> seen = new HashMap<>();
    private final Set<Path> knownDirectories = new HashSet<>();
    private long lastLook = Long.MIN_VALUE;

    /** Whether it is time for another look (cheap; call on every document event). */
    synchronized boolean due(long nowNanos) {
        if (lastLook != Long.MIN_VALUE && nowNanos - lastLook < MIN_INTERVAL_NANOS) {
            return false;
        }
        lastLook = nowNanos;
        return true;
    }

    /**
     * The files among the .go files of {@code directories} and the go.mod files of them and their
     * parents that changed, appeared or vanished since the previous call. A directory looked at
     * for the first time only records what is there.
     */
    synchronized Set<Path> changed(Set<Path> directories) {
        Map<Path, Long> now = new HashMap<>();
        for (Path dir : directories) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".go")).forEach(p -> now.put(p, modified(p)));
            } catch (IOException | RuntimeException e) {
                // a directory that went away: its files count as vanished below
            }
            for (Path d = dir; d != null; d = d.getParent()) {
                Path goMod = d.resolve("go.mod");
                now.put(goMod, modified(goMod));
            }
        }
        Set<Path> changed = new HashSet<>();
        for (Map.Entry<Path, Long> entry : now.entrySet()) {
            Long before = seen.get(entry.getKey());
            boolean appeared = before == null && knownDirectories.contains(entry.getKey().getParent())
                    && entry.getKey().toString().endsWith(".go");
            if (appeared || (before != null && !before.equals(entry.getValue()))) {
                changed.add(entry.getKey());
            }
        }
        for (Path old : seen.keySet()) {
            if (!now.containsKey(old) && directories.contains(old.getParent())) {
                changed.add(old);
            }
        }
        seen.keySet().removeIf(p -> directories.contains(p.getParent()));
        seen.putAll(now);
        knownDirectories.addAll(directories);
        return changed;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1; // absent
        }
    }
}
