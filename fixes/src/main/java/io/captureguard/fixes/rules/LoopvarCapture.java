package io.captureguard.fixes.rules;

import io.captureguard.fixes.FileContext;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.Location;
import io.captureguard.fixes.Rule;
import io.captureguard.fixes.Severity;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.semantic.LocalVariable;
import io.captureguard.parser.semantic.LoopHeader;
import io.captureguard.parser.semantic.Use;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * loopvar-capture (shared/spec/rules.md): a closure that outlives its iteration uses a variable
 * all iterations share. So far: closures run by {@code go} and {@code defer}; the other ways a
 * closure outlives an iteration, and the fixes, come next.
 */
public final class LoopvarCapture implements Rule {
    public static final String NAME = "loopvar-capture";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "a goroutine or deferred closure uses a loop variable shared by all iterations";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(FileContext file) {
        Map<Expr.FuncLit, Stmt> spawned = SpawnedLiterals.of(file.parse().file());
        List<Finding> findings = new ArrayList<>();
        for (LoopHeader loop : file.model().loops()) {
            if (!loop.isShared(file.version())) {
                continue;
            }
            for (LocalVariable v : loop.variables()) {
                for (Use use : v.uses()) {
                    Expr.FuncLit closure = outermostInside(use, loop.body());
                    Stmt statement = closure == null ? null : spawned.get(closure);
                    if (statement != null) {
                        findings.add(finding(file, loop, v, use, statement));
                    }
                }
            }
        }
        return findings;
    }

    /** The outermost closure around the use that is created inside the loop body. */
    private static Expr.FuncLit outermostInside(Use use, Node body) {
        for (Expr.FuncLit literal : use.literals()) {
            if (literal.start() >= body.start() && literal.end() <= body.end()) {
                return literal;
            }
        }
        return null;
    }

    private Finding finding(FileContext file, LoopHeader loop, LocalVariable v, Use use, Stmt statement) {
        String name = v.name().name();
        String runs = statement instanceof Stmt.Go
                ? "goroutines started in this loop may all see the last value of `" + name + "`"
                : "deferred calls run after the loop, so each sees the last value of `" + name + "`";
        String why = loop.declares()
                ? "before Go 1.22 (this file is Go " + file.version() + ") every iteration shares one `" + name + "`"
                : "the loop assigns `" + name + "` with =, so every iteration shares it in every Go version";
        Node header = loop.loop();
        int headerEnd = loop.body().start();
        Location related = new Location(header.start(), headerEnd, "`" + name + "` is shared by every iteration of this loop");
        return new Finding(NAME, runs + ": " + why, use.ident().start(), use.ident().end(), defaultSeverity(),
                List.of(related), List.of());
    }
}
