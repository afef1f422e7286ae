package io.captureguard.parser.semantic;

import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.version.GoVersion;
import java.util.List;

/**
 * The variables a {@code for} statement's header declares ({@code :=}) or assigns ({@code =}),
 * and whether all iterations share them in a given Go version.
 *
 * @param loop      the {@link Stmt.For} or {@link Stmt.Range}
 * @param declares  true for {@code :=} (three-clause init or range), false for {@code =}
 * @param variables declared by the header, or, for the {@code =} form, the outer variables it
 *                  assigns (in header order, blanks and non-variables left out)
 */
public record LoopHeader(Stmt loop, boolean declares, List<LocalVariable> variables) {

    /**
     * Whether one variable serves every iteration: {@code :=} variables before Go 1.22
     * (docs/product-spec.md#s3), {@code =} variables in every version.
     */
    public boolean isShared(GoVersion version) {
        return !declares || !version.hasPerIterationLoopVars();
    }

    public boolean isThreeClause() {
        return loop instanceof Stmt.For;
    }

    public Stmt.Block body() {
        return loop instanceof Stmt.For f ? f.body() : ((Stmt.Range) loop).body();
    }
}
