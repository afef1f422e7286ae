package io.captureguard.server.lsp;

import static io.captureguard.server.lsp.Messages.fullCapabilities;
import static io.captureguard.server.lsp.Messages.handshake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @ParameterizedTest(name = "offered [{0}] -> {1}")
    @CsvSource(delimiter = ';', value = {
            "utf-8,utf-32,utf-16; utf-8",   // Helix's order
            "utf-32,utf-8,utf-16; utf-32",  // Eglot 1.17's order
            "utf-16; utf-16",               // VS Code
            "; utf-16",                     // Neovim 0.7 offers nothing
            "latin-1; utf-16"})
    void negotiatesThePositionEncodingTheClientPrefers(String offered, String expected) throws Exception {
        try (WireClient client = new WireClient()) {
            JsonObject result = handshake(client,
                    fullCapabilities(offered == null ? new String[0] : offered.split(",")), null);
            assertEquals(expected, result.getAsJsonObject("capabilities").get("positionEncoding").getAsString());
        }
    }

    @Test
    void advertisesIncrementalSyncCodeActionKindsAndHover() throws Exception {
        try (WireClient client = new WireClient()) {
            JsonObject caps = handshake(client, fullCapabilities(), null).getAsJsonObject("capabilities");
            assertEquals(2, caps.getAsJsonObject("textDocumentSync").get("change").getAsInt(), "incremental");
            assertTrue(caps.getAsJsonObject("textDocumentSync").get("openClose").getAsBoolean());
            JsonArray kinds = caps.getAsJsonObject("codeActionProvider").getAsJsonArray("codeActionKinds");
            assertEquals("[\"quickfix\",\"source.fixAll\",\"source.fixAll.captureguard\"]", kinds.toString());
            assertTrue(caps.get("hoverProvider").getAsBoolean());
            assertFalse(caps.has("diagnosticProvider"), "this client cannot pull diagnostics");
        }
    }

    @Test
    void exitAfterShutdownEndsWithStatusZero() throws Exception {
        try (WireClient client = new WireClient()) {
            handshake(client, fullCapabilities(), null);
            JsonObject reply = client.call("shutdown", null);
            assertTrue(reply.has("result") && reply.get("result").isJsonNull(), reply.toString());
            client.notify("exit", null);
            assertEquals(0, client.exitCode().get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void exitWithoutShutdownEndsWithStatusOne() throws Exception {
        try (WireClient client = new WireClient()) {
            handshake(client, fullCapabilities(), null);
            client.notify("exit", null);
            assertEquals(1, client.exitCode().get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void theServerEndsWhenItsInputCloses() throws Exception {
        try (WireClient client = new WireClient()) {
            handshake(client, fullCapabilities(), null);
            client.closeInput();
            assertEquals(1, client.exitCode().get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void requestsBeforeInitializeGetServerNotInitialized() throws Exception {
        try (WireClient client = new WireClient()) {
            JsonObject reply = client.call("textDocument/hover", Messages.hover("file:///x.go", 0, 0));
            assertEquals(-32002, reply.getAsJsonObject("error").get("code").getAsInt(), reply.toString());
            // and the server still initializes afterwards
            assertTrue(handshake(client, fullCapabilities(), null).has("capabilities"));
        }
    }

    @Test
    void requestsAfterShutdownAreRefused() throws Exception {
        try (WireClient client = new WireClient()) {
            handshake(client, fullCapabilities(), null);
            client.call("shutdown", null);
            JsonObject reply = client.call("textDocument/hover", Messages.hover("file:///x.go", 0, 0));
            assertEquals(-32600, reply.getAsJsonObject("error").get("code").getAsInt(), reply.toString());
        }
    }
}
