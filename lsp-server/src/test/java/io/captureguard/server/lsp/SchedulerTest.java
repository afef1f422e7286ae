package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Debounce, superseded analyses, and diagnostics only for the version they describe. */
class SchedulerTest {
    private static final String PUBLISH = "textDocument/publishDiagnostics";

    @Test
    void aBurstOfEditsIsAnalysedOnceForItsLastVersion(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir, Messages.fullCapabilities(),
                Messages.json("{\"debounceMs\": 1000}"), GoModule.HAZARD)) {
            h.published(1);
            // 1,000 one-character edits typed into a comment at the end of the file
            for (int v = 2; v <= 1001; v++) {
                h.wire.notify("textDocument/didChange", Messages.didChange(h.uri, v,
                        Messages.range(9, v - 2, 9, v - 2), v == 2 ? "/" : v == 3 ? "/" : "x"));
            }
            JsonObject last = h.wire.diagnostics(h.uri, 1001);
            assertEquals(1, Diagnostics.of(last.getAsJsonObject("params").getAsJsonArray("diagnostics"),
                    "loopvar-capture").size());
            List<JsonObject> publishes = h.wire.all(m -> PUBLISH.equals(WireClient.text(m, "method")));
            assertTrue(publishes.size() <= 3, "debounced: " + publishes.size() + " publications");
        }
    }

    @Test
    void diagnosticsAreNeverPublishedForAVersionOlderThanOneAlreadyPublished(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir, Messages.fullCapabilities(),
                Messages.json("{\"debounceMs\": 0}"), GoModule.HAZARD)) {
            for (int v = 2; v <= 200; v++) {
                h.wire.notify("textDocument/didChange", Messages.didChange(h.uri, v,
                        Messages.range(9, 0, 9, 0), v == 2 ? "//" : "y"));
            }
            h.wire.diagnostics(h.uri, 200);
            int previous = 0;
            for (JsonObject m : h.wire.all(m -> PUBLISH.equals(WireClient.text(m, "method")))) {
                int version = m.getAsJsonObject("params").get("version").getAsInt();
                assertTrue(version > previous, "published " + version + " after " + previous);
                previous = version;
            }
            assertEquals(200, previous);
        }
    }

    @Test
    void aDiagnosticMovesWithTheEditThatMovedItsCode(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            h.wire.notify("textDocument/didChange", Messages.didChange(h.uri, 2, Messages.range(4, 0, 4, 0),
                    "// a new line above main\n"));
            JsonObject d = Diagnostics.only(h.published(2), "loopvar-capture");
            assertEquals(GoModule.HAZARD_LINE + 1,
                    d.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
        }
    }
}
