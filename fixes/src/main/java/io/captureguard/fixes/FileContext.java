package io.captureguard.fixes;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.semantic.ImportTable;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.semantic.SemanticModel;
import io.captureguard.parser.semantic.TypeInference;
import io.captureguard.parser.version.GoVersion;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Everything a rule may ask about one file, computed once per analysis: the parse, the semantic
 * model against the file's package, light types, and the Go version in effect for the file.
 */
public final class FileContext {
    private final ParseResult parse;
    private final SemanticModel model;
    private final TypeInference types;
    private final GoVersion version;
    private final AnalysisOptions options;
    /** Results shared by rules; none depends on the options, so copies under other options share it. */
    private final Map<Object, Object> memo;

    public FileContext(ParseResult parse, PackageIndex index, GoVersion version) {
        this.parse = parse;
        this.model = SemanticModel.build(parse.file(), index);
        this.types = model.types();
        this.version = version;
        this.options = AnalysisOptions.DEFAULTS;
        this.memo = new ConcurrentHashMap<>();
    }

    private FileContext(FileContext other, AnalysisOptions options) {
        this.parse = other.parse;
        this.model = other.model;
        this.types = other.types;
        this.version = other.version;
        this.options = options;
        this.memo = other.memo;
    }

    /** The same analysis under other options (the parse and model are shared, not rebuilt). */
    public FileContext with(AnalysisOptions options) {
        return options.equals(this.options) ? this : new FileContext(this, options);
    }

    /** A file on its own (no sibling files), at the given Go version. */
    public static FileContext of(String source, GoVersion version) {
        return new FileContext(GoParser.parse(source), PackageIndex.empty(), version);
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
        return types;
    }

    public GoVersion version() {
        return version;
    }

    public AnalysisOptions options() {
        return options;
    }

    /**
     * A result several rules need (which closures outlive their statement, say), computed once
     * per analysis under the given key.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Supplier<T> compute) {
        Object value = memo.get(key);
        if (value == null) {
            Object computed = compute.get();
            Object earlier = memo.putIfAbsent(key, computed);
            value = earlier != null ? earlier : computed;
        }
        return (T) value;
    }

    /** Parents and source-order nodes of the syntax tree, built on first use. */
    public SyntaxTree tree() {
        return memo(SyntaxTree.class, () -> SyntaxTree.of(parse.file()));
    }

    /** The file's imports, read on first use. */
    public ImportTable imports() {
        return memo(ImportTable.class, () -> ImportTable.of(parse.file()));
    }

    /** Whether the expression names the package imported from {@code path} (and no local shadows it). */
    public boolean namesPackage(Expr qualifier, String path) {
        return qualifier instanceof Expr.Ident id && model.variableAt(id.start()).isEmpty()
                && !model.namesLocalNonVariable(id.start())
                && imports().pathOf(id.name()).map(path::equals).orElse(false);
    }
}
