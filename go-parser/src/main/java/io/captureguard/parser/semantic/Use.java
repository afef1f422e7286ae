package io.captureguard.parser.semantic;

import io.captureguard.parser.ast.Expr;
import java.util.List;

/**
 * One identifier that names a local variable.
 *
 * @param literals the function literals between the variable's declaration and this use,
 *                 outermost first: empty when the use is in the declaring function itself; the
 *                 first one is the closure that captures the variable
 */
public record Use(Expr.Ident ident, LocalVariable variable, Access access, List<Expr.FuncLit> literals) {

    /** True when a function literal captures the variable here (the use is inside a closure). */
    public boolean isCaptured() {
        return !literals.isEmpty();
    }

    /** The closure that captures the variable for this use, or null. */
    public Expr.FuncLit capturingLiteral() {
        return literals.isEmpty() ? null : literals.get(0);
    }
}
