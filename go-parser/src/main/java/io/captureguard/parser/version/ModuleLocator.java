package io.captureguard.parser.version;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@code go.mod} of the module a Go file belongs to: the nearest one in the file's
 * directory or above, as the go command does.
 *
 * <p>A language server asks on every keystroke, so parsed files are cached per directory and
 * re-read only when their {@link FileStamp} changes. Each call still stats the candidate paths,
 * which is what lets a newly created, edited or deleted {@code go.mod} take effect at once.
 * Safe for concurrent use.
 */
public final class ModuleLocator {

    private record Cached(FileStamp stamp, LocatedGoMod goMod) {
    }

    private static final String GO_MOD = "go.mod";

    private final GoModFiles files;
    private final Map<Path, Cached> byDirectory = new ConcurrentHashMap<>();

    public ModuleLocator(GoModFiles files) {
        this.files = Objects.requireNonNull(files);
    }

    /** A locator over the real file system. */
    public static ModuleLocator onDisk() {
        return new ModuleLocator(GoModFiles.onDisk());
    }

    /**
     * The nearest enclosing {@code go.mod} of a Go file.
     *
     * @param goFile path of a {@code .go} file (it need not exist: unsaved buffers have paths too)
     * @return empty when no directory above the file holds a {@code go.mod}
     */
    public Optional<LocatedGoMod> nearest(Path goFile) {
        for (Path dir = goFile.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            Optional<LocatedGoMod> found = in(dir);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<LocatedGoMod> in(Path dir) {
        Path goMod = dir.resolve(GO_MOD);
        Optional<FileStamp> stamp = files.stamp(goMod);
        if (stamp.isEmpty()) {
            byDirectory.remove(dir);
            return Optional.empty();
        }
        Cached cached = byDirectory.get(dir);
        if (cached != null && cached.stamp().equals(stamp.get())) {
            return Optional.of(cached.goMod());
        }
        // Stamp first, read second: a write in between leaves a stale stamp, so the next call
        // re-reads rather than trusting old text forever.
        LocatedGoMod parsed = new LocatedGoMod(goMod, read(goMod));
        byDirectory.put(dir, new Cached(stamp.get(), parsed));
        return Optional.of(parsed);
    }

    private GoMod read(Path goMod) {
        try {
            return GoMod.parse(files.read(goMod));
        } catch (IOException e) {
            return GoMod.unreadable("cannot read go.mod: " + e.getMessage());
        }
    }
}
