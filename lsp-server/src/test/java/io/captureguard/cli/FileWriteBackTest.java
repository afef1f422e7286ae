package io.captureguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWriteBackTest {
    @TempDir
    Path tmp;

    @Test
    void replacesTheFileKeepingItsModeAndLeavesNoTemporaryFile() throws IOException {
        Path file = tmp.resolve("a.go");
        Files.writeString(file, "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
        FileWriteBack.write(file, "old\n".getBytes(StandardCharsets.UTF_8), "new\n");
        assertEquals("new\n", Files.readString(file));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var list = Files.list(tmp)) {
            assertEquals(1, list.count());
        }
    }

    @Test
    void refusesAFileThatChangedSinceItWasRead() throws IOException {
        Path file = tmp.resolve("a.go");
        Files.writeString(file, "saved by an editor meanwhile\n");
        IOException e = assertThrows(FileWriteBack.ChangedSinceRead.class,
                () -> FileWriteBack.write(file, "old\n".getBytes(StandardCharsets.UTF_8), "new\n"));
        assertTrue(e.getMessage().contains("changed since it was read"), e.getMessage());
        assertEquals("saved by an editor meanwhile\n", Files.readString(file));
    }

    @Test
    void aSymlinkStaysASymlinkAndItsTargetIsFixed() throws IOException {
        Path target = tmp.resolve("real.go");
        Files.writeString(target, "old\n");
        Path link = Files.createSymbolicLink(tmp.resolve("link.go"), target);
        FileWriteBack.write(link, "old\n".getBytes(StandardCharsets.UTF_8), "new\n");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(target));
    }
}
