package io.captureguard.fixes.engine;

import io.captureguard.fixes.Edits;
import io.captureguard.fixes.TextEdit;

/**
 * Where a new version of a text differs from the old one, as a single replaced span found from
 * their common prefix and suffix: old {@code [start, oldEnd)} became new {@code [start, newEnd)}.
 */
record TextChange(int start, int oldEnd, int newEnd) {

    static TextChange between(String before, String after) {
        TextEdit edit = Edits.difference(before, after);
        return new TextChange(edit.start(), edit.end(), edit.start() + edit.replacement().length());
    }

    int delta() {
        return newEnd - oldEnd;
    }

    /** Where an offset of the old text that lies outside the change is in the new text. */
    int shift(int oldOffset) {
        return oldOffset >= oldEnd ? oldOffset + delta() : oldOffset;
    }
}
