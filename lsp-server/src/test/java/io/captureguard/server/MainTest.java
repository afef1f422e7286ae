package io.captureguard.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void parseReportsSyntaxErrorsWithByteColumnsLikeTheGoTools(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ok.go"), "package p\n\nfunc f() {}\n");
        Files.writeString(dir.resolve("bad.go"), "package p\n\n// é\nvar s = \"é\" +\n");
        Files.writeString(dir.resolve("cols.go"), "package p\n\nvar é = \"é\" ; var x = )\n");
        assertEquals(1, run("parse", dir.toString()));
        String report = out.toString(StandardCharsets.UTF_8);
        // Columns count UTF-8 bytes, as the Go tools do: "var é = "é" ; var x = " is 24 bytes, 22 chars.
        assertEquals(dir.resolve("bad.go") + ":5:1: unexpected end of file, expected expression\n"
                + dir.resolve("cols.go") + ":3:25: unexpected ')', expected expression\n", report);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("3 files read, 2 with syntax errors"));
    }

    @Test
    void cleanFilesExitZero(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ok.go"), "package p\n\nfunc f() {}\n");
        assertEquals(0, run("parse", dir + "/..."));
    }

    @Test
    void aMissingPathIsAUsageError() {
        assertEquals(2, run("parse", "/no/such/place"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file or directory"));
    }

    @Test
    void unknownCommandsAreUsageErrors() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
    }
}
