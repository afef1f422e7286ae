package io.captureguard.fixes.engine;

import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Fix;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Rules;
import io.captureguard.fixes.Safety;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.SourceText;
import io.captureguard.fixes.TextEdit;
import io.captureguard.parser.LineMap;
import io.captureguard.parser.ast.Comment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The engine's pass after the rules: {@code //captureguard:ignore <rule>[,<rule>] <reason>} and a
 * bare {@code //nolint} or {@code //nolint:all}, on the finding's line or alone on the line above,
 * drop the findings they cover. Our own directive must say why and must suppress something;
 * otherwise it is reported as {@link RuleId#SUPPRESSION}, when the options select that check.
 */
final class Suppressions {
    private static final Pattern IGNORE = Pattern.compile("^captureguard:ignore(?:\\s+(\\S+))?(?:\\s+(.*\\S))?\\s*$");
    private static final Pattern NOLINT = Pattern.compile("^nolint(?::all)?(?:\\s.*)?$");

    private record Directive(Comment comment, int line, boolean ownLine, Set<String> rules, String reason,
                             boolean nolint, boolean[] used) {
        boolean covers(int findingLine, RuleId rule) {
            boolean onLine = findingLine == line || (ownLine && findingLine == line + 1);
            return onLine && (nolint || rules.contains(rule.name()));
        }
    }

    private Suppressions() {
    }

    /**
     * The findings that no directive in {@code comments} suppresses, followed by the directives'
     * own problems. {@code comments} are the comments of {@code source}, in any order.
     */
    static List<Finding> apply(String source, List<Comment> comments, List<Finding> findings,
                               AnalysisOptions options) {
        if (!mayHoldDirectives(source)) {
            return findings;
        }
        LineMap lines = new LineMap(source);
        List<Directive> directives = directives(source, comments, lines, options);
        if (directives.isEmpty()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            int line = lines.line(f.start());
            boolean suppressed = false;
            for (Directive d : directives) {
                if (d.covers(line, f.rule())) {
                    d.used()[0] = true;
                    suppressed = true;
                }
            }
            if (!suppressed) {
                kept.add(f);
            }
        }
        if (options.rules().contains(RuleId.SUPPRESSION)) {
            // The rules over Go code: a directive naming suppression is never reported unused, since
            // suppression findings cannot be suppressed (the check's own page says so).
            Set<String> rulesRun = options.rules().stream().filter(r -> !r.equals(RuleId.SUPPRESSION))
                    .map(RuleId::name).collect(Collectors.toSet());
            Severity severity = options.severityOf(RuleId.SUPPRESSION, Rules.SUPPRESSION.defaultSeverity());
            for (Directive d : directives) {
                if (!d.nolint()) {
                    kept.addAll(problems(d, source, rulesRun, severity));
                }
            }
        }
        return kept;
    }

    /** Cheap and conservative: without these words in the file, no comment can be a directive. */
    static boolean mayHoldDirectives(String source) {
        return source.contains("captureguard:ignore") || source.contains("nolint");
    }

    /** Whether a comment may be a directive (the exact forms are checked when they are applied). */
    static boolean mayBeDirective(Comment c) {
        return c.isLineComment() && (c.text().contains("captureguard:ignore") || c.text().contains("nolint"));
    }

    private static List<Directive> directives(String source, List<Comment> comments, LineMap lines,
                                              AnalysisOptions options) {
        List<Directive> directives = new ArrayList<>();
        for (Comment c : comments) {
            if (!c.isLineComment()) {
                continue;
            }
            String body = c.body();
            int line = lines.line(c.start());
            boolean ownLine = source.substring(lines.lineStart(line), c.start()).isBlank();
            Matcher m = IGNORE.matcher(body);
            if (m.matches()) {
                Set<String> rules = m.group(1) == null ? Set.of()
                        : Arrays.stream(m.group(1).split(",")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
                directives.add(new Directive(c, line, ownLine, rules, m.group(2), false, new boolean[1]));
            } else if (options.respectNolint() && NOLINT.matcher(body).matches()) {
                directives.add(new Directive(c, line, ownLine, Set.of(), null, true, new boolean[1]));
            }
        }
        return directives;
    }

    private static List<Finding> problems(Directive d, String source, Set<String> rulesRun, Severity severity) {
        List<Finding> problems = new ArrayList<>();
        Comment c = d.comment();
        List<String> unknown = d.rules().stream().filter(r -> Rules.describe(r).isEmpty()).sorted().toList();
        if (d.rules().isEmpty()) {
            problems.add(problem(c, severity, "this directive names no rule: write //captureguard:ignore <rule> <reason>"));
        } else if (!unknown.isEmpty()) {
            problems.add(problem(c, severity, "unknown rule " + String.join(", ", unknown) + " in //captureguard:ignore"
                    + " (see `captureguard rules`)"));
        }
        if (!d.rules().isEmpty() && d.reason() == null) {
            problems.add(problem(c, severity, "say why this is suppressed: //captureguard:ignore "
                    + String.join(",", d.rules()) + " <reason>"));
        }
        if (!d.used()[0] && unknown.isEmpty() && !d.rules().isEmpty() && rulesRun.containsAll(d.rules())) {
            Fix remove = new Fix("Remove the unused directive", Safety.SAFE, List.of(deletion(source, c)), true);
            problems.add(new Finding(RuleId.SUPPRESSION, "this //captureguard:ignore suppresses nothing: no "
                    + String.join(" or ", d.rules()) + " finding on this line or the next", c.start(), c.end(),
                    severity, List.of(), List.of(remove)));
        }
        return problems;
    }

    private static Finding problem(Comment c, Severity severity, String message) {
        return new Finding(RuleId.SUPPRESSION, message, c.start(), c.end(), severity, List.of(), List.of());
    }

    /** The whole line when the directive stands alone on it, else the comment and the blanks before it. */
    private static TextEdit deletion(String source, Comment c) {
        if (SourceText.aloneOnLine(source, c.start(), c.end())) {
            return new TextEdit(SourceText.lineStart(source, c.start()), SourceText.nextLineStart(source, c.end()), "");
        }
        int from = c.start();
        while (from > 0 && (source.charAt(from - 1) == ' ' || source.charAt(from - 1) == '\t')) {
            from--;
        }
        return new TextEdit(from, c.end(), "");
    }
}
