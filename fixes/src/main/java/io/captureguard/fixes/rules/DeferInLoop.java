package io.captureguard.fixes.rules;

import io.captureguard.fixes.Location;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.engine.FileContext;
import io.captureguard.fixes.engine.Pass;
import io.captureguard.fixes.engine.SyntaxTree;
import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Stmt;
import java.util.List;
import java.util.Set;

/**
 * defer-in-loop: a defer runs when its function returns, not when the iteration ends, so every
 * iteration adds one more pending call (open files, held locks) until the function is done.
 */
public final class DeferInLoop extends RuleBase {
    public static final RuleId ID = new RuleId("defer-in-loop");

    public DeferInLoop() {
        super(ID, "a defer inside a loop runs only when the function returns, once per iteration", Severity.WARNING,
                Set.of(Stmt.Defer.class), List.of());
    }

    @Override
    public void visit(Node node, Pass pass) {
        FileContext file = pass.file();
        Stmt.Defer defer = (Stmt.Defer) node;
        List<Stmt> loops = file.tree().enclosingLoops(defer);
        if (!loops.isEmpty() && !leavesTheLoopAfter(file, defer, loops.get(0))) {
            report(pass, defer, loops.get(0));
        }
    }

    /**
     * {@code defer c.Close(); return c} inside a retry loop: the iteration that defers always
     * leaves the loop, so at most one call is pending and nothing piles up.
     */
    private static boolean leavesTheLoopAfter(FileContext file, Stmt.Defer defer, Stmt loop) {
        Stmt.Block body = LoopBodyWrap.body(loop);
        for (SyntaxTree.Position position : file.tree().statementPositions(defer)) {
            for (Stmt next : position.following()) {
                if (next instanceof Stmt.Return || (position.owner() == body && next instanceof Stmt.Branch b
                        && b.kind() == Stmt.BranchKind.BREAK && b.label() == null)) {
                    return true;
                }
            }
            if (position.owner() == body) {
                return false;
            }
        }
        return false;
    }

    private static void report(Pass pass, Stmt.Defer defer, Stmt loop) {
        FileContext file = pass.file();
        Node function = file.tree().enclosingFunction(defer);
        String where = function instanceof Decl.FuncDecl f ? "`" + f.name().name() + "` returns" : "the function returns";
        String message = "this defer runs when " + where + ", not at the end of the iteration: every iteration of"
                + " the loop adds one more pending call";
        Location header = new Location(loop.start(), LoopBodyWrap.body(loop).start(), "the loop");
        pass.report(defer.start(), defer.start() + "defer".length(), message, List.of(header),
                LoopBodyWrap.fix(file, loop).stream().toList());
    }
}
