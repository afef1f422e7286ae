package io.captureguard.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Fix;
import io.captureguard.fixes.Location;
import io.captureguard.fixes.TextEdit;
import io.captureguard.parser.SyntaxError;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code --format json}: the schema documented in docs/cli.md and docs/schema/findings-v1.json.
 * A change that could break a reader (a field removed, renamed or retyped) raises
 * {@link #SCHEMA_VERSION}; new fields do not.
 */
final class JsonReport implements Report {
    static final int SCHEMA_VERSION = 1;

    @Override
    public void write(List<FileResult> results, PrintStream out) {
        JsonObject root = new JsonObject();
        root.addProperty("schemaVersion", SCHEMA_VERSION);
        JsonObject tool = new JsonObject();
        tool.addProperty("name", Tool.NAME);
        tool.addProperty("version", Tool.VERSION);
        root.add("tool", tool);
        JsonArray findings = new JsonArray();
        JsonArray problems = new JsonArray();
        int checked = 0;
        int fixes = 0;
        for (FileResult r : results) {
            Positions at = new Positions(r.text());
            String file = r.path().toString();
            for (Finding f : r.findings()) {
                findings.add(finding(file, f, at));
            }
            for (SyntaxError e : r.syntaxErrors()) {
                JsonObject p = problem(file, "syntax-error", e.message());
                p.add("position", position(at, e.offset()));
                problems.add(p);
            }
            switch (r.outcome()) {
                case CHECKED -> checked++;
                case UNREADABLE -> problems.add(problem(file, "unreadable", r.detail()));
                case NOT_WRITTEN -> problems.add(problem(file, "not-written", r.detail()));
                case INTERNAL_ERROR -> problems.add(problem(file, "internal-error", r.detail()));
                default -> {
                }
            }
            fixes += r.fixesApplied();
        }
        root.add("findings", findings);
        root.add("problems", problems);
        JsonObject summary = new JsonObject();
        summary.addProperty("filesChecked", checked);
        summary.addProperty("findings", findings.size());
        summary.addProperty("fixesApplied", fixes);
        root.add("summary", summary);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    private static JsonObject finding(String file, Finding f, Positions at) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        o.addProperty("rule", f.rule().name());
        o.addProperty("severity", f.severity().name().toLowerCase(Locale.ROOT));
        o.addProperty("message", f.message());
        o.add("start", position(at, f.start()));
        o.add("end", position(at, f.end()));
        JsonArray related = new JsonArray();
        for (Location l : f.related()) {
            JsonObject r = new JsonObject();
            r.addProperty("message", l.message());
            r.add("start", position(at, l.start()));
            r.add("end", position(at, l.end()));
            related.add(r);
        }
        o.add("related", related);
        JsonArray fixes = new JsonArray();
        for (Fix fix : f.fixes()) {
            JsonObject x = new JsonObject();
            x.addProperty("title", fix.title());
            x.addProperty("safety", fix.safety().name().toLowerCase(Locale.ROOT));
            x.addProperty("preferred", fix.preferred());
            JsonArray edits = new JsonArray();
            for (TextEdit e : fix.edits()) {
                JsonObject edit = new JsonObject();
                edit.add("start", position(at, e.start()));
                edit.add("end", position(at, e.end()));
                edit.addProperty("newText", e.replacement());
                edits.add(edit);
            }
            x.add("edits", edits);
            fixes.add(x);
        }
        o.add("fixes", fixes);
        return o;
    }

    private static JsonObject problem(String file, String kind, String message) {
        JsonObject p = new JsonObject();
        p.addProperty("file", file);
        p.addProperty("kind", kind);
        p.addProperty("message", message);
        return p;
    }

    /** 1-based line, 1-based column in UTF-8 bytes (as in the text format), 0-based byte offset. */
    private static JsonObject position(Positions at, int offset) {
        JsonObject p = new JsonObject();
        p.addProperty("line", at.line(offset));
        p.addProperty("column", at.byteColumn(offset));
        p.addProperty("offset", at.byteOffset(offset));
        return p;
    }
}
