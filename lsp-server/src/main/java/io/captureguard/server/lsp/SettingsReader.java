package io.captureguard.server.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.captureguard.fixes.RuleDescription;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Rules;
import io.captureguard.fixes.Severity;
import io.captureguard.parser.version.GoVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the settings object as clients send it (Gson trees: LSP4J leaves {@code Object} fields
 * untyped). Every value it cannot use is reported in {@link #problems()} and replaced by its
 * default, so a typo in a user's settings never stops the server.
 */
final class SettingsReader {
    private static final int MAX_DEBOUNCE_MS = 10_000;
    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    /**
     * @param value the section itself, or an object holding it under {@code captureguard}; null or
     *              JSON null means "all defaults"
     */
    Settings read(Object value) {
        if (!(value instanceof JsonElement element) || element.isJsonNull()) {
            if (value != null && !(value instanceof JsonElement)) {
                problems.add("settings: expected an object, got " + value.getClass().getSimpleName());
            }
            return Settings.DEFAULTS;
        }
        if (!element.isJsonObject()) {
            problems.add("settings: expected an object, got " + element);
            return Settings.DEFAULTS;
        }
        JsonObject section = element.getAsJsonObject();
        if (section.has("captureguard") && section.get("captureguard").isJsonObject()) {
            section = section.getAsJsonObject("captureguard");
        }
        Settings d = Settings.DEFAULTS;
        JsonObject rules = object(section, "rules");
        return new Settings(
                bool(section, "enable", d.enable()),
                rules == null || !rules.has("select") ? Optional.empty() : ruleNames(rules, "select", "rules.select"),
                rules == null ? Set.of() : ruleNames(rules, "ignore", "rules.ignore").orElse(Set.of()),
                severities(section),
                goVersion(section),
                debounce(section, d.debounceMs()),
                bool(section, "respectNolint", d.respectNolint()),
                bool(section, "preferParameterForm", d.preferParameterForm()));
    }

    private JsonObject object(JsonObject section, String key) {
        JsonElement e = section.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject()) {
            problems.add(key + ": expected an object, got " + e + "; using the default");
            return null;
        }
        return e.getAsJsonObject();
    }

    private boolean bool(JsonObject section, String key, boolean fallback) {
        JsonElement e = section.get(key);
        if (e == null || e.isJsonNull()) {
            return fallback;
        }
        if (e instanceof JsonPrimitive p && p.isBoolean()) {
            return p.getAsBoolean();
        }
        problems.add(key + ": expected true or false, got " + e + "; using " + fallback);
        return fallback;
    }

    private Optional<Set<RuleId>> ruleNames(JsonObject rules, String key, String label) {
        JsonElement e = rules.get(key);
        if (e == null || e.isJsonNull()) {
            return Optional.empty();
        }
        if (!e.isJsonArray()) {
            problems.add(label + ": expected a list of rule names, got " + e + "; using the default");
            return Optional.empty();
        }
        Set<RuleId> names = new LinkedHashSet<>();
        for (JsonElement item : (JsonArray) e) {
            String name = item.isJsonPrimitive() ? item.getAsString() : item.toString();
            Optional<RuleDescription> rule = rule(name);
            if (rule.isPresent()) {
                names.add(rule.get().id());
            } else {
                problems.add(label + ": unknown rule '" + name + "' (known: " + knownRules() + ")");
            }
        }
        if (names.isEmpty() && !((JsonArray) e).isEmpty()) {
            // Only typos: running no rule at all would look like a clean file.
            problems.add(label + ": no known rule named; using the default");
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(names));
    }

    private Map<RuleId, Severity> severities(JsonObject section) {
        JsonObject object = object(section, "severity");
        if (object == null) {
            return Map.of();
        }
        Map<RuleId, Severity> result = new HashMap<>();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String rule = entry.getKey();
            if (rule(rule).isEmpty()) {
                problems.add("severity: unknown rule '" + rule + "' (known: " + knownRules() + ")");
                continue;
            }
            Optional<Severity> level = entry.getValue().isJsonPrimitive()
                    ? severity(entry.getValue().getAsString()) : Optional.empty();
            if (level.isEmpty()) {
                problems.add("severity." + rule + ": expected error, warning, information or hint, got "
                        + entry.getValue() + "; using the rule's default");
            } else {
                result.put(rule(rule).orElseThrow().id(), level.get());
            }
        }
        return Map.copyOf(result);
    }

    private static Optional<Severity> severity(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(Severity.ERROR);
            case "warning" -> Optional.of(Severity.WARNING);
            case "information", "info" -> Optional.of(Severity.INFORMATION);
            case "hint" -> Optional.of(Severity.HINT);
            default -> Optional.empty();
        };
    }

    private Optional<GoVersion> goVersion(JsonObject section) {
        JsonElement e = section.get("goVersion");
        if (e == null || e.isJsonNull() || (e.isJsonPrimitive() && e.getAsString().isEmpty())) {
            return Optional.empty();
        }
        String text = e.isJsonPrimitive() ? e.getAsString().strip() : e.toString();
        Optional<GoVersion> version = GoVersion.parse(text.startsWith("go") ? text.substring(2) : text);
        if (version.isEmpty()) {
            problems.add("goVersion: expected a Go version like \"1.21\", got " + e
                    + "; deciding per file from go.mod and build lines");
        }
        return version;
    }

    private Optional<Integer> debounce(JsonObject section, Optional<Integer> fallback) {
        JsonElement e = section.get("debounceMs");
        if (e == null || e.isJsonNull()) {
            return fallback;
        }
        if (e instanceof JsonPrimitive p && p.isNumber()) {
            double ms = p.getAsDouble();
            if (ms >= 0 && ms <= MAX_DEBOUNCE_MS) {
                return Optional.of((int) Math.round(ms));
            }
        }
        problems.add("debounceMs: expected a number of milliseconds from 0 to " + MAX_DEBOUNCE_MS + ", got "
                + e + "; using " + fallback.map(ms -> ms + " ms").orElse("the adaptive schedule"));
        return fallback;
    }

    /** A rule of the registry, or the suppression check (which may be rated; it always runs). */
    private static Optional<RuleDescription> rule(String name) {
        return Rules.describe(name);
    }

    private static String knownRules() {
        return String.join(", ", Rules.all().stream().map(r -> r.id().name()).toList());
    }
}
