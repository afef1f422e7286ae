package io.captureguard.fixes;

import java.util.List;

/**
 * What a rule found: the rule's name (the diagnostic code), a message saying what happens at run
 * time, the exact span, related locations, and the fixes that remove it.
 */
public record Finding(String rule, String message, int start, int end, Severity severity,
                      List<Location> related, List<Fix> fixes) {
}
