package io.captureguard.fixes.engine;

import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.FixAll;
import io.captureguard.fixes.Rule;
import io.captureguard.fixes.Rules;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.ast.Comment;
import io.captureguard.parser.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The engine: the one way to run captureguard's rules over Go files. The CLI, the language
 * server, the benches and the tests all go through it. Configured once with the options (rules,
 * directives, fix preferences, severities); immutable and thread-safe.
 *
 * <p>An analysis reads its {@link Document} and writes nothing back: not the text, not the
 * package index. Findings come in source order, with the file's directives
 * ({@code //captureguard:ignore}, {@code //nolint}) applied and the severities in effect.
 */
public final class Analyzer {
    private static final Comparator<Finding> SOURCE_ORDER =
            Comparator.comparingInt(Finding::start).thenComparing(Finding::rule);

    private final AnalysisOptions options;
    private final List<Rule> rules;
    /** For each node class, the indexes in {@link #rules} of the rules that visit it. */
    private final ClassValue<int[]> visitors = new ClassValue<>() {
        @Override
        protected int[] computeValue(Class<?> kind) {
            return java.util.stream.IntStream.range(0, rules.size())
                    .filter(i -> rules.get(i).visits().stream().anyMatch(k -> k.isAssignableFrom(kind)))
                    .toArray();
        }
    };

    public Analyzer(AnalysisOptions options) {
        this(Rules.all(), options);
    }

    /** An engine over other rules than the registry's: for testing the engine itself. */
    Analyzer(List<Rule> registry, AnalysisOptions options) {
        this.options = options;
        this.rules = registry.stream().filter(r -> options.rules().contains(r.id())).toList();
    }

    /** Every rule with the default options. */
    public static Analyzer withDefaults() {
        return new Analyzer(AnalysisOptions.DEFAULTS);
    }

    public AnalysisOptions options() {
        return options;
    }

    /** The findings of one file. */
    public List<Finding> findings(Document document) {
        return analyze(document).findings();
    }

    /** A whole analysis of one file, kept so that the analysis of its next version can build on it. */
    public AnalyzedText analyze(Document document) {
        AnalysisInputs inputs = AnalysisInputs.of(document, options); // before the rules read the index
        ParseResult parse = document.parse();
        List<Comment> directives = parse.file().comments().stream().filter(Suppressions::mayBeDirective).toList();
        DeclOutline outline = DeclOutline.of(parse.file());
        Optional<List<Finding>> found = checkIfComplete(parse, document);
        return new AnalyzedText(this, parse.source(), outline, found.orElse(List.of()), found.isPresent(), directives,
                inputs, AnalyzedText.broken(outline, parse, o -> o));
    }

    /**
     * The analysis of {@code document}'s text built on {@code previous}, the analysis of an earlier
     * version of the same file, when the edit lets it be (see {@link IncrementalAnalysis}); empty
     * when only a whole {@link #analyze} can tell.
     */
    public Optional<AnalyzedText> reanalyze(AnalyzedText previous, Document document) {
        return IncrementalAnalysis.reanalyze(this, previous, document.text(), AnalysisInputs.of(document, options));
    }

    /**
     * What the rules find before any directive applies: for comparing the rules themselves with
     * another tool's findings, whatever the file's {@code //captureguard:ignore} lines say.
     */
    public List<Finding> withoutDirectives(Document document) {
        return checkIfComplete(document.parse(), document).orElse(List.of());
    }

    /**
     * Fix-all: the file's text with one fix per finding applied, round after round (see
     * {@link FixAll}), and the findings of the final text. Computed only when asked.
     */
    public FixAll.Result fixAll(Document document, boolean includeUnsafe) {
        return fixAll(document, analyze(document), includeUnsafe);
    }

    /**
     * The same, building on {@code known}, an analysis of this text or of an earlier version of the
     * file: each round's text is analysed from the round before, since a round's fixes usually
     * touch one function, which is then re-checked alone (a whole analysis where the incremental
     * one cannot tell, or where {@code known} was made under other inputs).
     */
    public FixAll.Result fixAll(Document document, AnalyzedText known, boolean includeUnsafe) {
        AnalyzedText[] last = {known};
        return FixAll.apply(document.text(), text -> {
            Document next = document.withText(text);
            boolean holds = last[0].text().equals(text) && last[0].inputs().equals(AnalysisInputs.of(next, options));
            if (!holds) {
                last[0] = reanalyze(last[0], next).orElseGet(() -> analyze(next));
            }
            return last[0].findings();
        }, includeUnsafe);
    }

    /**
     * What the rules find in one parsed text, before any directive applies, in source order: the
     * engine's one walk over the tree, each node handed to the rules that visit its kind. Empty
     * when the file's semantic model is incomplete: then the
     * file gets no findings at all, not even about its directives (which would suppress nothing only
     * because the rules did not run), and the incremental path cannot build on it.
     */
    Optional<List<Finding>> checkIfComplete(ParseResult parse, Document document) {
        FileContext file = new FileContext(parse, document.pkg(), document.version(), options);
        if (!file.model().isComplete()) {
            // The resolver ran out of stack (an absurdly deep expression): uses after that point are
            // missing, so a rule could call a written variable unwritten and offer a fix that changes
            // the program. Unknown means silent.
            return Optional.empty();
        }
        List<Finding> found = new ArrayList<>();
        List<Pass> passes = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            passes.add(new Pass(rule, file, found));
        }
        for (Node node : file.tree().nodes()) {
            for (int i : visitors.get(node.getClass())) {
                rules.get(i).visit(node, passes.get(i));
            }
        }
        found.sort(SOURCE_ORDER);
        return Optional.of(found);
    }

    /** {@link #checkIfComplete}'s findings with the directives among {@code comments} applied, in source order. */
    List<Finding> applyDirectives(String text, List<Comment> comments, List<Finding> found) {
        List<Finding> kept = new ArrayList<>(Suppressions.apply(text, comments, found, options));
        kept.sort(SOURCE_ORDER);
        return kept;
    }
}
