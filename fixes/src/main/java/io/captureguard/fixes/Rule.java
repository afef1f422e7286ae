package io.captureguard.fixes;

import java.util.List;

/**
 * A check, with its metadata on its face (as Error Prone's checkers have): a stable name used as
 * the diagnostic code, in suppressions and in docs/rules/&lt;name&gt;.md, a one-line summary, a
 * default severity, and the check itself. Rules are stateless and thread-safe.
 */
public interface Rule {
    String name();

    String summary();

    Severity defaultSeverity();

    List<Finding> check(FileContext file);
}
