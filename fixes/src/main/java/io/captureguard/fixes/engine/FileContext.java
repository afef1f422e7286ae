package io.captureguard.fixes.engine;

import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.semantic.ImportTable;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.semantic.SemanticModel;
import io.captureguard.parser.semantic.TypeInference;
import io.captureguard.parser.version.GoVersion;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a rule may ask about one file, computed once per analysis: the parse, the semantic
 * model against the file's package, light types, the Go version in effect for the file, and the
 * options. Only the engine makes one ({@link Analyzer}); one analysis uses it on one thread.
 */
public final class FileContext {
    private final ParseResult parse;
    private final SemanticModel model;
    private final GoVersion version;
    private final AnalysisOptions options;
    private final PackageIndex index;
    private PackageIndex.View packageView;
    private final Map<FileAnalysis<?>, Object> results = new HashMap<>();
    private SyntaxTree tree;
    private ImportTable imports;

    FileContext(ParseResult parse, PackageIndex index, GoVersion version, AnalysisOptions options) {
        this.parse = parse;
        this.model = SemanticModel.build(parse.file(), index);
        this.version = version;
        this.options = options;
        this.index = index;
    }

    public ParseResult parse() {
        return parse;
    }

    public String source() {
        return parse.source();
    }

    public SemanticModel model() {
        return model;
    }

    public TypeInference types() {
        return model.types();
    }

    public GoVersion version() {
        return version;
    }

    public AnalysisOptions options() {
        return options;
    }

    /** Parents and source-order nodes of the syntax tree, built on first use. */
    public SyntaxTree tree() {
        if (tree == null) {
            tree = SyntaxTree.of(parse.file());
        }
        return tree;
    }

    /** A package-level var or const of this package (this file or a sibling), by name. */
    public Optional<PackageIndex.PackageValue> packageValue(String name) {
        if (packageView == null) {
            packageView = index.view(parse.file());
        }
        return packageView.value(name).map(PackageIndex.Located::declaration);
    }

    /** The file's imports, read on first use. */
    public ImportTable imports() {
        if (imports == null) {
            imports = ImportTable.of(parse.file());
        }
        return imports;
    }

    /** Whether the expression names the package imported from {@code path} (and no local shadows it). */
    public boolean namesPackage(Expr qualifier, String path) {
        return qualifier instanceof Expr.Ident id && model.variableAt(id.start()).isEmpty()
                && !model.namesLocalNonVariable(id.start())
                && imports().pathOf(id.name()).map(path::equals).orElse(false);
    }

    /** The analysis's result for this file, computed on first use; rules reach it through {@link Pass}. */
    @SuppressWarnings("unchecked") // results holds, under each analysis, what that analysis computed: a T
    <T> T resultOf(FileAnalysis<T> analysis) {
        Object known = results.get(analysis);
        if (known == null) {
            known = analysis.computeFor(this);
            results.put(analysis, known);
        }
        return (T) known;
    }
}
