package io.captureguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our diffs are judged by git: applied with {@code git apply}, each must give the new text exactly. */
class UnifiedDiffTest {
    @TempDir
    Path tmp;

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("a/x", "b/x", "same\n", "same\n"));
    }

    @Test
    void anInsertedLineWithContextAsDiffPrintsIt() {
        String before = "a\nb\nc\nd\ne\nf\ng\n";
        String after = "a\nb\nc\nd\nX\ne\nf\ng\n";
        assertEquals("--- a/x.go\n+++ b/x.go\n@@ -2,6 +2,7 @@\n b\n c\n d\n+X\n e\n f\n g\n",
                UnifiedDiff.of("a/x.go", "b/x.go", before, after));
    }

    @Test
    void randomEditsApplyCleanlyWithGit() throws IOException, InterruptedException {
        Random random = new Random(6);
        for (int round = 0; round < 60; round++) {
            List<String> lines = new ArrayList<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                lines.add("line " + random.nextInt(12)); // repeated lines make matching ambiguous
            }
            String before = String.join("\n", lines) + (random.nextBoolean() || n == 0 ? "\n" : "");
            List<String> edited = new ArrayList<>(lines);
            for (int e = random.nextInt(6); e > 0; e--) {
                int at = edited.isEmpty() ? 0 : random.nextInt(edited.size());
                switch (random.nextInt(3)) {
                    case 0 -> edited.add(at, "new " + random.nextInt(5));
                    case 1 -> {
                        if (!edited.isEmpty()) {
                            edited.remove(at);
                        }
                    }
                    default -> {
                        if (!edited.isEmpty()) {
                            edited.set(at, "changed " + random.nextInt(5));
                        }
                    }
                }
            }
            String after = String.join("\n", edited) + (random.nextBoolean() || edited.isEmpty() ? "\n" : "");
            if (before.equals(after)) {
                continue;
            }
            Path dir = Files.createDirectories(tmp.resolve("r" + round));
            Files.writeString(dir.resolve("f.txt"), before);
            Files.writeString(dir.resolve("p.diff"), UnifiedDiff.of("a/f.txt", "b/f.txt", before, after));
            Process git = new ProcessBuilder("git", "apply", "p.diff").directory(dir.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes());
            assertEquals(0, git.waitFor(), "round " + round + ": " + output + "\n" + Files.readString(dir.resolve("p.diff")));
            assertEquals(after, Files.readString(dir.resolve("f.txt")), "round " + round);
        }
    }
}
