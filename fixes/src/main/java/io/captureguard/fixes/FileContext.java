package io.captureguard.fixes;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.semantic.SemanticModel;
import io.captureguard.parser.semantic.TypeInference;
import io.captureguard.parser.version.GoVersion;

/**
 * Everything a rule may ask about one file, computed once per analysis: the parse, the semantic
 * model against the file's package, light types, and the Go version in effect for the file.
 */
public final class FileContext {
    private final ParseResult parse;
    private final SemanticModel model;
    private final TypeInference types;
    private final GoVersion version;

    public FileContext(ParseResult parse, PackageIndex index, GoVersion version) {
        this.parse = parse;
        this.model = SemanticModel.build(parse.file(), index);
        this.types = model.types();
        this.version = version;
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
}
