package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Debounce, superseded analyses, and diagnostics only for the version they describe. */
class SchedulerTest {
    private static final String PUBLISH = "textDocument/publishDiagnostics";

    /** Many ordinary functions, one with a comment to type into, and TypingTest's hazards. */
    static String bigFile(int functions) {
        StringBuilder s = new StringBuilder("package main\n\nimport \"fmt\"\n");
        for (int i = 0; i < functions; i++) {
            s.append("\nfunc work").append(i).append("(xs []int, m map[string]int) int {\n\ttotal := 0\n")
                    .append("\tfor k, v := range m {\n\t\tif v > 3 {\n\t\t\ttotal += len(k) * v\n\t\t}\n\t}\n")
                    .append("\tfor _, x := range xs {\n\t\tx := x\n\t\tgo func() { fmt.Println(x, total) }()\n\t}\n")
                    .append(i == functions / 2 ? "\t// typing inside\n" : "")
                    .append("\treturn total\n}\n");
        }
        return s.append("\nfunc c(n int) {\n\tfor i := 0; i < n; i++ {\n\t\tdefer func() { fmt.Println(i) }()\n\t}\n}\n")
                .toString();
    }

    @Test
    void underTheDefaultScheduleEveryPublishedResultIsThatOfAWholeAnalysisOfItsVersion(@TempDir Path dir)
            throws Exception {
        GoModule module = new GoModule(dir, "1.21");
        String uri = module.uri("main.go");
        String file = bigFile(120);
        ClientText client = new ClientText(file);
        java.util.Map<Integer, String> texts = new java.util.HashMap<>();
        try (WireClient wire = new WireClient()) {
            Messages.handshake(wire, Messages.fullCapabilities("utf-16"), null); // no debounceMs: the default
            wire.notify("textDocument/didOpen", Messages.didOpen(uri, 0, client.text));
            wire.diagnostics(uri, 0);
            // Keystrokes sent without waiting (a burst), then a statement typed into the comment's
            // function that adds a finding, then deleted: whole-analysis equality at every published version.
            String typed = "\tfor _, y := range xs {\n\t\tgo func() { fmt.Println(y) }()\n\t}\n";
            int at = file.indexOf("\t// typing inside\n");
            int version = 0;
            for (int i = 0; i < typed.length(); i++) {
                version = client.type(wire, uri, version, at + i, at + i, typed.substring(i, i + 1));
                texts.put(version, client.text);
            }
            for (int i = typed.length(); i > typed.length() / 2; i--) {
                version = client.type(wire, uri, version, at + i - 1, at + i, "");
                texts.put(version, client.text);
            }
            wire.diagnostics(uri, version);
            List<JsonObject> publishes = wire.all(m -> PUBLISH.equals(WireClient.text(m, "method")));
            assertTrue(publishes.size() > 1, "the burst's last version and the opening at least");
            for (JsonObject m : publishes) {
                int v = m.getAsJsonObject("params").get("version").getAsInt();
                ClientText then = new ClientText(v == 0 ? file : texts.get(v));
                assertEquals(TypingTest.expected(then), TypingTest.ranges(m.getAsJsonObject("params")
                        .getAsJsonArray("diagnostics")), "version " + v);
            }
            // and typing on key by key, each keystroke answered for its own text
            for (int i = typed.length() / 2; i > 0; i--) {
                version = client.type(wire, uri, version, at + i - 1, at + i, "");
                assertEquals(TypingTest.expected(client), TypingTest.ranges(Diagnostics.published(wire, uri, version)));
            }
        }
    }

