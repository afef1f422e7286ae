package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a client sends, the server answers as JSON-RPC says, or ignores and logs, and keeps serving. */
class RobustnessTest {

    @Test
    void malformedJsonDoesNotStopTheServer(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.wire.send("{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": ");
            h.wire.send("not json at all");
            h.wire.send("{\"jsonrpc\": \"2.0\", \"id\": 100, \"method\": \"textDocument/hover\", \"params\": [1, 2]}");
            JsonObject wrongParams = h.wire.response(100);
            assertTrue(wrongParams.has("error"), wrongParams.toString());
            assertEquals(1, Diagnostics.of(h.published(1), "loopvar-capture").size(), "still serving");
        }
    }

    @Test
    void unknownMethodsGetMethodNotFoundAndUnknownNotificationsAreIgnored(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            JsonObject reply = h.wire.call("captureguard/noSuchThing", new JsonObject());
            assertEquals(-32601, reply.getAsJsonObject("error").get("code").getAsInt(), reply.toString());
            h.wire.notify("$/noSuchNotification", new JsonObject());
            h.wire.notify("textDocument/noSuchNotification", new JsonObject());
            assertEquals(1, Diagnostics.of(h.published(1), "loopvar-capture").size());
        }
    }

    @Test
    void positionsOutOfRangeAreClampedNotFatal(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            assertTrue(h.wire.call("textDocument/hover", Messages.hover(h.uri, 5000, 5000)).has("result"));
            assertTrue(h.wire.call("textDocument/hover", Messages.hover(h.uri, 3, 99999)).has("result"));
            assertTrue(h.actions(Messages.range(-1, -1, 90000, 0)).size() > 0, "the whole file, clamped");
            // an edit past the end appends, as the LSP specification's clamping implies
            h.wire.notify("textDocument/didChange", Messages.didChange(h.uri, 2, Messages.range(400, 0, 400, 0),
                    "// appended\n"));
            assertEquals(1, Diagnostics.of(h.published(2), "loopvar-capture").size());
        }
    }

    @Test
    void aChangeWithoutAVersionIsStillApplied(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            JsonObject change = Messages.didChange(h.uri, 0, Messages.range(4, 0, 4, 0), "// moved down\n");
            change.getAsJsonObject("textDocument").add("version", com.google.gson.JsonNull.INSTANCE);
            h.wire.notify("textDocument/didChange", change);
            JsonObject d = Diagnostics.only(h.published(2), "loopvar-capture");
            assertEquals(GoModule.HAZARD_LINE + 1, d.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
        }
    }

    @Test
    void editsToDocumentsNeverOpenedAreLoggedAndIgnored(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            String stranger = h.module.uri("never-opened.go");
            h.wire.notify("textDocument/didChange", Messages.didChange(stranger, 3, Messages.range(0, 0, 0, 0), "x"));
            h.wire.notification("window/logMessage", p -> WireClient.text(p, "message").contains("never-opened.go"));
            JsonObject actions = h.wire.call("textDocument/codeAction",
                    Messages.codeAction(stranger, Messages.range(0, 0, 0, 0)));
            assertEquals(0, actions.getAsJsonArray("result").size());
            assertTrue(h.wire.call("textDocument/hover", Messages.hover(stranger, 0, 0)).get("result").isJsonNull());
            assertEquals(1, Diagnostics.of(h.published(1), "loopvar-capture").size());
        }
    }

    @Test
    void aTenMegabyteDocumentIsAnalysedAndEditedWithoutStallingTheProtocol(@TempDir Path dir) throws Exception {
        StringBuilder big = new StringBuilder(GoModule.HAZARD);
        int n = 0;
        while (big.length() < 10_000_000) {
            big.append("\nfunc f").append(n++).append("(xs []int) int {\n\ts := 0\n\tfor _, x := range xs {\n")
                    .append("\t\ts += x // 日本語 😀\n\t}\n\treturn s\n}\n");
        }
        try (OpenHazard h = new OpenHazard(dir, Messages.fullCapabilities(), null, big.toString())) {
            h.wire.notify("textDocument/didChange", Messages.didChange(h.uri, 2, Messages.range(4, 0, 4, 0), "// x\n"));
            // While the big file is analysed, the protocol thread still answers (this needs no analysis).
            long start = System.nanoTime();
            JsonObject reply = h.wire.call("captureguard/noSuchThing", new JsonObject());
            long answeredMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(-32601, reply.getAsJsonObject("error").get("code").getAsInt());
            // Well under the tens of seconds the analysis takes (the 10 MB didOpen is still being read first).
            assertTrue(answeredMs < 10_000, "answered after " + answeredMs + " ms");
            // Parsing 10 MB takes seconds on this machine (more when it is shared), hence the long wait.
            JsonObject published = h.wire.await(m -> "textDocument/publishDiagnostics".equals(WireClient.text(m, "method"))
                    && m.getAsJsonObject("params").get("version").getAsInt() == 2, "diagnostics of version 2",
                    java.time.Duration.ofSeconds(240));
            assertEquals(1, Diagnostics.of(published.getAsJsonObject("params").getAsJsonArray("diagnostics"),
                    "loopvar-capture").size());
        }
    }
}
