package io.captureguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Fix;
import io.captureguard.fixes.Location;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Safety;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.TextEdit;
import io.captureguard.parser.SyntaxError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
    @TempDir
    Path tmp;

    private static final String KEY = "ab".repeat(32);
    private static final ResultCache.Entry ENTRY = new ResultCache.Entry(List.of(new Finding(new RuleId("loopvar-capture"),
            "`job` — ünïcode", 10, 13, Severity.WARNING, List.of(new Location(1, 2, "the loop")),
            List.of(new Fix("Copy `job`", Safety.SAFE, List.of(new TextEdit(5, 5, "\t\tjob := job\n")), true),
                    new Fix("Pass it", Safety.UNSAFE, List.of(), false)))),
            List.of(new SyntaxError(3, 1, 4, "unexpected '}'")));

    @Test
    void anEntryReadsBackAsItWasWritten() throws IOException {
        assertEquals(Optional.of(ENTRY), ResultCache.decode(KEY, ResultCache.encode(KEY, ENTRY)));
    }

    @Test
    void anythingButAWholeEntryOfThisKeyIsNone() throws IOException {
        byte[] bytes = ResultCache.encode(KEY, ENTRY);
        for (int n = 0; n < bytes.length; n++) {
            assertEquals(Optional.empty(), ResultCache.decode(KEY, Arrays.copyOf(bytes, n)), "cut at " + n);
        }
        assertEquals(Optional.empty(), ResultCache.decode("cd".repeat(32), bytes));
        for (int i = 0; i < bytes.length; i++) {
            byte[] flipped = bytes.clone();
            flipped[i] ^= 1;
            assertEquals(Optional.empty(), ResultCache.decode(KEY, flipped), "bit flipped at " + i);
        }
    }

    @Test
    void everyPartOfTheKeyChangesIt() {
        ResultCache cache = new ResultCache(tmp, 1 << 20, "build-1");
        byte[] file = ResultCache.sha256(new byte[] {1});
        byte[] pkg = ResultCache.sha256(new byte[] {2});
        String key = cache.keyOf("a.go", file, pkg, "1.21", "rules=a");
        assertEquals(key, cache.keyOf("a.go", file.clone(), pkg.clone(), "1.21", "rules=a"));
        assertNotEquals(key, new ResultCache(tmp, 1 << 20, "build-2").keyOf("a.go", file, pkg, "1.21", "rules=a"));
        assertNotEquals(key, cache.keyOf("b.go", file, pkg, "1.21", "rules=a"));
        assertNotEquals(key, cache.keyOf("a.go", pkg, pkg, "1.21", "rules=a"));
        assertNotEquals(key, cache.keyOf("a.go", file, file, "1.21", "rules=a"));
        assertNotEquals(key, cache.keyOf("a.go", file, pkg, "1.22", "rules=a"));
        assertNotEquals(key, cache.keyOf("a.go", file, pkg, "1.21", "rules=b"));
        assertTrue(key.matches("[0-9a-f]{64}"), key);
    }

    @Test
    void aMissIsWrittenAndThenAHit() {
        ResultCache cache = new ResultCache(tmp, 1 << 20, "build");
        assertEquals(Optional.empty(), cache.get(KEY));
        cache.put(KEY, ENTRY);
        assertEquals(Optional.of(ENTRY), cache.get(KEY));
        assertEquals(1, cache.hits());
        assertEquals(1, cache.misses());
    }
}
