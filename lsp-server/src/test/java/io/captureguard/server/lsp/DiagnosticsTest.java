package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {

    @Test
    void aFindingBecomesADiagnosticWithRuleCodeSourceLinkAndTheLoopHeader(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            JsonObject d = Diagnostics.only(h.published(1), "loopvar-capture");
            assertEquals("captureguard", d.get("source").getAsString());
            assertEquals(2, d.get("severity").getAsInt(), "warning by default");
            assertEquals("https://github.com/captureguard/captureguard/blob/main/docs/rules/loopvar-capture.md",
                    d.getAsJsonObject("codeDescription").get("href").getAsString());
            assertEquals(Messages.range(GoModule.HAZARD_LINE, GoModule.HAZARD_CHARACTER,
                    GoModule.HAZARD_LINE, GoModule.HAZARD_CHARACTER + 1), d.getAsJsonObject("range"));
            JsonObject related = d.getAsJsonArray("relatedInformation").get(0).getAsJsonObject();
            assertEquals(h.uri, related.getAsJsonObject("location").get("uri").getAsString());
            assertEquals(5, related.getAsJsonObject("location").getAsJsonObject("range")
                    .getAsJsonObject("start").get("line").getAsInt(), "the for line");
            assertTrue(d.get("message").getAsString().contains("`i`"), d.toString());
        }
    }

    /** A loop that nothing bounds, so that defer-in-loop reports it beside loopvar-capture. */
    private static final String UNBOUNDED = GoModule.HAZARD.replace("import \"fmt\"", "import (\n\t\"fmt\"\n\t\"os\"\n)")
            .replace("i < 3", "i < len(os.Args)");

    @Test
    void severitiesAndRuleSelectionComeFromTheSettings(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir.resolve("defaults"), Messages.fullCapabilities(), null, UNBOUNDED)) {
            JsonArray diagnostics = h.published(1);
            assertEquals(2, Diagnostics.only(diagnostics, "loopvar-capture").get("severity").getAsInt(), "warning");
            assertEquals(1, Diagnostics.of(diagnostics, "defer-in-loop").size(), diagnostics.toString());
        }
        JsonObject settings = Messages.json("""
                {"captureguard": {"severity": {"loopvar-capture": "error"}, "rules": {"ignore": ["defer-in-loop"]}}}""");
        try (OpenHazard h = new OpenHazard(dir.resolve("set"), Messages.fullCapabilities(), settings, UNBOUNDED)) {
            JsonArray diagnostics = h.published(1);
            assertEquals(1, Diagnostics.only(diagnostics, "loopvar-capture").get("severity").getAsInt(), "error");
            assertEquals(0, Diagnostics.of(diagnostics, "defer-in-loop").size(), diagnostics.toString());
        }
    }

    @Test
    void theGoVersionSettingOverridesGoMod(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir, Messages.fullCapabilities(), Messages.json("{\"goVersion\": \"1.22\"}"),
                GoModule.HAZARD)) {
            assertEquals(0, Diagnostics.of(h.published(1), "loopvar-capture").size(),
                    "per-iteration variables from 1.22 on");
        }
    }

    @Test
    void aBuildLineDecidesTheVersionOfItsFile(@TempDir Path dir) throws Exception {
        String source = "//go:build go1.22\n\n" + GoModule.HAZARD;
        try (OpenHazard h = new OpenHazard(dir, Messages.fullCapabilities(), null, source)) {
            assertEquals(0, Diagnostics.of(h.published(1), "loopvar-capture").size());
        }
    }

    @Test
    void disablingClearsEveryDiagnostic(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            assertEquals(1, Diagnostics.of(h.published(1), "loopvar-capture").size());
            h.wire.notify("workspace/didChangeConfiguration",
                    Messages.json("{\"settings\": {\"captureguard\": {\"enable\": false}}}"));
            h.wire.await(m -> "textDocument/publishDiagnostics".equals(WireClient.text(m, "method"))
                    && m.getAsJsonObject("params").getAsJsonArray("diagnostics").isEmpty(), "empty diagnostics");
        }
    }

    @Test
    void aRedundantCopyIsAHintTaggedUnnecessary(@TempDir Path dir) throws Exception {
        String source = """
                package main

                import "fmt"

                func main() {
                	for _, v := range []int{1, 2, 3} {
                		v := v
                		go func() { fmt.Println(v) }()
                	}
                }
                """;
        try (OpenHazard h = new OpenHazard(dir, Messages.fullCapabilities(), Messages.json("{\"goVersion\": \"1.22\"}"),
                source)) {
            JsonObject d = Diagnostics.only(h.published(1), "redundant-copy");
            assertEquals(4, d.get("severity").getAsInt(), "hint");
            assertEquals("[1]", d.getAsJsonArray("tags").toString(), "Unnecessary");
            assertEquals(6, d.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
        }
    }

    @Test
    void closingADocumentClearsItsDiagnostics(@TempDir Path dir) throws Exception {
        try (OpenHazard h = new OpenHazard(dir)) {
            h.published(1);
            h.wire.notify("textDocument/didClose", Messages.textDocument(h.uri));
            h.wire.await(m -> "textDocument/publishDiagnostics".equals(WireClient.text(m, "method"))
                    && !m.getAsJsonObject("params").has("version")
                    && m.getAsJsonObject("params").getAsJsonArray("diagnostics").isEmpty(), "cleared diagnostics");
        }
    }
}
