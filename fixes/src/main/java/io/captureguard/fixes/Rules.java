package io.captureguard.fixes;

import io.captureguard.fixes.rules.DeferEagerArg;
import io.captureguard.fixes.rules.DeferInLoop;
import io.captureguard.fixes.rules.LateBinding;
import io.captureguard.fixes.rules.LoopvarAddress;
import io.captureguard.fixes.rules.LoopvarCapture;
import io.captureguard.fixes.rules.RedundantCopy;
import io.captureguard.parser.ast.Comment;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The rule registry: every rule captureguard has, in a stable order. */
public final class Rules {
    private static final List<Rule> ALL = List.of(new LoopvarCapture(), new LoopvarAddress(), new LateBinding(),
            new DeferInLoop(), new DeferEagerArg(), new RedundantCopy());

    /**
     * Not a check of Go code but of our own directives: a //captureguard:ignore without a reason
     * or that suppresses nothing. Its findings come from {@link #analyze}; it is named here so
     * that front ends can describe it (help, SARIF metadata).
     */
    public static final Rule SUPPRESSION = new Rule() {
        @Override
        public String name() {
            return Suppressions.RULE;
        }

        @Override
        public String summary() {
            return "a //captureguard:ignore directive gives no reason, names no known rule, or suppresses nothing";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public List<Finding> check(FileContext file) {
            return List.of();
        }
    };

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> named(String name) {
        return name.equals(SUPPRESSION.name()) ? Optional.of(SUPPRESSION)
                : ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** Runs the given rules over one file with the default options; findings in source order. */
    public static List<Finding> analyze(FileContext file, List<Rule> rules) {
        return analyze(file, rules, AnalysisOptions.DEFAULTS);
    }

    /**
     * Runs the given rules over one file; findings in source order, suppressions applied (and
     * reported when they are unused or give no reason).
     */
    public static List<Finding> analyze(FileContext file, List<Rule> rules, AnalysisOptions options) {
        return suppress(file.source(), file.parse().file().comments(), check(file, rules, options), rules, options);
    }

    /** What the rules find in one file, before any directive suppresses something; in source order. */
    public static List<Finding> check(FileContext file, List<Rule> rules, AnalysisOptions options) {
        FileContext context = file.with(options);
        return inSourceOrder(rules.stream().flatMap(r -> r.check(context).stream()));
    }

    /**
     * {@link #check}'s findings with the file's directives applied: those suppressed dropped,
     * unused or reason-less directives reported. {@code comments} are the file's comments (all,
     * or at least every one that {@link #mayBeDirective} accepts).
     */
    public static List<Finding> suppress(String source, List<Comment> comments, List<Finding> findings,
                                         List<Rule> rules, AnalysisOptions options) {
        Set<String> run = rules.stream().map(Rule::name).collect(Collectors.toSet());
        return inSourceOrder(Suppressions.apply(source, comments, findings, run, options).stream());
    }

    /** Whether a comment may be a directive that {@link #suppress} reads. */
    public static boolean mayBeDirective(Comment comment) {
        return Suppressions.mayBeDirective(comment);
    }

    private static List<Finding> inSourceOrder(Stream<Finding> findings) {
        return findings.sorted(Comparator.comparingInt(Finding::start).thenComparing(Finding::rule)).toList();
    }
}
