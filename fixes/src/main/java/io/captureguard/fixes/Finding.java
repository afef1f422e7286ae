package io.captureguard.fixes;

import java.util.List;

/**
 * What a rule found: the rule (the diagnostic code), a message saying what happens at run time,
 * the exact span, the severity in effect (the rule's, or the user's override), related
 * locations, and the fixes that remove it.
 */
public record Finding(RuleId rule, String message, int start, int end, Severity severity,
                      List<Location> related, List<Fix> fixes) {
}
