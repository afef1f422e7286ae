package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.captureguard.fixes.RuleDocs;
import io.captureguard.fixes.rules.LoopvarCapture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoverTest {

    @Test
    void hoverOverAFlaggedNameShowsTheRulesDocumentation(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            JsonObject hover = h.wire.call("textDocument/hover",
                    Messages.hover(h.uri, GoModule.HAZARD_LINE, GoModule.HAZARD_CHARACTER)).getAsJsonObject("result");
            JsonObject contents = hover.getAsJsonObject("contents");
            assertEquals("markdown", contents.get("kind").getAsString());
            String page = RuleDocs.markdown(LoopvarCapture.ID).orElseThrow();
            assertTrue(contents.get("value").getAsString().contains(page.lines().findFirst().orElseThrow()),
                    contents.toString());
            assertTrue(contents.get("value").getAsString().endsWith("This file is read as Go 1.21 (from go.mod)."),
                    "the version decides what loop variables mean: " + contents);
            assertEquals(Messages.range(GoModule.HAZARD_LINE, GoModule.HAZARD_CHARACTER,
                    GoModule.HAZARD_LINE, GoModule.HAZARD_CHARACTER + 1), hover.getAsJsonObject("range"));
        }
    }

    @Test
    void hoverElsewhereShowsNothing(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            JsonObject reply = h.wire.call("textDocument/hover", Messages.hover(h.uri, 0, 3));
            assertTrue(reply.get("result").isJsonNull(), reply.toString());
        }
    }
}
