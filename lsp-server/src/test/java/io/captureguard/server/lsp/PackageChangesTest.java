package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not open change on disk: go.mod's version, sibling declarations. */
class PackageChangesTest {
    private static final String PUBLISH = "textDocument/publishDiagnostics";

    private static boolean clean(JsonObject message, String uri) {
        return PUBLISH.equals(WireClient.text(message, "method"))
                && uri.equals(WireClient.text(message.getAsJsonObject("params"), "uri"))
                && Diagnostics.of(message.getAsJsonObject("params").getAsJsonArray("diagnostics"), "loopvar-capture")
                .isEmpty();
    }

    @Test
    void aWatchedGoModChangeReanalysesTheModulesOpenDocuments(@TempDir Path dir) throws Exception {
        JsonObject caps = Messages.fullCapabilities();
        caps.getAsJsonObject("workspace").add("didChangeWatchedFiles", Messages.json("{\"dynamicRegistration\": true}"));
        try (OpenHazard h = new OpenHazard(dir, caps, null, GoModule.HAZARD)) {
            JsonObject registration = h.wire.await(m -> "client/registerCapability".equals(WireClient.text(m, "method")),
                    "file watching registration");
            JsonObject first = registration.getAsJsonObject("params").getAsJsonArray("registrations").get(0)
                    .getAsJsonObject();
            assertEquals("workspace/didChangeWatchedFiles", first.get("method").getAsString());
            assertTrue(first.getAsJsonObject("registerOptions").toString().contains("**/go.mod"), first.toString());
            assertEquals(1, Diagnostics.of(h.published(1), "loopvar-capture").size());

            h.module.write("go.mod", "module example.com/m\n\ngo 1.22\n");
            h.wire.notify("workspace/didChangeWatchedFiles", Messages.json(
                    "{\"changes\": [{\"uri\": \"" + h.module.uri("go.mod") + "\", \"type\": 2}]}"));
            h.wire.await(m -> clean(m, h.uri), "diagnostics at Go 1.22");
        }
    }

    @Test
    void withoutWatchingAGoModChangeIsNoticedAtTheNextEdit(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            String other = h.module.uri("b/b.go");
            String otherSource = GoModule.HAZARD.replace("package main", "package b").replace("func main", "func B");
            h.module.write("b/b.go", otherSource);
            h.wire.notify("textDocument/didOpen", Messages.didOpen(other, 1, otherSource));
            assertEquals(1, Diagnostics.of(Diagnostics.published(h.wire, other, 1), "loopvar-capture").size());
            assertEquals(1, Diagnostics.of(h.published(1), "loopvar-capture").size());

            h.module.write("go.mod", "module example.com/m\n\ngo 1.22\n");
            Thread.sleep(1_200); // the modification check runs at most once a second
            h.wire.notify("textDocument/didChange", Messages.didChange(h.uri, 2, Messages.range(9, 0, 9, 0), "\n"));
            // b.go was not edited: only the modification check can have re-analysed it
            h.wire.await(m -> clean(m, other), "b.go re-analysed at Go 1.22");
        }
    }

    @Test
    void siblingDeclarationsReachTheAnalysisAndFollowChangesOnDisk(@TempDir Path dir) throws Exception {
        String source = """
                package main

                func main() {
                \tfor _, v := range items {
                \t\tgo func() { use(v) }()
                \t}
                }
                """;
        JsonObject caps = Messages.fullCapabilities();
        caps.getAsJsonObject("workspace").add("didChangeWatchedFiles", Messages.json("{\"dynamicRegistration\": true}"));
        GoModule module = new GoModule(dir, "1.21");
        module.write("items.go", "package main\n\ntype Item struct{ n int }\n\nvar items []Item\n\nfunc use(Item) {}\n");
        try (OpenHazard h = new OpenHazard(dir, caps, null, source)) {
            JsonObject d = Diagnostics.only(h.published(1), "loopvar-capture");
            assertTrue(parameterFix(h, d).contains("\"newText\":\"v Item\""), "the sibling's type names the parameter");

            module.write("items.go", "package main\n\ntype Thing struct{ n int }\n\nvar items []Thing\n\nfunc use(Thing) {}\n");
            h.wire.notify("workspace/didChangeWatchedFiles", Messages.json(
                    "{\"changes\": [{\"uri\": \"" + module.uri("items.go") + "\", \"type\": 2}]}"));
            h.wire.await(m -> h.wire.all(x -> PUBLISH.equals(WireClient.text(x, "method"))).size() >= 2,
                    "diagnostics again after the sibling changed");
            assertTrue(parameterFix(h, d).contains("\"newText\":\"v Thing\""), "the sibling as it is now on disk");
        }
    }

    private static String parameterFix(OpenHazard h, JsonObject diagnostic) {
        JsonArray actions = h.actions(diagnostic.getAsJsonObject("range"), "quickfix");
        for (var action : actions) {
            if (action.getAsJsonObject().get("title").getAsString().startsWith("Pass `v`")) {
                return action.getAsJsonObject().getAsJsonObject("edit").toString();
            }
        }
        throw new AssertionError("no parameter fix in " + actions);
    }
}
