package io.captureguard.fixes.rules;

import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Operator;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.ast.Walker;

/** Statements after which a goroutine started earlier is known to have finished (or handed over). */
final class Waits {
    private Waits() {
    }

    /** {@code wg.Wait()}, {@code <-done}, {@code x := <-ch}, or a select without default that receives. */
    static boolean waits(Stmt statement) {
        if (statement instanceof Stmt.If i) { // if got := <-done; got != want {…}
            return (i.init() != null && waits(i.init())) || receives(i.condition());
        }
        if (statement instanceof Stmt.Select select) { // blocks until a case is ready
            boolean hasDefault = select.clauses().stream().anyMatch(c -> c.comm() == null);
            boolean receives = select.clauses().stream().anyMatch(c -> !(c.comm() instanceof Stmt.Send)
                    && c.comm() != null);
            return !hasDefault && receives;
        }
        Expr x = statement instanceof Stmt.ExprStmt e ? e.x()
                : statement instanceof Stmt.Assign a && a.rhs().size() == 1 ? a.rhs().get(0) : null;
        x = x == null ? null : Expr.unparen(x);
        if (x instanceof Expr.Unary u && u.operator() == Operator.ARROW) {
            return true;
        }
        return x instanceof Expr.Call c && c.function() instanceof Expr.Selector s
                && s.selector().name().equals("Wait") && c.arguments().isEmpty();
    }

    /** A receive anywhere in the expression (outside closures), e.g. {@code if <-done != want}. */
    private static boolean receives(Expr condition) {
        boolean[] found = {false};
        if (condition != null) {
            Walker.walk(condition, n -> {
                if (n instanceof Expr.Unary u && u.operator() == Operator.ARROW) {
                    found[0] = true;
                }
                return !found[0] && !(n instanceof Expr.FuncLit);
            });
        }
        return found[0];
    }
}
