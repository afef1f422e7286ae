package io.captureguard.parser.version;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * How {@link ModuleLocator} sees {@code go.mod} files: the seam that lets tests (and a language
 * server holding unsaved buffers) supply files without touching the disk.
 */
public interface GoModFiles {

    /** The stamp of a regular file at {@code path}, or empty when there is none (or it cannot be seen). */
    Optional<FileStamp> stamp(Path path);

    /** The file's text, decoded as UTF-8. */
    String read(Path path) throws IOException;

    /** The real file system. */
    static GoModFiles onDisk() {
        return new GoModFiles() {
            @Override
            public Optional<FileStamp> stamp(Path path) {
                try {
                    // One stat call answers "exists?", "regular file?", mtime and size together.
                    BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
                    return a.isRegularFile()
                            ? Optional.of(new FileStamp(a.lastModifiedTime(), a.size()))
                            : Optional.empty();
                } catch (IOException | SecurityException e) {
                    return Optional.empty();
                }
            }

            @Override
            public String read(Path path) throws IOException {
                // Not Files.readString: it throws on malformed UTF-8, and a go.mod full of
                // garbage must still parse (with problems) rather than vanish.
                return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            }
        };
    }
}
