package io.captureguard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/**
 * Writes a fixed file the way an editor saves: the new text goes to a temporary file beside the
 * original, which then replaces it in one rename, so a crash or a full disk never leaves half a
 * file. The original's permissions are kept. A file whose bytes changed since we read them (an
 * editor saved, a formatter ran) is left alone: writing would throw that change away.
 */
final class FileWriteBack {
    private FileWriteBack() {
    }

    /** Thrown when the file is not what was read any more. */
    static final class ChangedSinceRead extends IOException {
        ChangedSinceRead(Path file) {
            super(file + " changed since it was read");
        }
    }

    static void write(Path link, byte[] expected, String text) throws IOException {
        Path file = link.toRealPath(); // a symlink stays a symlink: its target is what gets fixed
        byte[] current = Files.readAllBytes(file);
        if (!Arrays.equals(current, expected)) {
            throw new ChangedSinceRead(link);
        }
        Path dir = file.getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".captureguard-tmp");
        try {
            Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
