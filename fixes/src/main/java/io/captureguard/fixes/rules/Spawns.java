package io.captureguard.fixes.rules;

import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Stmt;
import java.util.Optional;

/** The call a {@code go} or {@code defer} statement makes. */
final class Spawns {
    private Spawns() {
    }

    /** The call of {@code go f(x)} or {@code defer f(x)}, parentheses removed; empty for other statements. */
    static Optional<Expr.Call> call(Stmt statement) {
        Expr call = statement instanceof Stmt.Go g ? g.call() : statement instanceof Stmt.Defer d ? d.call() : null;
        return call != null && Expr.unparen(call) instanceof Expr.Call c ? Optional.of(c) : Optional.empty();
    }
}
