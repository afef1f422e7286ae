package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Picking diagnostics out of a published or pulled list by rule (other rules may flag the same code). */
final class Diagnostics {
    private Diagnostics() {
    }

    static List<JsonObject> of(JsonArray diagnostics, String rule) {
        List<JsonObject> result = new ArrayList<>();
        for (JsonElement d : diagnostics) {
            if (rule.equals(WireClient.text(d.getAsJsonObject(), "code"))) {
                result.add(d.getAsJsonObject());
            }
        }
        return result;
    }

    static JsonObject only(JsonArray diagnostics, String rule) {
        List<JsonObject> found = of(diagnostics, rule);
        assertEquals(1, found.size(), "one " + rule + " diagnostic in " + diagnostics);
        return found.get(0);
    }

    static JsonArray published(WireClient client, String uri, int version) {
        return client.diagnostics(uri, version).getAsJsonObject("params").getAsJsonArray("diagnostics");
    }
}
