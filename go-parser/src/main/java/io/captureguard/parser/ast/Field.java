package io.captureguard.parser.ast;

import java.util.List;

/**
 * One entry of a parameter, result, type-parameter, receiver, struct-field or interface-element
 * list: zero or more names sharing one type (no names for an unnamed parameter or an embedded
 * field), and a struct tag when present.
 */
public record Field(int start, int end, List<Expr.Ident> names, Expr type, Expr.BasicLit tag) implements Node {
    @Override
    public List<Node> children() {
        return Nodes.of(names, type, tag);
    }
}
