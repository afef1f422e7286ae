package io.captureguard.fixes.rules;

import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.GoFile;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.ast.Walker;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The function literals that run after the statement that creates them: the function of a
 * {@code go} or {@code defer} statement ({@code go func() {…}()}). Mapped to that statement.
 */
final class SpawnedLiterals {
    private SpawnedLiterals() {
    }

    static Map<Expr.FuncLit, Stmt> of(GoFile file) {
        Map<Expr.FuncLit, Stmt> spawned = new IdentityHashMap<>();
        Walker.walk(file, node -> {
            Expr call = node instanceof Stmt.Go g ? g.call() : node instanceof Stmt.Defer d ? d.call() : null;
            if (unparen(call) instanceof Expr.Call c && unparen(c.function()) instanceof Expr.FuncLit literal) {
                spawned.put(literal, (Stmt) node);
            }
            return true;
        });
        return spawned;
    }

    static Expr unparen(Expr e) {
        Expr x = e;
        while (x instanceof Expr.Paren p) {
            x = p.x();
        }
        return x;
    }
}
