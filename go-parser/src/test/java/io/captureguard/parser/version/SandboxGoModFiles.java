package io.captureguard.parser.version;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real disk, but blind above a sandbox directory: a stray go.mod in /tmp or / cannot leak
 * into "no module" tests. Counts reads so tests can see the cache at work.
 */
final class SandboxGoModFiles implements GoModFiles {
    private final Path root;
    private final GoModFiles disk = GoModFiles.onDisk();
    final AtomicInteger reads = new AtomicInteger();

    SandboxGoModFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<FileStamp> stamp(Path path) {
        return path.startsWith(root) ? disk.stamp(path) : Optional.empty();
    }

    @Override
    public String read(Path path) throws IOException {
        reads.incrementAndGet();
        return disk.read(path);
    }
}
