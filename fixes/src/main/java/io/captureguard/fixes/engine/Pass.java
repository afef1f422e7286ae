package io.captureguard.fixes.engine;

import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Fix;
import io.captureguard.fixes.Location;
import io.captureguard.fixes.Rule;
import io.captureguard.fixes.Severity;
import java.util.List;

/**
 * One rule's run over one file: what it may read (the file, the analyses it declared) and where
 * it reports. Findings get the rule's id and the severity in effect (the user's override, else
 * the one the rule gives).
 */
public final class Pass {
    private final Rule rule;
    private final FileContext file;
    private final List<Finding> findings;

    Pass(Rule rule, FileContext file, List<Finding> findings) {
        this.rule = rule;
        this.file = file;
        this.findings = findings;
    }

    public FileContext file() {
        return file;
    }

    /** A result the rule declared in {@code requires()}; asking for another is a bug in the rule. */
    public <T> T resultOf(FileAnalysis<T> analysis) {
        if (!rule.requires().contains(analysis)) {
            throw new IllegalStateException(rule.id() + " reads " + analysis + " without declaring it in requires()");
        }
        return file.resultOf(analysis);
    }

    /** Reports a finding at the rule's default severity. */
    public void report(int start, int end, String message, List<Location> related, List<Fix> fixes) {
        report(rule.description().defaultSeverity(), start, end, message, related, fixes);
    }

    /** Reports a finding that the rule rates {@code severity} unless the user chose another for it. */
    public void report(Severity severity, int start, int end, String message, List<Location> related,
                       List<Fix> fixes) {
        findings.add(new Finding(rule.id(), message, start, end, file.options().severityOf(rule.id(), severity),
                List.copyOf(related), List.copyOf(fixes)));
    }
}
