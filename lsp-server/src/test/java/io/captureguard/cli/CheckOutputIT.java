package io.captureguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.RuleDocs;
import io.captureguard.fixes.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output format of {@code captureguard check}, from the jar run as a process over a small Go
 * module (lsp-server/src/test/resources/cli/module, go 1.21). Findings are limited to
 * loopvar-capture so that rules still being written cannot change what these tests expect.
 */
class CheckOutputIT {
    private static final Pattern TEXT_LINE = Pattern.compile("(.+?):(\\d+):(\\d+): (.+) \\(([a-z-]+)\\)");

    @TempDir
    Path tmp;

    @Test
    void textLinesHaveByteColumnsAndSkipWhatTheGoCommandSkips() {
        Path module = Cli.copyOf("module", tmp);
        Cli.Run run = Cli.run(module, "check", "--select", "loopvar-capture", ".");
        assertEquals(1, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.toString());
        assertTrue(lines.get(0).startsWith("broken/broken.go:5:1: syntax error: "), run.toString());
        assertFinding(lines.get(1), "capture.go", 9, 16, "name");
        // "\t\tgo func() { fmt.Println(\"héllo, wörld\", " is 42 characters but 44 bytes.
        assertFinding(lines.get(2), "unicode.go", 8, 45, "word");
        assertTrue(run.err().contains("checked 3 files, 2 findings, 1 syntax error"), run.err());
        assertFalse(run.err().contains("\r"), "no progress line when stderr is not a terminal");
    }

    @Test
    void skippedFoldersAndGeneratedFilesAreCheckedWhenAskedFor() {
        Path module = Cli.copyOf("module", tmp);
        Cli.Run all = Cli.run(module, "check", "--select", "loopvar-capture", "--include-vendor",
                "--include-testdata", "--include-hidden", "--include-generated", "./...");
        Set<String> files = new HashSet<>();
        all.out().lines().map(l -> l.substring(0, l.indexOf(':'))).forEach(files::add);
        assertEquals(Set.of("broken/broken.go", "capture.go", "unicode.go", ".hidden/skipped.go",
                "_scratch/skipped.go", "testdata/skipped.go", "vendor/example.com/dep/skipped.go", "gen/table.go"),
                files, all.toString());
        // A file named on the command line is checked even where a walk would skip it.
        Cli.Run named = Cli.run(module, "check", "--select", "loopvar-capture", "vendor/example.com/dep/skipped.go");
        assertEquals(1, named.exitCode(), named.toString());
        assertTrue(named.out().startsWith("vendor/example.com/dep/skipped.go:5:22: "), named.toString());
        // Generated code is left out even when named (a pre-commit hook names every staged file).
        Cli.Run generated = Cli.run(module, "check", "gen/table.go");
        assertEquals(0, generated.exitCode(), generated.toString());
        assertTrue(generated.err().contains("checked 0 files"), generated.err());
    }

    @Test
    void suppressionCommentsAreHonouredAndTheirMistakesReported() {
        Path module = Cli.copyOf("suppressed", tmp);
        Cli.Run run = Cli.run(module, "check", ".");
        assertEquals(1, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.toString());
        for (String line : lines) {
            assertTrue(line.startsWith("supp.go:9:1: ") && line.endsWith(" (suppression)"), line);
        }
        Cli.Run ignored = Cli.run(module, "check", "--ignore", "suppression", ".");
        assertEquals(0, ignored.exitCode(), "line 5 is suppressed with a reason: " + ignored);
    }

