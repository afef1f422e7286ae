package io.captureguard.cli;

import io.captureguard.fixes.RuleDescription;
import io.captureguard.fixes.RuleDocs;
import io.captureguard.fixes.Rules;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** {@code captureguard explain <rule>}: the rule's page (docs/rules/&lt;rule&gt;.md), as the jar carries it. */
public final class ExplainCommand {
    private ExplainCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: captureguard explain <rule>   (see captureguard rules)");
            return CheckCommand.USAGE;
        }
        String name = args.get(0);
        Optional<RuleDescription> rule = Rules.describe(name);
        if (rule.isPresent()) {
            Optional<String> page = RuleDocs.markdown(rule.get().id());
            if (page.isPresent()) {
                out.print(page.get().endsWith("\n") ? page.get() : page.get() + "\n");
            } else { // a rule whose page is not written yet still says what it does
                out.println("# " + name + "\n\n" + rule.get().summary() + "\n\nMore: " + RuleDocs.url(rule.get().id()));
            }
            return CheckCommand.CLEAN;
        }
        err.println("captureguard: unknown rule '" + name + "' (see captureguard rules)");
        return CheckCommand.USAGE;
    }
}
