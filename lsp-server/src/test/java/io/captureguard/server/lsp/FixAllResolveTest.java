package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fix-all without its cost on every cursor move: a client that resolves edits gets it without an
 * edit and resolves it; a client that cannot (Eglot 1.9) gets it only when it asks for the kind.
 */
class FixAllResolveTest {
    private static final JsonObject ON_I = Messages.range(GoModule.HAZARD_LINE, GoModule.HAZARD_CHARACTER,
            GoModule.HAZARD_LINE, GoModule.HAZARD_CHARACTER + 1);

    /** The full capabilities plus resolving code action edits, with data kept (as VS Code and Neovim 0.8+ say). */
    static JsonObject resolvingCapabilities() {
        JsonObject caps = Messages.fullCapabilities();
        JsonObject codeAction = caps.getAsJsonObject("textDocument").getAsJsonObject("codeAction");
        codeAction.addProperty("dataSupport", true);
        codeAction.add("resolveSupport", Messages.json("{\"properties\": [\"edit\"]}"));
        return caps;
    }

    @Test
    void aResolvingClientGetsFixAllWithoutAnEditAndResolvesIt(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir, resolvingCapabilities(), null, GoModule.HAZARD)) {
            assertTrue(h.capabilities.getAsJsonObject("codeActionProvider").get("resolveProvider").getAsBoolean(),
                    h.capabilities.toString());
            h.published(1);
            JsonArray actions = h.actions(ON_I);
            for (JsonElement e : actions) {
                if (e.getAsJsonObject().get("kind").getAsString().equals("quickfix")) {
                    assertTrue(e.getAsJsonObject().has("edit"), "quick fixes stay inline: " + e);
                }
            }
            JsonObject lazy = fixAll(actions, "source.fixAll");
            assertFalse(lazy.has("edit"), "fix-all is not computed for a cursor move: " + lazy);
            assertTrue(lazy.has("data"), lazy.toString());

            JsonObject resolved = h.wire.call("codeAction/resolve", lazy).getAsJsonObject("result");
            assertEquals(lazy.get("title"), resolved.get("title"));
            ClientText client = new ClientText(GoModule.HAZARD);
            EditSyncTest.apply(client, resolved.getAsJsonObject("edit"), "utf-16");
            h.wire.notify("textDocument/didChange", CodeActionTest.fullText(h.uri, 2, client.text));
            assertEquals(0, Diagnostics.of(h.published(2), "loopvar-capture").size(), client.text);
            assertTrue(fixAlls(h.actions(ON_I)).isEmpty(), "nothing left to fix, no fix-all offered");

            // Asked for by kind, as on save, it comes with its edit even to a client that resolves.
            h.wire.notify("textDocument/didChange", CodeActionTest.fullText(h.uri, 3, GoModule.HAZARD));
            h.published(3);
            JsonObject onSave = fixAll(h.actions(Messages.range(0, 0, 0, 0), "source.fixAll.captureguard"),
                    "source.fixAll.captureguard");
            assertTrue(onSave.has("edit"), onSave.toString());
        }
    }

    @Test
    void resolvingAfterAnEditFixesTheTextAsItIsNowForItsVersion(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir, resolvingCapabilities(), null, GoModule.HAZARD)) {
            h.published(1);
            JsonObject lazy = fixAll(h.actions(ON_I), "source.fixAll");
            h.wire.notify("textDocument/didChange", Messages.didChange(h.uri, 2, Messages.range(4, 0, 4, 0),
                    "// a line above main\n"));
            JsonObject edit = h.wire.call("codeAction/resolve", lazy).getAsJsonObject("result").getAsJsonObject("edit");
            JsonObject change = edit.getAsJsonArray("documentChanges").get(0).getAsJsonObject();
            assertEquals(2, change.getAsJsonObject("textDocument").get("version").getAsInt(), edit.toString());
            ClientText client = new ClientText(GoModule.HAZARD);
            client.replace(client.text.indexOf("func main"), client.text.indexOf("func main"), "// a line above main\n");
            EditSyncTest.apply(client, edit, "utf-16");
            h.wire.notify("textDocument/didChange", CodeActionTest.fullText(h.uri, 3, client.text));
            assertEquals(0, Diagnostics.of(h.published(3), "loopvar-capture").size(), client.text);
            assertTrue(client.text.contains("// a line above main\nfunc main"), client.text);
        }
    }

    @Test
    void aClientThatCannotResolveGetsFixAllOnlyWhenItAsksForTheKind(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir, Messages.resource("eglot-1.9.json"), null, GoModule.HAZARD)) {
            JsonObject provider = h.capabilities.getAsJsonObject("codeActionProvider");
            assertFalse(provider.has("resolveProvider") && provider.get("resolveProvider").getAsBoolean(),
                    provider.toString());
            h.published(1);
            JsonArray cursorMove = h.actions(ON_I);
            assertFalse(cursorMove.isEmpty(), "quick fixes are still offered");
            assertTrue(fixAlls(cursorMove).isEmpty(), "not computed for a request that did not ask: " + cursorMove);
            for (String kind : new String[] {"source.fixAll", "source.fixAll.captureguard", "source"}) {
                JsonObject asked = fixAll(h.actions(Messages.range(0, 0, 0, 0), kind), kind.equals("source")
                        ? "source.fixAll" : kind);
                ClientText client = new ClientText(GoModule.HAZARD);
                EditSyncTest.apply(client, asked.getAsJsonObject("edit"), "utf-16");
                assertFalse(client.text.equals(GoModule.HAZARD), kind);
            }
        }
    }

    @Test
    void theResolvedFixAllIsTheEnginesWholeFixAllOfTheText(@TempDir Path dir) throws Exception {
        String text = SchedulerTest.bigFile(60) + """

                func d(xs []int, n int) {
                	for _, x := range xs {
                		go func() { fmt.Println(x) }()
                	}
                	for i := 0; i < n; i++ {
                		defer func() { fmt.Println(i) }()
                	}
                }
                """;
        try (OpenHazard h = new OpenHazard(dir, resolvingCapabilities(), null, text)) {
            h.published(1);
            // typed into one function first, so the server's last analysis was an incremental one
            int at = text.indexOf("\t// typing inside") + "\t// typing inside".length();
            ClientText client = new ClientText(text);
            int[] p = client.position(at, "utf-16");
            h.wire.notify("textDocument/didChange", Messages.didChange(h.uri, 2, Messages.range(p[0], p[1], p[0], p[1]), "!"));
            client.replace(at, at, "!");
            h.published(2);
            JsonObject lazy = fixAll(h.actions(Messages.range(0, 0, 0, 0)), "source.fixAll");
            JsonObject resolved = h.wire.call("codeAction/resolve", lazy).getAsJsonObject("result");
            String before = client.text;
            EditSyncTest.apply(client, resolved.getAsJsonObject("edit"), "utf-16");
            String whole = io.captureguard.fixes.engine.Analyzer.withDefaults().fixAll(io.captureguard.fixes.engine.Document
                    .alone(before, io.captureguard.parser.version.GoVersion.parse("1.21").orElseThrow()), false).text();
            assertFalse(whole.equals(before), "something to fix");
            assertEquals(whole, client.text);
        }
    }

    static JsonObject fixAll(JsonArray actions, String kind) {
        List<JsonObject> found = fixAlls(actions);
        assertEquals(1, found.size(), actions.toString());
        assertEquals(kind, found.get(0).get("kind").getAsString());
        return found.get(0);
    }

    static List<JsonObject> fixAlls(JsonArray actions) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonElement e : actions) {
            if (e.getAsJsonObject().get("kind").getAsString().startsWith("source.fixAll")) {
                found.add(e.getAsJsonObject());
            }
        }
        return found;
    }
}
