package io.captureguard.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What {@code --format} accepts. */
enum OutputFormat {
    TEXT, JSON, SARIF, GITHUB;

    static OutputFormat named(String name) throws UsageException {
        for (OutputFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new UsageException("unknown format '" + name + "' (one of: " + names() + ")");
    }

    static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase()).collect(Collectors.joining(", "));
    }
}
