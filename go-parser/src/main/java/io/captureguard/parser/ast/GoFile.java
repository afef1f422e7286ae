package io.captureguard.parser.ast;

import java.util.List;

/**
 * A Go source file: package clause (null when it could not be parsed), import specs,
 * declarations in source order, and every comment.
 */
public record GoFile(int start, int end, Expr.Ident packageName, List<Decl> decls, List<Comment> comments)
        implements Node {

    /** The import specs of every import declaration. */
    public List<Decl.ImportSpec> imports() {
        return decls.stream()
                .filter(d -> d instanceof Decl.GenDecl g && g.keyword() == Decl.Keyword.IMPORT)
                .flatMap(d -> ((Decl.GenDecl) d).specs().stream())
                .map(s -> (Decl.ImportSpec) s)
                .toList();
    }

    @Override
    public List<Node> children() {
        return Nodes.of(packageName, decls);
    }
}
