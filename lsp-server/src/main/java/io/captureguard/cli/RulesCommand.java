package io.captureguard.cli;

import io.captureguard.fixes.Rule;
import io.captureguard.fixes.Rules;
import java.io.PrintStream;
import java.util.Locale;

/** {@code captureguard rules}: every rule with its default severity and summary, one a line. */
public final class RulesCommand {
    private RulesCommand() {
    }

    public static int run(PrintStream out) {
        int width = Rules.all().stream().mapToInt(r -> r.name().length()).max().orElse(0);
        for (Rule r : Rules.all()) {
            out.printf("%-" + width + "s  %-11s  %s%n", r.name(),
                    r.defaultSeverity().name().toLowerCase(Locale.ROOT), r.summary());
        }
        return CheckCommand.CLEAN;
    }
}
