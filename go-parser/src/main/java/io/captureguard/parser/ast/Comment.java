package io.captureguard.parser.ast;

import java.util.List;

/**
 * A comment, {@code //…} or {@code /*…*}{@code /}, with its exact text. Directives
 * ({@code //go:build}, {@code //captureguard:ignore}, {@code //nolint}) are found by looking here.
 */
public record Comment(int start, int end, String text) implements Node {
    public boolean isLineComment() {
        return text.startsWith("//");
    }

    /** The text without the comment markers (and without a CR before the line end). */
    public String body() {
        if (isLineComment()) {
            String body = text.substring(2);
            return body.endsWith("\r") ? body.substring(0, body.length() - 1) : body;
        }
        return text.endsWith("*/") ? text.substring(2, text.length() - 2) : text.substring(2);
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
