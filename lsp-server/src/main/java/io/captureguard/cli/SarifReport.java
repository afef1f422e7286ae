package io.captureguard.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Fix;
import io.captureguard.fixes.Location;
import io.captureguard.fixes.RuleDescription;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.RuleDocs;
import io.captureguard.fixes.Rules;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.TextEdit;
import io.captureguard.parser.SyntaxError;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: SARIF 2.1.0 as GitHub code scanning takes it. Paths are relative to
 * the repository root (named once, in {@code originalUriBaseIds}), so results line up with the
 * repository whatever folder the run started from; rules carry their summary, their page as help
 * and its URL; every result has a fingerprint that survives lines moving up or down, so an alert
 * is not reopened by an unrelated edit above it. Columns are UTF-16 units ({@code columnKind}).
 */
final class SarifReport implements Report {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String ROOT_ID = "SRCROOT";
    private static final String FINGERPRINT = "captureguard/v1";

    private final Path root;

    SarifReport(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(List<FileResult> results, PrintStream out) {
        Map<RuleId, Integer> ruleIndex = new LinkedHashMap<>();
        JsonArray rules = new JsonArray();
        for (RuleDescription r : Rules.descriptions()) {
            ruleIndex.put(r.id(), rules.size());
            rules.add(rule(r.id(), r.summary(), r.defaultSeverity()));
        }
        JsonArray sarifResults = new JsonArray();
        JsonArray notifications = new JsonArray();
        boolean successful = true;
        for (FileResult r : results) {
            Positions at = new Positions(r.text());
            Map<String, Integer> seen = new HashMap<>();
            for (Finding f : r.findings()) {
                sarifResults.add(result(r, f, ruleIndex.get(f.rule()), at, seen));
            }
            for (SyntaxError e : r.syntaxErrors()) {
                JsonObject n = notification("syntax-error", "error", "syntax error: " + e.message());
                JsonArray locations = new JsonArray();
                locations.add(location(r.path(), region(at, e.offset(), e.offset())));
                n.add("locations", locations);
                notifications.add(n);
            }
            switch (r.outcome()) {
                case UNREADABLE -> notifications.add(notification("unreadable", "error", r.path() + ": " + r.detail()));
                case NOT_WRITTEN -> notifications.add(notification("not-written", "error", r.path() + ": " + r.detail()));
                case INTERNAL_ERROR -> {
                    successful = false;
                    notifications.add(notification("internal-error", "error", r.path() + ": " + r.detail()));
                }
                default -> {
                }
            }
        }

        JsonObject driver = new JsonObject();
        driver.addProperty("name", Tool.NAME);
        driver.addProperty("version", Tool.VERSION);
        driver.addProperty("semanticVersion", Tool.VERSION);
        driver.addProperty("informationUri", Tool.URL);
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonObject invocation = new JsonObject();
        invocation.addProperty("executionSuccessful", successful);
        invocation.add("toolExecutionNotifications", notifications);
        JsonArray invocations = new JsonArray();
        invocations.add(invocation);

        JsonObject rootUri = new JsonObject();
        rootUri.addProperty("uri", directoryUri(root));
        JsonObject baseIds = new JsonObject();
        baseIds.add(ROOT_ID, rootUri);

        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("invocations", invocations);
        run.add("originalUriBaseIds", baseIds);
        run.addProperty("columnKind", "utf16CodeUnits");
        run.add("results", sarifResults);
        JsonArray runs = new JsonArray();
        runs.add(run);

        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log));
    }

    private static JsonObject rule(RuleId id, String summary, Severity severity) {
        JsonObject r = new JsonObject();
        r.addProperty("id", id.name());
        r.addProperty("name", id.name());
        r.add("shortDescription", text(summary));
        r.add("fullDescription", text(summary));
        String page = RuleDocs.markdown(id).orElse(summary);
        JsonObject help = new JsonObject();
        help.addProperty("text", page);
        help.addProperty("markdown", page);
        r.add("help", help);
        r.addProperty("helpUri", RuleDocs.url(id));
        JsonObject config = new JsonObject();
        config.addProperty("level", level(severity));
        r.add("defaultConfiguration", config);
        return r;
    }

    private JsonObject result(FileResult file, Finding f, int ruleIndex, Positions at, Map<String, Integer> seen) {
        JsonObject o = new JsonObject();
        o.addProperty("ruleId", f.rule().name());
        o.addProperty("ruleIndex", ruleIndex);
        o.addProperty("level", level(f.severity()));
        o.add("message", text(f.message()));
        JsonArray locations = new JsonArray();
        locations.add(location(file.path(), region(at, f.start(), f.end())));
        o.add("locations", locations);
        if (!f.related().isEmpty()) {
            JsonArray related = new JsonArray();
            int id = 0;
            for (Location l : f.related()) {
                JsonObject loc = location(file.path(), region(at, l.start(), l.end()));
                loc.addProperty("id", id++);
                loc.add("message", text(l.message()));
                related.add(loc);
            }
            o.add("relatedLocations", related);
        }
        JsonObject fingerprints = new JsonObject();
        fingerprints.addProperty(FINGERPRINT, fingerprint(file, f, at, seen));
        o.add("partialFingerprints", fingerprints);
        if (!f.fixes().isEmpty()) {
            JsonArray fixes = new JsonArray();
            for (Fix fix : f.fixes()) {
                fixes.add(fix(file.path(), fix, at));
            }
            o.add("fixes", fixes);
        }
        return o;
    }

    private JsonObject fix(Path file, Fix fix, Positions at) {
        JsonArray replacements = new JsonArray();
        for (TextEdit e : fix.edits()) {
            JsonObject replacement = new JsonObject();
            replacement.add("deletedRegion", region(at, e.start(), e.end()));
            JsonObject inserted = new JsonObject();
            inserted.addProperty("text", e.replacement());
            replacement.add("insertedContent", inserted);
            replacements.add(replacement);
        }
        JsonObject change = new JsonObject();
        change.add("artifactLocation", artifact(file));
        change.add("replacements", replacements);
        JsonArray changes = new JsonArray();
        changes.add(change);
        JsonObject o = new JsonObject();
        o.add("description", text(fix.title() + " (" + fix.safety().name().toLowerCase() + ")"));
        o.add("artifactChanges", changes);
        return o;
    }

    /**
     * Rule, file, the flagged line's text and the flagged text, and which of the identical ones
     * it is: stable when code moves, new when the flagged code changes.
     */
    private String fingerprint(FileResult file, Finding f, Positions at, Map<String, Integer> seen) {
        String flagged = file.text().substring(Math.min(f.start(), file.text().length()),
                Math.min(f.end(), file.text().length()));
        String key = f.rule().name() + "\0" + relative(file.path()) + "\0" + at.lineText(f.start()).strip() + "\0" + flagged;
        int ordinal = seen.merge(key, 1, Integer::sum);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((key + "\0" + ordinal).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private JsonObject location(Path file, JsonObject region) {
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact(file));
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        return location;
    }

    private JsonObject artifact(Path file) {
        JsonObject a = new JsonObject();
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(root)) {
            a.addProperty("uri", relative(file));
            a.addProperty("uriBaseId", ROOT_ID);
        } else {
            a.addProperty("uri", absolute.toUri().toString());
        }
        return a;
    }

    /** The file's path from the repository root, as a relative URI reference (slashes, escapes). */
    private String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path rel = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        List<String> parts = new ArrayList<>();
        rel.forEach(p -> parts.add(p.toString()));
        try {
            return new URI(null, null, String.join("/", parts), null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String directoryUri(Path dir) {
        String uri = dir.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static JsonObject region(Positions at, int start, int end) {
        JsonObject r = new JsonObject();
        r.addProperty("startLine", at.line(start));
        r.addProperty("startColumn", at.utf16Column(start));
        r.addProperty("endLine", at.line(end));
        r.addProperty("endColumn", at.utf16Column(end));
        return r;
    }

    private static JsonObject notification(String id, String level, String message) {
        JsonObject descriptor = new JsonObject();
        descriptor.addProperty("id", id);
        JsonObject n = new JsonObject();
        n.add("descriptor", descriptor);
        n.addProperty("level", level);
        n.add("message", text(message));
        return n;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "note";
        };
    }

    private static JsonObject text(String text) {
        JsonObject o = new JsonObject();
        o.addProperty("text", text);
        return o;
    }
}
