package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code captureguard/fileInfo}: the Go version in effect for an open file, and where it comes from. */
class FileInfoTest {
    private static final String METHOD = "captureguard/fileInfo";

    private static JsonObject params(String uri) {
        JsonObject params = new JsonObject();
        params.addProperty("uri", uri);
        return params;
    }

    private static JsonObject fileInfo(WireClient wire, String uri) {
        JsonObject reply = wire.call(METHOD, params(uri));
        assertFalse(reply.has("error"), reply.toString());
        return reply.get("result").isJsonNull() ? null : reply.getAsJsonObject("result");
    }

    @Test
    void theVersionOfTheNearestGoModWithItsUri(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            JsonObject info = fileInfo(h.wire, h.uri);
            assertEquals("1.21", info.get("goVersion").getAsString(), info.toString());
            assertEquals("goMod", info.get("source").getAsString());
            assertEquals(h.module.dir.resolve("go.mod").toUri().toString(), info.get("goMod").getAsString());
            // the same words as the hover's "This file is read as …"
            assertEquals("Go 1.21 (from go.mod)", info.get("description").getAsString());
        }
    }

    @Test
    void aBuildLineInTheEditorsTextWinsOverGoModAndNamesNoGoMod(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            // Typed, not saved: the answer follows the editor's text.
            h.wire.notify("textDocument/didChange",
                    Messages.didChange(h.uri, 2, Messages.range(0, 0, 0, 0), "//go:build go1.22\n\n"));
            JsonObject info = fileInfo(h.wire, h.uri);
            assertEquals("1.22", info.get("goVersion").getAsString(), info.toString());
            assertEquals("buildLine", info.get("source").getAsString());
            assertFalse(info.has("goMod"), info.toString());
        }
    }

    @Test
    void theSettingsOverrideWinsOverEverything(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.wire.notify("workspace/didChangeConfiguration",
                    Messages.json("{\"settings\": {\"captureguard\": {\"goVersion\": \"go1.20\"}}}"));
            JsonObject info = fileInfo(h.wire, h.uri);
            assertEquals("1.20", info.get("goVersion").getAsString(), info.toString());
            assertEquals("settings", info.get("source").getAsString());
            assertEquals("Go 1.20 (from settings)", info.get("description").getAsString());
        }
    }

    @Test
    void anEditedGoModIsReadAgain(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            assertEquals("1.21", fileInfo(h.wire, h.uri).get("goVersion").getAsString());
            Path goMod = h.module.write("go.mod", "module example.com/m\n\ngo 1.22\n");
            // The same size as before: make sure the stamp differs even on a coarse clock.
            Files.setLastModifiedTime(goMod, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            assertEquals("1.22", fileInfo(h.wire, h.uri).get("goVersion").getAsString());
        }
    }

    @Test
    void aGoModWithoutAGoLineMeansGo116(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            Path goMod = h.module.write("go.mod", "module example.com/m\n");
            Files.setLastModifiedTime(goMod, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            JsonObject info = fileInfo(h.wire, h.uri);
            assertEquals("1.16", info.get("goVersion").getAsString(), info.toString());
            assertEquals("goModDefault", info.get("source").getAsString());
            assertTrue(info.get("goMod").getAsString().endsWith("/go.mod"), info.toString());
        }
    }

    @Test
    void anUntitledBufferBelongsToNoModule(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.wire.notify("textDocument/didOpen", Messages.didOpen("untitled:Untitled-1", 1, GoModule.HAZARD));
            JsonObject info = fileInfo(h.wire, "untitled:Untitled-1");
            assertEquals("noModule", info.get("source").getAsString(), info.toString());
            assertFalse(info.has("goMod"), info.toString());
        }
    }

    @Test
    void aDocumentThatIsNotOpenHasNoInfo(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            assertEquals(null, fileInfo(h.wire, h.module.uri("other.go")));
            h.wire.notify("textDocument/didClose", Messages.textDocument(h.uri));
            assertEquals(null, fileInfo(h.wire, h.uri));
        }
    }

    @Test
    void beforeInitializeTheRequestIsRefusedLikeAnyOther() throws Exception {
        try (WireClient wire = new WireClient()) {
            JsonObject reply = wire.call(METHOD, params("file:///tmp/main.go"));
            assertEquals(-32002, reply.getAsJsonObject("error").get("code").getAsInt(), reply.toString());
        }
    }
}
