package io.captureguard.cli;

import io.captureguard.fixes.Rule;
import io.captureguard.fixes.RuleDescription;
import io.captureguard.fixes.Rules;
import java.io.PrintStream;
import java.util.Locale;

/** {@code captureguard rules}: every rule with its default severity and summary, one a line. */
public final class RulesCommand {
    private RulesCommand() {
    }

    public static int run(PrintStream out) {
        int width = Rules.all().stream().mapToInt(r -> r.id().name().length()).max().orElse(0);
        for (RuleDescription r : Rules.all().stream().map(Rule::description).toList()) {
            out.printf("%-" + width + "s  %-11s  %s%n", r.name(),
                    r.defaultSeverity().name().toLowerCase(Locale.ROOT), r.summary());
        }
        return CheckCommand.CLEAN;
    }
}
