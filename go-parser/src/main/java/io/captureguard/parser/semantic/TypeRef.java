package io.captureguard.parser.semantic;

import io.captureguard.parser.ast.Expr;

/**
 * A type as written somewhere in the package: its syntax, the imports of the file it is written
 * in (null for predeclared types), and, for constants without a type, that it is untyped (then
 * {@code expr} names its default type).
 */
record TypeRef(Expr expr, ImportTable imports, boolean untyped) {

    /** The names of Go's predeclared types (the universe scope's type names). */
    static final java.util.Set<String> PREDECLARED_TYPES = java.util.Set.of("bool", "string", "int", "int8",
            "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "byte", "rune",
            "float32", "float64", "complex64", "complex128", "error", "any", "comparable");

    static TypeRef of(Expr expr, ImportTable imports) {
        return new TypeRef(expr, imports, false);
    }

    static TypeRef predeclared(String name) {
        return new TypeRef(new Expr.Ident(-1, -1, name), null, false);
    }

    static TypeRef untypedConstant(String defaultType) {
        return new TypeRef(new Expr.Ident(-1, -1, defaultType), null, true);
    }

    /** The same type with "untyped" dropped: what a variable initialised from it gets. */
    TypeRef typed() {
        return untyped ? new TypeRef(expr, imports, false) : this;
    }

    /** A type built from pieces of this one (same file, same imports). */
    TypeRef derive(Expr other) {
        return new TypeRef(other, imports, false);
    }
}
