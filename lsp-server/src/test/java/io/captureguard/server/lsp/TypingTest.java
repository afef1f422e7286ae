package io.captureguard.server.lsp;

import static io.captureguard.server.lsp.Messages.handshake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.captureguard.fixes.engine.Analyzer;
import io.captureguard.fixes.engine.Document;
import io.captureguard.fixes.Finding;
import io.captureguard.parser.version.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typing a statement into one function of a file with several, one keystroke per version, then
 * deleting it again: after every keystroke the published diagnostics are exactly those of a
 * whole analysis of the client's text, although the server analyses only the edited function.
 */
class TypingTest {
    private static final String FILE = """
            package main

            import "fmt"

            func a(xs []int) {
            \tfor _, x := range xs {
            \t\tgo func() { fmt.Println(x) }()
            \t}
            }

            func b(vs []string) {
            \tfor _, v := range vs {
            \t\tfmt.Println(v)
            \t}
            }

            func c(n int) {
            \tfor i := 0; i < n; i++ {
            \t\tdefer func() { fmt.Println(i) }()
            \t}
            }
            """;
    private static final String TYPED = "\t\tgo func() { fmt.Println(v) }()\n";

    @Test
    void diagnosticsAfterEveryKeystrokeAreThoseOfTheWholeText(@TempDir Path dir) throws Exception {
        GoModule module = new GoModule(dir, "1.21");
        String uri = module.uri("main.go");
        ClientText client = new ClientText(FILE);
        int at = FILE.indexOf("\t\tfmt.Println(v)");
        try (WireClient wire = new WireClient()) {
            handshake(wire, Messages.fullCapabilities("utf-16"), Messages.json("{\"debounceMs\": 0}"));
            wire.notify("textDocument/didOpen", Messages.didOpen(uri, 0, client.text));
            Diagnostics.published(wire, uri, 0);
            int version = 0;
            List<String> typedHazard = List.of();
            for (int i = 0; i < TYPED.length(); i++) {
                version = client.type(wire, uri, version, at + i, at + i, TYPED.substring(i, i + 1));
                List<String> published = ranges(Diagnostics.published(wire, uri, version));
                assertEquals(expected(client), published, "after typing " + TYPED.substring(0, i + 1));
                typedHazard = published;
            }
            assertEquals(4, typedHazard.size(), "a's, c's (two rules) and the typed goroutine's: " + typedHazard);
            for (int i = TYPED.length(); i > 0; i--) {
                version = client.type(wire, uri, version, at + i - 1, at + i, "");
                assertEquals(expected(client), ranges(Diagnostics.published(wire, uri, version)),
                        "after deleting back to " + TYPED.substring(0, i - 1));
            }
            assertEquals(FILE, client.text);
            assertTrue(expected(client).size() == 3, "back to a's and c's findings");
        }
    }


    /** What a whole analysis of the client's text reports, as "rule line:character-line:character". */
    static List<String> expected(ClientText client) {
        List<String> out = new ArrayList<>();
        for (Finding f : Analyzer.withDefaults().findings(Document.alone(client.text, GoVersion.parse("1.21").orElseThrow()))) {
            int[] s = client.position(f.start(), "utf-16");
            int[] e = client.position(f.end(), "utf-16");
            out.add(f.rule().name() + " " + s[0] + ":" + s[1] + "-" + e[0] + ":" + e[1]);
        }
        return out;
    }

    static List<String> ranges(com.google.gson.JsonArray diagnostics) {
        List<String> out = new ArrayList<>();
        for (JsonElement d : diagnostics) {
            JsonObject range = d.getAsJsonObject().getAsJsonObject("range");
            JsonObject s = range.getAsJsonObject("start");
            JsonObject e = range.getAsJsonObject("end");
            out.add(d.getAsJsonObject().get("code").getAsString() + " " + s.get("line") + ":" + s.get("character")
                    + "-" + e.get("line") + ":" + e.get("character"));
        }
        return out;
    }
}