    @Test
    void aRootThatIsASymlinkIsWalkedUnderTheNameGiven() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        Files.createSymbolicLink(tmp.resolve("link"), module);
        Cli.Run run = Cli.run(tmp, "check", "--select", "loopvar-capture", "link/...");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\nlink/capture.go:9:16: "), run.toString());
    }

    @Test
    void theGoVersionComesFromEachFile() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        Path modern = module.resolve("modern.go");
        Files.writeString(modern, "//go:build go1.22\n\n" + Files.readString(module.resolve("capture.go")));
        Cli.Run run = Cli.run(module, "check", "--select", "loopvar-capture", "capture.go", "modern.go");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("capture.go:9:16:"), run.toString());
        assertFalse(run.out().contains("modern.go"), "a go1.22 build line gives per-iteration variables: " + run);
        Cli.Run overridden = Cli.run(module, "check", "--select", "loopvar-capture", "--go-version", "1.22", "capture.go");
        assertEquals(0, overridden.exitCode(), overridden.toString());
        assertEquals("", overridden.out());
    }

    @Test
    void jsonFollowsThePublishedSchema() {
        Path module = Cli.copyOf("module", tmp);
        Cli.Run run = Cli.run(module, "check", "--format", "json", "--select", "loopvar-capture", ".");
        assertEquals(1, run.exitCode(), run.toString());
        JsonNode doc = Schemas.assertValid(Schemas.findingsV1(), run.out());
        Cli.Run text = Cli.run(module, "check", "--select", "loopvar-capture", ".");
        List<String> fromJson = new ArrayList<>();
        for (JsonNode f : doc.get("findings")) {
            fromJson.add(f.get("file").asText() + ":" + f.at("/start/line").asInt() + ":" + f.at("/start/column").asInt()
                    + ": " + f.get("message").asText() + " (" + f.get("rule").asText() + ")");
            assertEquals("warning", f.get("severity").asText());
            assertEquals(1, f.get("related").size(), "the loop header");
        }
        assertEquals(text.out().lines().filter(l -> !l.contains("syntax error")).toList(), fromJson);
        JsonNode problem = doc.get("problems").get(0);
        assertEquals("syntax-error", problem.get("kind").asText());
        assertEquals("broken/broken.go", problem.get("file").asText());
        assertEquals(5, problem.at("/position/line").asInt());
        assertEquals(3, doc.at("/summary/filesChecked").asInt());
        // Byte offsets: the finding's offset is where `word` starts in the file's UTF-8 bytes.
        JsonNode unicode = doc.get("findings").get(1);
        assertEquals("unicode.go", unicode.get("file").asText());
        assertEquals(unicode.at("/start/offset").asInt() + 4, unicode.at("/end/offset").asInt());
    }

    @Test
    void theSchemaCheckRejectsADocumentThatBreaksIt() {
        Path module = Cli.copyOf("module", tmp);
        Cli.Run run = Cli.run(module, "check", "--format", "json", "capture.go");
        JsonNode doc = Schemas.assertValid(Schemas.findingsV1(), run.out());
        ((ObjectNode) doc.get("findings").get(0)).remove("rule");
        ((ObjectNode) doc.get("findings").get(0).get("start")).put("column", 0);
        assertEquals(2, Schemas.findingsV1().validate(doc).size(), "a validator that accepts anything proves nothing");
    }

    @Test
    void sarifIsValidWithRuleHelpRepositoryRelativePathsAndFingerprints() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        Files.createDirectory(tmp.resolve(".git")); // tmp is the repository, module/ a folder in it
        Cli.Run run = Cli.run(module, "check", "--format", "sarif", "--select", "loopvar-capture", ".");
        assertEquals(1, run.exitCode(), run.toString());
        JsonNode log = Schemas.assertValid(Schemas.sarif210(), run.out());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode sarifRun = log.get("runs").get(0);
        assertEquals(tmp.toUri().toString(), sarifRun.at("/originalUriBaseIds/SRCROOT/uri").asText());
        JsonNode rules = sarifRun.at("/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        for (JsonNode r : rules) {
            ids.add(r.get("id").asText());
            assertEquals(RuleDocs.url(new RuleId(r.get("id").asText())), r.get("helpUri").asText());
            assertFalse(r.at("/help/text").asText().isBlank());
            assertFalse(r.at("/shortDescription/text").asText().isBlank());
        }
        assertTrue(ids.containsAll(Rules.all().stream().map(r -> r.id().name()).toList()), ids.toString());
        JsonNode results = sarifRun.get("results");
        assertEquals(2, results.size());
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode r : results) {
            assertEquals("loopvar-capture", r.get("ruleId").asText());
            assertEquals("loopvar-capture", rules.get(r.get("ruleIndex").asInt()).get("id").asText());
            assertEquals("SRCROOT", r.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
            fingerprints.add(r.at("/partialFingerprints/captureguard~1v1").asText());
        }
        assertEquals("module/capture.go", results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(9, results.get(0).at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(16, results.get(0).at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals(2, fingerprints.size(), "each result its own fingerprint");
        assertEquals("syntax-error", sarifRun.at("/invocations/0/toolExecutionNotifications/0/descriptor/id").asText());

        // Lines added above a finding move it, but it stays the same alert.
        Path capture = module.resolve("capture.go");
        Files.writeString(capture, Files.readString(capture).replace("import \"fmt\"\n", "import \"fmt\"\n\n// More.\n"));
        JsonNode moved = Schemas.assertValid(Schemas.sarif210(),
                Cli.run(module, "check", "--format", "sarif", "--select", "loopvar-capture", "capture.go").out());
        JsonNode result = moved.at("/runs/0/results/0");
        assertEquals(11, result.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(results.get(0).at("/partialFingerprints/captureguard~1v1").asText(),
                result.at("/partialFingerprints/captureguard~1v1").asText());
    }

    @Test
    void githubAnnotationsNameRepositoryPathsAndPositions() throws IOException {
        Path module = Cli.copyOf("module", tmp);
        Files.createDirectory(tmp.resolve(".git"));
        Cli.Run run = Cli.run(module, "check", "--format", "github", "--select", "loopvar-capture", ".");
        assertEquals(1, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.toString());
        assertTrue(lines.get(0).startsWith("::error file=module/broken/broken.go,line=5,col=1,endColumn=1,title=syntax error::syntax error: "),
                lines.get(0));
        Matcher m = Pattern.compile("::warning file=module/capture\\.go,line=9,col=16,endColumn=20,"
                + "title=captureguard\\(loopvar-capture\\)::(.+) \\(loopvar-capture\\)").matcher(lines.get(1));
        assertTrue(m.matches(), lines.get(1));
        assertFalse(m.group(1).contains("\n"));
        // Columns in annotations are characters: `word` starts at the 43rd of its line.
        assertTrue(lines.get(2).startsWith("::warning file=module/unicode.go,line=8,col=43,endColumn=47,"), lines.get(2));
    }

    private static void assertFinding(String line, String file, int lineNumber, int column, String variable) {
        Matcher m = TEXT_LINE.matcher(line);
        assertTrue(m.matches(), line);
        assertEquals(file, m.group(1), line);
        assertEquals(lineNumber, Integer.parseInt(m.group(2)), line);
        assertEquals(column, Integer.parseInt(m.group(3)), line);
        assertTrue(m.group(4).contains("`" + variable + "`"), line);
        assertEquals("loopvar-capture", m.group(5));
        assertNotEquals("", m.group(4));
    }
}
