package io.captureguard.server.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The JSON of the protocol messages the tests send, written as an editor would write them. */
final class Messages {
    private Messages() {
    }

    static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /** A client's recorded capabilities, from {@code src/test/resources/lsp/<name>}. */
    static JsonObject resource(String name) {
        try (InputStream in = Messages.class.getResourceAsStream("/lsp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource lsp/" + name);
            }
            return json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject initialize(JsonObject capabilities, JsonElement initializationOptions) {
        JsonObject params = new JsonObject();
        params.add("processId", JsonNull.INSTANCE);
        params.add("rootUri", JsonNull.INSTANCE);
        params.add("capabilities", capabilities);
        if (initializationOptions != null) {
            params.add("initializationOptions", initializationOptions);
        }
        return params;
    }

    /** Capabilities of a client that can do everything the server uses (push diagnostics). */
    static JsonObject fullCapabilities(String... encodings) {
        JsonArray offered = new JsonArray();
        for (String e : encodings) {
            offered.add(e);
        }
        JsonObject caps = json("""
                {"textDocument": {"publishDiagnostics": {"relatedInformation": true, "codeDescriptionSupport": true,
                                                         "versionSupport": true, "tagSupport": {"valueSet": [1, 2]}},
                                  "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix", "source"]}},
                                                 "isPreferredSupport": true},
                                  "hover": {"contentFormat": ["markdown", "plaintext"]}},
                 "workspace": {"workspaceEdit": {"documentChanges": true}},
                 "general": {}}""");
        caps.getAsJsonObject("general").add("positionEncodings", offered);
        return caps;
    }

    /** Initializes with {@code capabilities} and says {@code initialized}; returns the result. */
    static JsonObject handshake(WireClient client, JsonObject capabilities, JsonElement initializationOptions) {
        JsonObject response = client.call("initialize", initialize(capabilities, initializationOptions));
        client.notify("initialized", new JsonObject());
        return response.getAsJsonObject("result");
    }

    static JsonObject didOpen(String uri, int version, String text) {
        JsonObject document = new JsonObject();
        document.addProperty("uri", uri);
        document.addProperty("languageId", "go");
        document.addProperty("version", version);
        document.addProperty("text", text);
        JsonObject params = new JsonObject();
        params.add("textDocument", document);
        return params;
    }

    static JsonObject range(int startLine, int startCharacter, int endLine, int endCharacter) {
        JsonObject range = new JsonObject();
        range.add("start", position(startLine, startCharacter));
        range.add("end", position(endLine, endCharacter));
        return range;
    }

    static JsonObject position(int line, int character) {
        JsonObject p = new JsonObject();
        p.addProperty("line", line);
        p.addProperty("character", character);
        return p;
    }

    /** One incremental change (range replaced by text). */
    static JsonObject didChange(String uri, int version, JsonObject range, String text) {
        JsonObject change = new JsonObject();
        change.add("range", range);
        change.addProperty("text", text);
        JsonArray changes = new JsonArray();
        changes.add(change);
        return didChange(uri, version, changes);
    }

    static JsonObject didChange(String uri, int version, JsonArray changes) {
        JsonObject document = new JsonObject();
        document.addProperty("uri", uri);
        document.addProperty("version", version);
        JsonObject params = new JsonObject();
        params.add("textDocument", document);
        params.add("contentChanges", changes);
        return params;
    }

    static JsonObject codeAction(String uri, JsonObject range, String... only) {
        JsonObject params = textDocument(uri);
        params.add("range", range);
        JsonObject context = new JsonObject();
        context.add("diagnostics", new JsonArray());
        if (only.length > 0) {
            JsonArray kinds = new JsonArray();
            for (String kind : only) {
                kinds.add(kind);
            }
            context.add("only", kinds);
        }
        params.add("context", context);
        return params;
    }

    static JsonObject textDocument(String uri) {
        JsonObject id = new JsonObject();
        id.addProperty("uri", uri);
        JsonObject params = new JsonObject();
        params.add("textDocument", id);
        return params;
    }

    static JsonObject hover(String uri, int line, int character) {
        JsonObject params = textDocument(uri);
        params.add("position", position(line, character));
        return params;
    }
}
