package io.captureguard.fixes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A rule's documentation page, {@code docs/rules/<name>.md}, as the jar carries it: what
 * {@code captureguard explain} prints and what an editor's hover shows.
 */
public final class RuleDocs {
    /** Where editors' diagnostic links point (the page in the repository). */
    public static final String BASE_URL = "https://github.com/captureguard/captureguard/blob/main/docs/rules/";

    private RuleDocs() {
    }

    public static Optional<String> markdown(RuleId rule) {
        try (InputStream in = RuleDocs.class.getResourceAsStream("docs/" + rule.name() + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String url(RuleId rule) {
        return BASE_URL + rule.name() + ".md";
    }
}
