package io.captureguard.fixes;

import java.util.List;

/** One way to remove a finding: a title for the user, its safety, and the edits. */
public record Fix(String title, Safety safety, List<TextEdit> edits, boolean preferred) {
    /** The same fix, marked preferred or not (which one is preferred depends on its alternatives). */
    public Fix withPreferred(boolean preferred) {
        return new Fix(title, safety, edits, preferred);
    }
}
