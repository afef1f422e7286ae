package io.captureguard.parser.ast;

import java.util.List;

/**
 * Expressions, and types written as expressions (as in go/ast: a type is an expression).
 * Whether {@code T(x)} is a conversion or a call, and whether {@code a[b]} is an index or an
 * instantiation, is left to later stages, as go/parser does.
 */
public sealed interface Expr extends Node {

    /** The expression inside any number of parentheses: {@code ((f))} is {@code f}. */
    static Expr unparen(Expr e) {
        Expr x = e;
        while (x instanceof Paren p) {
            x = p.x();
        }
        return x;
    }

    /** A name. */
    record Ident(int start, int end, String name) implements Expr {
        public boolean isBlank() {
            return name.equals("_");
        }

        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    enum LiteralKind { INT, FLOAT, IMAGINARY, RUNE, STRING }

    /** A literal as written: {@code 42}, {@code 0x1p-2}, {@code 'a'}, {@code "s"}, {@code `raw`}. */
    record BasicLit(int start, int end, LiteralKind kind, String value) implements Expr {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /** {@code T{…}}; {@code type} is null inside another composite literal ({@code {1, 2}}). */
    record CompositeLit(int start, int end, Expr type, List<Expr> elements) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(type, elements);
        }
    }

    /** {@code key: value} inside a composite literal. */
    record KeyValue(int start, int end, Expr key, Expr value) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(key, value);
        }
    }

    /** A function literal: a closure. */
    record FuncLit(int start, int end, FuncType type, Stmt.Block body) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(type, body);
        }
    }

    record Paren(int start, int end, Expr x) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(x);
        }
    }

    /** {@code x.name}: a field, method, or qualified identifier. */
    record Selector(int start, int end, Expr x, Ident selector) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(x, selector);
        }
    }

    /** {@code x[i]} or an instantiation {@code f[int, string]}. */
    record Index(int start, int end, Expr x, List<Expr> indices) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(x, indices);
        }
    }

    /** {@code x[low:high]} or {@code x[low:high:max]}; absent bounds are null. */
    record Slice(int start, int end, Expr x, Expr low, Expr high, Expr max, boolean threeIndex) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(x, low, high, max);
        }
    }

    /** {@code x.(T)}; {@code type} is null for the type-switch guard {@code x.(type)}. */
    record TypeAssert(int start, int end, Expr x, Expr type) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(x, type);
        }
    }

    /** {@code fun(args)}, a call or a conversion; {@code ellipsis} for {@code f(xs...)}. */
    record Call(int start, int end, Expr function, List<Expr> arguments, boolean ellipsis, int openParen)
            implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(function, arguments);
        }
    }

    /** {@code *x}: a dereference or a pointer type. */
    record Star(int start, int end, Expr x) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(x);
        }
    }

    /** {@code op x} for {@code + - ! ^ & <- ~}. */
    record Unary(int start, int end, Operator operator, Expr x) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(x);
        }
    }

    record Binary(int start, int end, Expr x, Operator operator, Expr y) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(x, y);
        }
    }

    /** {@code ...T} in a parameter list, or {@code ...} as an array length ({@code elementType} null). */
    record Ellipsis(int start, int end, Expr elementType) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(elementType);
        }
    }

    /** {@code [N]T}, {@code [...]T} or, with {@code length} null, {@code []T}. */
    record ArrayType(int start, int end, Expr length, Expr elementType) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(length, elementType);
        }
    }

    record StructType(int start, int end, List<Field> fields) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(fields);
        }
    }

    /** Methods ({@code Field} with one name and a FuncType) and embedded types or type sets. */
    record InterfaceType(int start, int end, List<Field> elements) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(elements);
        }
    }

    /** A function signature; type parameters only on function declarations. */
    record FuncType(int start, int end, List<Field> typeParams, List<Field> params, List<Field> results)
            implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(typeParams, params, results);
        }
    }

    record MapType(int start, int end, Expr key, Expr value) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(key, value);
        }
    }

    enum ChanDir { BOTH, SEND, RECEIVE }

    record ChanType(int start, int end, ChanDir direction, Expr value) implements Expr {
        @Override
        public List<Node> children() {
            return Nodes.of(value);
        }
    }

    /** Something that could not be parsed. */
    record Bad(int start, int end) implements Expr {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }
}
