package io.captureguard.parser.ast;

import java.util.List;

/** Declarations: {@code import}, {@code const}, {@code type}, {@code var} groups and functions. */
public sealed interface Decl extends Node permits Decl.GenDecl, Decl.FuncDecl, Decl.BadDecl {

    enum Keyword { IMPORT, CONST, TYPE, VAR }

    /** A {@code import/const/type/var} declaration, grouped with parentheses or not. */
    record GenDecl(int start, int end, Keyword keyword, boolean grouped, List<Spec> specs) implements Decl {
        @Override
        public List<Node> children() {
            return Nodes.of(specs);
        }
    }

    /** A function or method; {@code receiver} is null for functions, {@code body} for external ones. */
    record FuncDecl(int start, int end, Field receiver, Expr.Ident name, Expr.FuncType type, Stmt.Block body)
            implements Decl {
        @Override
        public List<Node> children() {
            return Nodes.of(receiver, name, type, body);
        }
    }

    /** A declaration that could not be parsed. */
    record BadDecl(int start, int end) implements Decl {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    sealed interface Spec extends Node permits ImportSpec, ValueSpec, TypeSpec {
    }

    /** {@code name "path"}; name is null, {@code .} or {@code _} or an identifier. */
    record ImportSpec(int start, int end, Expr.Ident name, Expr.BasicLit path) implements Spec {
        @Override
        public List<Node> children() {
            return Nodes.of(name, path);
        }
    }

    /** A const or var spec (the Go spec's ValueSpec): names, an optional type, optional values. */
    record ValueSpec(int start, int end, List<Expr.Ident> names, Expr type, List<Expr> values) implements Spec {
        @Override
        public List<Node> children() {
            return Nodes.of(names, type, values);
        }
    }

    /** {@code Name[TypeParams] Type} or the alias form {@code Name = Type}. */
    record TypeSpec(int start, int end, Expr.Ident name, List<Field> typeParams, boolean alias, Expr type)
            implements Spec {
        @Override
        public List<Node> children() {
            return Nodes.of(name, typeParams, type);
        }
    }
}
