package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {
    private static final String LOG = "window/logMessage";

    @Test
    void badSettingsAreReportedInTheClientsLogAndReplacedByDefaults(@TempDir Path dir) throws Exception {
        JsonObject bad = Messages.json("""
                {"enable": "yes", "rules": {"select": ["loopvar-captur"]}, "severity": {"loopvar-capture": "fatal"},
                 "goVersion": "one.twenty", "debounceMs": -5}""");
        try (OpenHazard h = new OpenHazard(dir, Messages.fullCapabilities(), bad, GoModule.HAZARD)) {
            for (String mention : new String[] {"enable", "loopvar-captur", "fatal", "one.twenty", "debounceMs"}) {
                h.wire.notification(LOG, p -> WireClient.text(p, "message").contains(mention));
            }
            // the defaults: enabled, every rule, warning, version from go.mod
            JsonObject d = Diagnostics.only(h.published(1), "loopvar-capture");
            assertEquals(2, d.get("severity").getAsInt());
        }
    }

    @Test
    void debounceIsUnsetByDefaultAndAnExplicitValueIsKept() {
        SettingsReader reader = new SettingsReader();
        assertEquals(java.util.Optional.empty(), reader.read(null).debounceMs(), "no fixed wait unless asked for");
        assertEquals(0, reader.read(Messages.json("{}")).delayMs());
        assertEquals(java.util.Optional.of(100), reader.read(Messages.json("{\"debounceMs\": 100}")).debounceMs());
        assertEquals(100, reader.read(Messages.json("{\"captureguard\": {\"debounceMs\": 100}}")).delayMs());
        assertEquals(0, reader.read(Messages.json("{\"debounceMs\": 0}")).delayMs());
        assertTrue(reader.problems().isEmpty(), reader.problems().toString());
        assertEquals(java.util.Optional.empty(), reader.read(Messages.json("{\"debounceMs\": 20000}")).debounceMs());
        assertTrue(reader.problems().get(0).contains("using the adaptive schedule"), reader.problems().toString());
    }

    @Test
    void settingsThatAreNotAnObjectAreReportedToo(@TempDir Path dir) throws Exception {
        try (WireClient wire = new WireClient()) {
            JsonObject params = Messages.initialize(Messages.fullCapabilities(), new com.google.gson.JsonPrimitive(42));
            assertTrue(wire.call("initialize", params).has("result"));
            wire.notification(LOG, p -> WireClient.text(p, "message").contains("expected an object"));
        }
    }

    @Test
    void theSectionIsPulledWithWorkspaceConfigurationWhenTheClientOffersIt(@TempDir Path dir) throws Exception {
        JsonObject caps = Messages.fullCapabilities();
        caps.getAsJsonObject("workspace").addProperty("configuration", true);
        GoModule module = new GoModule(dir, "1.21");
        module.write("main.go", GoModule.HAZARD);
        try (WireClient wire = new WireClient()) {
            wire.answerServerRequests(request -> {
                if (!"workspace/configuration".equals(WireClient.text(request, "method"))) {
                    return com.google.gson.JsonNull.INSTANCE;
                }
                assertEquals("captureguard", request.getAsJsonObject("params").getAsJsonArray("items").get(0)
                        .getAsJsonObject().get("section").getAsString());
                JsonArray answer = new JsonArray();
                answer.add(Messages.json("{\"severity\": {\"loopvar-capture\": \"hint\"}}"));
                return answer;
            });
            Messages.handshake(wire, caps, null);
            wire.await(m -> "workspace/configuration".equals(WireClient.text(m, "method")), "configuration request");
            wire.notify("textDocument/didOpen", Messages.didOpen(module.uri("main.go"), 1, GoModule.HAZARD));
            // settings answered after the open re-analyse it; wait for the hint
            wire.await(m -> "textDocument/publishDiagnostics".equals(WireClient.text(m, "method"))
                    && Diagnostics.of(m.getAsJsonObject("params").getAsJsonArray("diagnostics"), "loopvar-capture")
                    .stream().anyMatch(d -> d.get("severity").getAsInt() == 4), "a hint");

            // didChangeConfiguration without settings (VS Code's way) pulls the section again
            int before = wire.all(m -> "workspace/configuration".equals(WireClient.text(m, "method"))).size();
            wire.notify("workspace/didChangeConfiguration", Messages.json("{\"settings\": null}"));
            wire.await(m -> wire.all(x -> "workspace/configuration".equals(WireClient.text(x, "method"))).size() > before,
                    "a second configuration request");
        }
    }

    @Test
    void didChangeConfigurationWithTheSectionAppliesIt(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            h.wire.notify("workspace/didChangeConfiguration",
                    Messages.json("{\"settings\": {\"captureguard\": {\"rules\": {\"select\": [\"defer-in-loop\"]}}}}"));
            h.wire.await(m -> "textDocument/publishDiagnostics".equals(WireClient.text(m, "method"))
                    && Diagnostics.of(m.getAsJsonObject("params").getAsJsonArray("diagnostics"), "loopvar-capture")
                    .isEmpty(), "diagnostics without loopvar-capture");
        }
    }
}
