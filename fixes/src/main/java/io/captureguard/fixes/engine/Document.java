package io.captureguard.fixes.engine;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.GoVersion;
import java.util.Objects;

/**
 * One Go file as the engine reads it: its text (parsed already, or parsed when needed), the index
 * of its package (its sibling files' declarations) and the Go version in effect for it. The engine
 * only reads the index; keeping it current is the front end's job.
 */
public final class Document {
    private final String text;
    private final PackageIndex pkg;
    private final GoVersion version;
    private ParseResult parse;

    private Document(String text, ParseResult parse, PackageIndex pkg, GoVersion version) {
        this.text = Objects.requireNonNull(text);
        this.parse = parse;
        this.pkg = Objects.requireNonNull(pkg);
        this.version = Objects.requireNonNull(version);
    }

    public static Document of(String text, PackageIndex pkg, GoVersion version) {
        return new Document(text, null, pkg, version);
    }

    /** A text already parsed, so that the engine does not parse it again. */
    public static Document parsed(ParseResult parse, PackageIndex pkg, GoVersion version) {
        return new Document(parse.source(), parse, pkg, version);
    }

    /** A file on its own, in no package with other files: a snippet, an unsaved buffer. */
    public static Document alone(String text, GoVersion version) {
        return of(text, PackageIndex.empty(), version);
    }

    /** The same file with other text (a fixed version of it), in the same package at the same Go version. */
    public Document withText(String other) {
        return other.equals(text) ? this : new Document(other, null, pkg, version);
    }

    public String text() {
        return text;
    }

    public PackageIndex pkg() {
        return pkg;
    }

    public GoVersion version() {
        return version;
    }

    /** The parse of the text, made on first use. */
    public ParseResult parse() {
        if (parse == null) {
            parse = GoParser.parse(text);
        }
        return parse;
    }
}
