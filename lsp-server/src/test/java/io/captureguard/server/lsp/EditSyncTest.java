package io.captureguard.server.lsp;

import static io.captureguard.server.lsp.Messages.handshake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random edits through the protocol, in each encoding, to a comment above a hazard: the server's
 * copy must stay the client's, which two things show from outside. The diagnostic lands exactly
 * where the client sees the flagged name, and the fix-all edit, computed from the server's copy
 * and applied to the client's, leaves the comment intact and fixes the code.
 */
class EditSyncTest {
    private static final String HEAD = "package main\n\nimport \"fmt\"\n\n/*\n";
    private static final String TAIL = "\n*/\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n"
            + "\t\tgo func() { fmt.Println(i) }()\n\t}\n}\n";

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "utf-16", "utf-32"})
    void theServersCopyFollowsTheClientsThroughRandomEdits(String encoding, @TempDir Path dir) throws Exception {
        GoModule module = new GoModule(dir, "1.21");
        String uri = module.uri("main.go");
        Random random = new Random(encoding.hashCode());
        ClientText client = new ClientText(HEAD + "tabs\tCRLF\r\nemoji 😀 日本語" + TAIL);
        try (WireClient wire = new WireClient()) {
            handshake(wire, Messages.fullCapabilities(encoding), Messages.json("{\"debounceMs\": 0}"));
            wire.notify("textDocument/didOpen", Messages.didOpen(uri, 0, client.text));
            int version = 0;
            for (; version < 300; ) {
                int from = HEAD.length();
                int to = client.text.indexOf(TAIL);
                int a = client.randomOffset(random, from, to);
                int b = client.randomOffset(random, a, Math.min(to, a + 10));
                String replacement = ClientText.randomPiece(random, 4);
                int[] start = client.position(a, encoding);
                int[] end = client.position(b, encoding);
                wire.notify("textDocument/didChange", Messages.didChange(uri, ++version,
                        Messages.range(start[0], start[1], end[0], end[1]), replacement));
                client.replace(a, b, replacement);
            }
            JsonObject d = Diagnostics.only(Diagnostics.published(wire, uri, version), "loopvar-capture");
            int[] expected = client.position(client.text.indexOf("Println(i)") + "Println(".length(), encoding);
            JsonObject start = d.getAsJsonObject("range").getAsJsonObject("start");
            assertEquals(expected[0], start.get("line").getAsInt(), "line of the flagged i");
            assertEquals(expected[1], start.get("character").getAsInt(), "character of the flagged i");

            String comment = client.text.substring(HEAD.length(), client.text.indexOf(TAIL));
            JsonArray actions = wire.call("textDocument/codeAction", Messages.codeAction(uri,
                    Messages.range(0, 0, 0, 0), "source.fixAll")).getAsJsonArray("result");
            assertEquals(1, actions.size(), actions.toString());
            apply(client, actions.get(0).getAsJsonObject().getAsJsonObject("edit"), encoding);
            assertTrue(client.text.startsWith(HEAD + comment + "\n*/\n"), "comment intact:\n" + client.text);
            assertTrue(client.text.contains("i := i"), "fixed:\n" + client.text);
        }
    }

    /** Applies a workspace edit to the client's text as an editor does (later edits first). */
    static void apply(ClientText client, JsonObject workspaceEdit, String encoding) {
        JsonArray edits = workspaceEdit.has("documentChanges")
                ? workspaceEdit.getAsJsonArray("documentChanges").get(0).getAsJsonObject().getAsJsonArray("edits")
                : workspaceEdit.getAsJsonObject("changes").entrySet().iterator().next().getValue().getAsJsonArray();
        List<int[]> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonElement e : edits) {
            JsonObject range = e.getAsJsonObject().getAsJsonObject("range");
            JsonObject s = range.getAsJsonObject("start");
            JsonObject t = range.getAsJsonObject("end");
            spans.add(new int[] {client.offset(s.get("line").getAsInt(), s.get("character").getAsInt(), encoding),
                    client.offset(t.get("line").getAsInt(), t.get("character").getAsInt(), encoding), texts.size()});
            texts.add(e.getAsJsonObject().get("newText").getAsString());
        }
        spans.sort(Comparator.comparingInt((int[] span) -> span[0]).reversed());
        for (int[] span : spans) {
            client.replace(span[0], span[1], texts.get(span[2]));
        }
    }
}