    @Test
    void aBurstOfEditsWithCodeActionRequestsCancelledAsAnEditorDoesRunsNoSupersededWork(@TempDir Path dir)
            throws Exception {
        GoModule module = new GoModule(dir, "1.21");
        String uri = module.uri("main.go");
        String file = bigFile(400);
        ClientText client = new ClientText(file);
        var work = new java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger>();
        DocumentAnalyzer.work = work;
        try (WireClient wire = new WireClient()) {
            Messages.handshake(wire, FixAllResolveTest.resolvingCapabilities(), null);
            wire.notify("textDocument/didOpen", Messages.didOpen(uri, 0, client.text));
            wire.diagnostics(uri, 0);
            int at = file.indexOf("\t// typing inside") + "\t// typing inside".length();
            int versions = 200;
            List<Integer> requests = new java.util.ArrayList<>();
            for (int v = 1; v <= versions; v++) {
                if (!requests.isEmpty()) { // VS Code cancels the code actions of a text it has changed
                    cancel(wire, requests.get(requests.size() - 1));
                }
                client.type(wire, uri, v - 1, at, at, "x");
                at++;
                // a cursor move asks for everything; every tenth edit also asks for fix-all by kind
                requests.add(wire.request("textDocument/codeAction", Messages.codeAction(uri,
                        Messages.range(0, 0, 0, 0))));
                if (v % 10 == 0 && v < versions) {
                    int fixAll = wire.request("textDocument/codeAction", Messages.codeAction(uri,
                            Messages.range(0, 0, 0, 0), "source.fixAll"));
                    cancel(wire, fixAll);
                    requests.add(fixAll);
                }
            }
            assertEquals(TypingTest.expected(client), TypingTest.ranges(Diagnostics.published(wire, uri, versions)));
            for (int id : requests) {
                JsonObject answer = wire.response(id);
                assertTrue(answer.has("result") || answer.getAsJsonObject("error").get("code").getAsInt() == -32800,
                        "an answer or RequestCancelled: " + answer);
            }
            JsonObject last = wire.response(requests.get(requests.size() - 1));
            assertTrue(last.has("result"), "the request nobody cancelled is answered: " + last);
            int analyses = work.getOrDefault("analyze " + uri, new java.util.concurrent.atomic.AtomicInteger()).get();
            int fixAlls = work.getOrDefault("fixAll " + uri, new java.util.concurrent.atomic.AtomicInteger()).get();
            // One analysis per run of the worker, not one per version or per request.
            assertTrue(analyses <= versions / 2, analyses + " analyses for " + versions + " versions");
            assertTrue(fixAlls <= 3, fixAlls + " fix-alls computed: those asked for were cancelled");
        } finally {
            DocumentAnalyzer.work = null;
        }
    }

    private static void cancel(WireClient wire, int id) {
        JsonObject params = new JsonObject();
        params.addProperty("id", id);
        wire.notify("$/cancelRequest", params);
    }


    @Test
    void aBurstOfEditsIsAnalysedOnceForItsLastVersion(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir, Messages.fullCapabilities(),
                Messages.json("{\"debounceMs\": 1000}"), GoModule.HAZARD)) {
            h.published(1);
            // 1,000 one-character edits typed into a comment at the end of the file
            for (int v = 2; v <= 1001; v++) {
                h.wire.notify("textDocument/didChange", Messages.didChange(h.uri, v,
                        Messages.range(9, v - 2, 9, v - 2), v == 2 ? "/" : v == 3 ? "/" : "x"));
            }
            JsonObject last = h.wire.diagnostics(h.uri, 1001);
            assertEquals(1, Diagnostics.of(last.getAsJsonObject("params").getAsJsonArray("diagnostics"),
                    "loopvar-capture").size());
            List<JsonObject> publishes = h.wire.all(m -> PUBLISH.equals(WireClient.text(m, "method")));
            assertTrue(publishes.size() <= 3, "debounced: " + publishes.size() + " publications");
        }
    }

    @Test
    void diagnosticsAreNeverPublishedForAVersionOlderThanOneAlreadyPublished(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir, Messages.fullCapabilities(),
                Messages.json("{\"debounceMs\": 0}"), GoModule.HAZARD)) {
            for (int v = 2; v <= 200; v++) {
                h.wire.notify("textDocument/didChange", Messages.didChange(h.uri, v,
                        Messages.range(9, 0, 9, 0), v == 2 ? "//" : "y"));
            }
            h.wire.diagnostics(h.uri, 200);
            int previous = 0;
            for (JsonObject m : h.wire.all(m -> PUBLISH.equals(WireClient.text(m, "method")))) {
                int version = m.getAsJsonObject("params").get("version").getAsInt();
                assertTrue(version > previous, "published " + version + " after " + previous);
                previous = version;
            }
            assertEquals(200, previous);
        }
    }

    @Test
    void aDiagnosticMovesWithTheEditThatMovedItsCode(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            h.wire.notify("textDocument/didChange", Messages.didChange(h.uri, 2, Messages.range(4, 0, 4, 0),
                    "// a new line above main\n"));
            JsonObject d = Diagnostics.only(h.published(2), "loopvar-capture");
            assertEquals(GoModule.HAZARD_LINE + 1,
                    d.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
        }
    }
}
