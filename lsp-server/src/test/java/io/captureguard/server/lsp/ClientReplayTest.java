package io.captureguard.server.lsp;

import static io.captureguard.server.lsp.Messages.didOpen;
import static io.captureguard.server.lsp.Messages.handshake;
import static io.captureguard.server.lsp.Messages.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replays the {@code initialize} capabilities of real clients (see resources/lsp/README.md) and
 * checks that each gets what it can use: its position encoding, diagnostics pushed or pulled,
 * related information or the loop header folded into the message, and edits in the shape it
 * applies.
 */
class ClientReplayTest {
    /** Non-ASCII before the flagged {@code i}: CJK (3 UTF-8 bytes, 1 UTF-16 unit) and an emoji (4, 2). */
    private static final String LINE = "\t\tdefer func() { fmt.Println(\"日本😀\", i) }()";
    private static final String SOURCE = GoModule.HAZARD.replace("\t\tdefer func() { fmt.Println(i) }()", LINE);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "vscode.json,      utf-16, pull, related,  documentChanges",
            "neovim-0.7.json,  utf-16, push, related,  changes",
            "helix.json,       utf-8,  push, folded,   documentChanges",
            "eglot-1.9.json,   utf-16, push, folded,   documentChanges",
            "eglot-1.17.json,  utf-32, push, folded,   documentChanges"})
    void eachClientGetsWhatItCanUse(String client, String encoding, String diagnosticsMode, String related,
                                    String editShape, @TempDir Path dir) throws Exception {
        GoModule module = new GoModule(dir, "1.21");
        module.write("main.go", SOURCE);
        String uri = module.uri("main.go");
        try (WireClient wire = new WireClient()) {
            JsonObject caps = handshake(wire, resource(client), null).getAsJsonObject("capabilities");
            assertEquals(encoding, caps.get("positionEncoding").getAsString());
            assertEquals(diagnosticsMode.equals("pull"), caps.has("diagnosticProvider"));

            wire.notify("textDocument/didOpen", didOpen(uri, 1, SOURCE));
            JsonArray diagnostics;
            if (diagnosticsMode.equals("pull")) {
                JsonObject report = wire.call("textDocument/diagnostic", Messages.textDocument(uri))
                        .getAsJsonObject("result");
                assertEquals("full", report.get("kind").getAsString());
                diagnostics = report.getAsJsonArray("items");
                assertTrue(wire.all(m -> "textDocument/publishDiagnostics".equals(WireClient.text(m, "method")))
                        .isEmpty(), "a client that pulls is not also pushed to");
            } else {
                diagnostics = wire.diagnostics(uri, 1).getAsJsonObject("params").getAsJsonArray("diagnostics");
            }
            JsonObject d = Diagnostics.only(diagnostics, "loopvar-capture");
            assertEquals("captureguard", d.get("source").getAsString());

            // The flagged i, counted in the client's own unit.
            String prefix = LINE.substring(0, LINE.indexOf(", i)") + 2);
            int expected = switch (encoding) {
                case "utf-8" -> prefix.getBytes(StandardCharsets.UTF_8).length;
                case "utf-32" -> prefix.codePointCount(0, prefix.length());
                default -> prefix.length();
            };
            JsonObject start = d.getAsJsonObject("range").getAsJsonObject("start");
            assertEquals(GoModule.HAZARD_LINE, start.get("line").getAsInt());
            assertEquals(expected, start.get("character").getAsInt(), "character in " + encoding);

            if (related.equals("related")) {
                assertTrue(d.has("relatedInformation"), d.toString());
            } else {
                assertFalse(d.has("relatedInformation"), d.toString());
                assertTrue(d.get("message").getAsString().contains("line 6"),
                        "the loop header's line belongs in the message: " + d);
            }
            assertEquals(client.equals("vscode.json"), d.has("codeDescription"), d.toString());

            JsonArray actions = wire.call("textDocument/codeAction",
                    Messages.codeAction(uri, d.getAsJsonObject("range"))).getAsJsonArray("result");
            assertFalse(actions.isEmpty(), "at least the suppression");
            boolean resolves = caps.getAsJsonObject("codeActionProvider").has("resolveProvider")
                    && caps.getAsJsonObject("codeActionProvider").get("resolveProvider").getAsBoolean();
            for (JsonElement action : actions) {
                JsonObject edit = action.getAsJsonObject().getAsJsonObject("edit");
                if (edit == null) {
                    // Only fix-all comes without its edit, and only to a client that resolves it.
                    assertTrue(resolves && action.getAsJsonObject().get("kind").getAsString().startsWith("source.fixAll"),
                            action.toString());
                    edit = wire.call("codeAction/resolve", action).getAsJsonObject("result").getAsJsonObject("edit");
                }
                assertTrue(edit.has(editShape), edit.toString());
                assertFalse(edit.has(editShape.equals("changes") ? "documentChanges" : "changes"), edit.toString());
            }
        }
    }
}
