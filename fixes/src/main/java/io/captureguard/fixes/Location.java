package io.captureguard.fixes;

/** A span of the file with a note, for a finding's related information (the loop header, a later write). */
public record Location(int start, int end, String message) {
}
