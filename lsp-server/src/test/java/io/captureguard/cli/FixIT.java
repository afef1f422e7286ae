package io.captureguard.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --fix}, {@code fix} and {@code --diff} on copies of a Go module, from the jar run as a
 * process: the diff is a real patch of exactly what --fix writes, fixes remove their findings,
 * fixing twice changes nothing, and files keep their line endings and mode.
 */
class FixIT {
    @TempDir
    Path tmp;

    @Test
    void diffShowsExactlyWhatFixWritesAndWritesNothing() throws IOException {
        Path diffed = Cli.copyOf("module", tmp.resolve("diffed"));
        Path fixed = Cli.copyOf("module", tmp.resolve("fixed"));
        byte[] before = Files.readAllBytes(diffed.resolve("capture.go"));

        Cli.Run diff = Cli.run(diffed, "check", "--diff", "--select", "loopvar-capture", "capture.go", "unicode.go");
        assertEquals(1, diff.exitCode(), "a diff to apply is something to act on: " + diff);
        assertTrue(diff.out().startsWith("--- a/capture.go\n+++ b/capture.go\n@@ "), diff.toString());
        assertTrue(diff.out().contains("--- a/unicode.go\n+++ b/unicode.go\n@@ "), diff.toString());
        assertArrayEquals(before, Files.readAllBytes(diffed.resolve("capture.go")), "--diff writes nothing");

        Cli.Run fix = Cli.run(fixed, "check", "--fix", "--select", "loopvar-capture", "capture.go", "unicode.go");
        assertEquals(0, fix.exitCode(), "nothing left after fixing: " + fix);
        assertEquals("", fix.out());
        assertTrue(fix.err().contains("fixes applied in 2 files"), fix.err());
        assertNotEquals(new String(before), Files.readString(fixed.resolve("capture.go")));

        // The diff, applied by git, turns the untouched copy into the fixed one.
        Path patch = tmp.resolve("fix.patch");
        Files.writeString(patch, diff.out());
        Cli.Run apply = Cli.exec(diffed, List.of("git", "apply", patch.toString()));
        assertEquals(0, apply.exitCode(), apply.toString());
        for (String file : List.of("capture.go", "unicode.go")) {
            assertEquals(Files.readString(fixed.resolve(file)), Files.readString(diffed.resolve(file)), file);
        }
    }

    @Test
    void fixedCodeParsesHasNoFindingLeftAndFixingAgainChangesNothing() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        Cli.Run first = Cli.run(module, "fix", "--select", "loopvar-capture", "capture.go");
        assertEquals(0, first.exitCode(), first.toString());
        String once = Files.readString(module.resolve("capture.go"));

        Cli.Run check = Cli.run(module, "check", "capture.go");
        assertFalse(check.out().contains("syntax error"), check.toString());
        assertFalse(check.out().contains("(loopvar-capture)"), check.toString());

        Cli.Run second = Cli.run(module, "fix", "--select", "loopvar-capture", "capture.go");
        assertEquals(0, second.exitCode(), second.toString());
        assertTrue(second.err().contains("0 fixes applied in 0 files"), second.err());
        assertEquals(once, Files.readString(module.resolve("capture.go")));
    }

    @Test
    void aFileThatIsNotUtf8IsCheckedButNeverRewritten() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        byte[] latin1 = Files.readString(module.resolve("capture.go"))
                .replace("// Print starts", "// Caf\u00e9: Print starts").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(module.resolve("capture.go"), latin1);
        Cli.Run check = Cli.run(module, "check", "capture.go");
        assertEquals(1, check.exitCode(), check.toString());
        assertTrue(check.out().startsWith("capture.go:9:16: "), check.toString());
        Cli.Run fix = Cli.run(module, "fix", "capture.go");
        assertEquals(2, fix.exitCode(), fix.toString());
        assertTrue(fix.err().contains("capture.go: not valid UTF-8, so not fixed"), fix.err());
        assertArrayEquals(latin1, Files.readAllBytes(module.resolve("capture.go")));
    }

    @Test
    void unsafeFixesAreAppliedOnlyWhenAskedFor() throws IOException {
        Path module = Cli.copyOf("unsafe", tmp);
        String before = Files.readString(module.resolve("late.go"));
        Cli.Run safeOnly = Cli.run(module, "fix", ".");
        assertEquals(1, safeOnly.exitCode(), "the late-binding finding stays: its fix is unsafe: " + safeOnly);
        assertTrue(safeOnly.out().startsWith("late.go:6:21: ") && safeOnly.out().endsWith("(late-binding)\n"), safeOnly.toString());
        assertEquals(before, Files.readString(module.resolve("late.go")));

        Cli.Run diff = Cli.run(module, "check", "--diff", "--unsafe-fixes", ".");
        assertEquals(1, diff.exitCode(), diff.toString());
        assertTrue(diff.out().startsWith("--- a/late.go\n"), diff.toString());
        assertEquals(before, Files.readString(module.resolve("late.go")));

        Cli.Run unsafe = Cli.run(module, "fix", "--unsafe-fixes", ".");
        assertEquals(0, unsafe.exitCode(), unsafe.toString());
        assertNotEquals(before, Files.readString(module.resolve("late.go")));
        assertEquals(0, Cli.run(module, "check", ".").exitCode(), "the finding is gone");
    }

    @Test
    void aCrlfFileKeepsCrlfAndItsModeAfterAFix() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        String lf = Files.readString(module.resolve("capture.go"));
        Path crlf = module.resolve("crlf.go");
        Files.writeString(crlf, lf.replace("\n", "\r\n").replace("func Print(", "func PrintCRLF("));
        Files.setPosixFilePermissions(crlf, PosixFilePermissions.fromString("rw-r-----"));

        Cli.Run run = Cli.run(module, "fix", "--select", "loopvar-capture", "capture.go", "crlf.go");
        assertEquals(0, run.exitCode(), run.toString());
        String fixedCrlf = Files.readString(crlf);
        assertNotEquals(lf.replace("\n", "\r\n").replace("func Print(", "func PrintCRLF("), fixedCrlf, "fixed");
        assertFalse(fixedCrlf.replace("\r\n", "").contains("\n"), "every line break is still CRLF:\n" + fixedCrlf);
        assertEquals(Files.readString(module.resolve("capture.go")).replace("func Print(", "func PrintCRLF("),
                fixedCrlf.replace("\r\n", "\n"), "the same fix as in the LF file");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(crlf)));
        try (var left = Files.list(module)) {
            assertEquals(List.of(), left.filter(p -> p.toString().endsWith("-tmp")).toList(), "no temporary file left");
        }
    }
}
