package io.captureguard.fixes;

/** Replace the text between two offsets (UTF-16, end exclusive) with {@code replacement}. */
public record TextEdit(int start, int end, String replacement) {
    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        }
    }
}
