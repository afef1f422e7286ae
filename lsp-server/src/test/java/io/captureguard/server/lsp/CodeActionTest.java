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

class CodeActionTest {
    private static final JsonObject ON_I = Messages.range(GoModule.HAZARD_LINE, GoModule.HAZARD_CHARACTER,
            GoModule.HAZARD_LINE, GoModule.HAZARD_CHARACTER + 1);

    @Test
    void everyFixOfTheFindingIsOfferedAndThePreferredOneFixesIt(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            JsonArray actions = h.actions(ON_I, "quickfix");
            List<JsonObject> preferred = new ArrayList<>();
            for (JsonElement e : actions) {
                JsonObject action = e.getAsJsonObject();
                assertEquals("quickfix", action.get("kind").getAsString(), action.toString());
                assertTrue(action.has("edit"), "edits inline, no resolve needed: " + action);
                if (action.has("isPreferred") && action.get("isPreferred").getAsBoolean()) {
                    preferred.add(action);
                }
            }
            assertEquals(1, preferred.size(), actions.toString());
            JsonObject fix = preferred.get(0);
            assertEquals("loopvar-capture", fix.getAsJsonArray("diagnostics").get(0).getAsJsonObject()
                    .get("code").getAsString());
            ClientText client = new ClientText(GoModule.HAZARD);
            EditSyncTest.apply(client, fix.getAsJsonObject("edit"), "utf-16");

            h.wire.notify("textDocument/didChange", fullText(h.uri, 2, client.text));
            assertEquals(0, Diagnostics.of(h.published(2), "loopvar-capture").size(), client.text);
        }
    }

    @Test
    void editsCarryTheDocumentVersionTheyWereComputedFor(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.wire.notify("textDocument/didChange", Messages.didChange(h.uri, 7, Messages.range(9, 0, 9, 0), "\n"));
            h.published(7);
            JsonObject edit = h.actions(ON_I).get(0).getAsJsonObject().getAsJsonObject("edit");
            JsonObject document = edit.getAsJsonArray("documentChanges").get(0).getAsJsonObject()
                    .getAsJsonObject("textDocument");
            assertEquals(7, document.get("version").getAsInt());
            assertEquals(h.uri, document.get("uri").getAsString());
        }
    }

    @Test
    void suppressionGoesOnTheLineAboveIndentedLikeItWithAReason(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            JsonObject suppress = titled(h.actions(ON_I), "Suppress loopvar-capture on this line");
            ClientText client = new ClientText(GoModule.HAZARD);
            EditSyncTest.apply(client, suppress.getAsJsonObject("edit"), "utf-16");
            assertTrue(client.text.contains("i++ {\n\t\t//captureguard:ignore loopvar-capture TODO: say why\n\t\tdefer func()"), client.text);

            h.wire.notify("textDocument/didChange", fullText(h.uri, 2, client.text));
            JsonArray after = h.published(2);
            assertEquals(0, Diagnostics.of(after, "loopvar-capture").size(), after.toString());
        }
    }

    @Test
    void suppressionKeepsCrlfLineEnds(@TempDir Path dir) throws Exception {
        String crlf = GoModule.HAZARD.replace("\n", "\r\n");
        try (OpenHazard h = new OpenHazard(dir, Messages.fullCapabilities(), null, crlf)) {
            h.published(1);
            JsonObject suppress = titled(h.actions(ON_I), "Suppress loopvar-capture on this line");
            ClientText client = new ClientText(crlf);
            EditSyncTest.apply(client, suppress.getAsJsonObject("edit"), "utf-16");
            assertTrue(client.text.contains("\r\n\t\t//captureguard:ignore loopvar-capture TODO: say why\r\n\t\tdefer"),
                    client.text);
        }
    }

    @Test
    void fixAllIsOfferedAsSourceFixAllAndAsOurOwnKind(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            JsonArray generic = h.actions(Messages.range(0, 0, 0, 0), "source.fixAll");
            assertEquals(1, generic.size(), generic.toString());
            assertEquals("source.fixAll", generic.get(0).getAsJsonObject().get("kind").getAsString());
            JsonArray own = h.actions(Messages.range(0, 0, 0, 0), "source.fixAll.captureguard");
            assertEquals(1, own.size(), own.toString());
            assertEquals("source.fixAll.captureguard", own.get(0).getAsJsonObject().get("kind").getAsString());

            ClientText client = new ClientText(GoModule.HAZARD);
            EditSyncTest.apply(client, own.get(0).getAsJsonObject().getAsJsonObject("edit"), "utf-16");
            h.wire.notify("textDocument/didChange", fullText(h.uri, 2, client.text));
            assertEquals(0, Diagnostics.of(h.published(2), "loopvar-capture").size(), client.text);
            // nothing left to fix: no fix-all action any more
            assertEquals(0, h.actions(Messages.range(0, 0, 0, 0), "source.fixAll").size());
        }
    }

    @Test
    void onlyFiltersKindsAndARangeWithoutFindingsGetsNoQuickfix(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            for (JsonElement e : h.actions(ON_I, "quickfix")) {
                assertEquals("quickfix", e.getAsJsonObject().get("kind").getAsString());
            }
            for (JsonElement e : h.actions(Messages.range(0, 0, 0, 3))) {
                assertFalse(e.getAsJsonObject().get("kind").getAsString().equals("quickfix"), e.toString());
            }
        }
    }

    @Test
    void clientsWithoutDocumentChangesGetChanges(@TempDir Path dir) throws Exception {
        JsonObject caps = Messages.fullCapabilities();
        caps.getAsJsonObject("workspace").getAsJsonObject("workspaceEdit").addProperty("documentChanges", false);
        try (OpenHazard h = new OpenHazard(dir, caps, null, GoModule.HAZARD)) {
            h.published(1);
            JsonObject edit = h.actions(ON_I).get(0).getAsJsonObject().getAsJsonObject("edit");
            assertTrue(edit.getAsJsonObject("changes").has(h.uri), edit.toString());
            assertFalse(edit.has("documentChanges"));
        }
    }

    static JsonObject titled(JsonArray actions, String title) {
        for (JsonElement e : actions) {
            if (title.equals(e.getAsJsonObject().get("title").getAsString())) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no action titled '" + title + "' in " + actions);
    }

    static JsonObject fullText(String uri, int version, String text) {
        JsonObject change = new JsonObject();
        change.addProperty("text", text);
        JsonArray changes = new JsonArray();
        changes.add(change);
        return Messages.didChange(uri, version, changes);
    }
}
