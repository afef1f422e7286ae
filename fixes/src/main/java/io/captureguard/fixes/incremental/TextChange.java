package io.captureguard.fixes.incremental;

/**
 * Where a new version of a text differs from the old one, as a single replaced span found from
 * their common prefix and suffix: old {@code [start, oldEnd)} became new {@code [start, newEnd)}.
 */
record TextChange(int start, int oldEnd, int newEnd) {

    static TextChange between(String before, String after) {
        int limit = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextChange(prefix, before.length() - suffix, after.length() - suffix);
    }

    int delta() {
        return newEnd - oldEnd;
    }

    /** Where an offset of the old text that lies outside the change is in the new text. */
    int shift(int oldOffset) {
        return oldOffset >= oldEnd ? oldOffset + delta() : oldOffset;
    }
}
