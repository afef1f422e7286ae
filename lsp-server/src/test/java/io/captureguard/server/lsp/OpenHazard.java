package io.captureguard.server.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;

/** A started server with one Go 1.21 module on disk and the hazard file open in it. */
final class OpenHazard implements AutoCloseable {
    final WireClient wire;
    final GoModule module;
    final String uri;
    final JsonObject capabilities;

    OpenHazard(Path dir, JsonObject clientCapabilities, JsonElement settings, String source) throws IOException {
        module = new GoModule(dir, "1.21");
        module.write("main.go", source);
        uri = module.uri("main.go");
        wire = new WireClient();
        capabilities = Messages.handshake(wire, clientCapabilities, settings).getAsJsonObject("capabilities");
        wire.notify("textDocument/didOpen", Messages.didOpen(uri, 1, source));
    }

    OpenHazard(Path dir) throws IOException {
        this(dir, Messages.fullCapabilities(), null, GoModule.HAZARD);
    }

    JsonArray published(int version) {
        return Diagnostics.published(wire, uri, version);
    }

    JsonArray actions(JsonObject range, String... only) {
        return wire.call("textDocument/codeAction", Messages.codeAction(uri, range, only)).getAsJsonArray("result");
    }

    @Override
    public void close() {
        wire.close();
    }
}
