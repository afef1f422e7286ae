package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients that pull diagnostics (VS Code, Neovim 0.10+) ask; the server asks them to ask again when a file on disk changed. */
class PullDiagnosticsTest {

    @Test
    void aPullingClientIsToldToRefreshWhenGoModChanges(@TempDir Path dir) throws Exception {
        JsonObject caps = Messages.resource("vscode.json");
        GoModule module = new GoModule(dir, "1.21");
        module.write("main.go", GoModule.HAZARD);
        String uri = module.uri("main.go");
        try (WireClient wire = new WireClient()) {
            Messages.handshake(wire, caps, null);
            wire.notify("textDocument/didOpen", Messages.didOpen(uri, 1, GoModule.HAZARD));
            assertEquals(1, Diagnostics.of(pull(wire, uri), "loopvar-capture").size());

            module.write("go.mod", "module example.com/m\n\ngo 1.22\n");
            wire.notify("workspace/didChangeWatchedFiles", Messages.json(
                    "{\"changes\": [{\"uri\": \"" + module.uri("go.mod") + "\", \"type\": 2}]}"));
            wire.await(m -> "workspace/diagnostic/refresh".equals(WireClient.text(m, "method")), "a refresh request");
            assertEquals(0, Diagnostics.of(pull(wire, uri), "loopvar-capture").size(), "Go 1.22 now");
            assertTrue(wire.all(m -> "textDocument/publishDiagnostics".equals(WireClient.text(m, "method"))).isEmpty());
        }
    }

    @Test
    void pullingFollowsEdits(@TempDir Path dir) throws Exception {
        GoModule module = new GoModule(dir, "1.21");
        String uri = module.uri("main.go");
        try (WireClient wire = new WireClient()) {
            Messages.handshake(wire, Messages.resource("vscode.json"), null);
            wire.notify("textDocument/didOpen", Messages.didOpen(uri, 1, GoModule.HAZARD));
            assertEquals(1, Diagnostics.of(pull(wire, uri), "loopvar-capture").size());
            // delete the closure's use of i: "fmt.Println(i)" becomes "fmt.Println()"
            wire.notify("textDocument/didChange", Messages.didChange(uri, 2, Messages.range(GoModule.HAZARD_LINE,
                    GoModule.HAZARD_CHARACTER, GoModule.HAZARD_LINE, GoModule.HAZARD_CHARACTER + 1), ""));
            assertEquals(0, Diagnostics.of(pull(wire, uri), "loopvar-capture").size());
        }
    }

    private static JsonArray pull(WireClient wire, String uri) {
        return wire.call("textDocument/diagnostic", Messages.textDocument(uri)).getAsJsonObject("result")
                .getAsJsonArray("items");
    }
}
