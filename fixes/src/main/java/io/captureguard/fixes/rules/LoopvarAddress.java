package io.captureguard.fixes.rules;

import io.captureguard.fixes.Fix;
import io.captureguard.fixes.Location;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.engine.FileContext;
import io.captureguard.fixes.engine.Pass;
import io.captureguard.fixes.engine.SyntaxTree;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Operator;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.semantic.Access;
import io.captureguard.parser.semantic.LocalVariable;
import io.captureguard.parser.semantic.LoopHeader;
import io.captureguard.parser.semantic.Use;
import java.util.List;
import java.util.Optional;

/**
 * loopvar-address: the address of a variable all iterations share escapes the iteration (stored
 * outside the loop, sent, handed to go/defer, or taken by a pointer-receiver method value in
 * go/defer), so every saved pointer ends up at the same variable holding the last value.
 */
public final class LoopvarAddress extends LoopRule {
    public static final RuleId ID = new RuleId("loopvar-address");

    public LoopvarAddress() {
        super(ID, "the address of a loop variable shared by all iterations escapes the iteration", Severity.WARNING,
                List.of());
    }

    @Override
    void visitLoop(LoopHeader loop, Pass pass) {
        FileContext file = pass.file();
        if (!loop.isShared(file.version())) {
            return;
        }
        for (LocalVariable v : loop.variables()) {
            for (Use use : v.uses()) {
                if (!CommonFixes.within(use.ident(), loop.body())
                        || use.literals().stream().anyMatch(l -> CommonFixes.within(l, loop.body()))) {
                    continue; // outside the body, or inside a closure (loopvar-capture's case)
                }
                Optional<Node> escaping = use.access() == Access.ADDRESS ? escapingAddress(file, use, loop)
                        : use.access() == Access.POINTER_RECEIVER ? spawnedMethodValue(file, use) : Optional.empty();
                escaping.ifPresent(at -> report(pass, loop, v, at, use.access()));
            }
        }
    }

    /** {@code &v} (or {@code &v.f}) whose pointer is stored, sent, or handed to go/defer. */
    private static Optional<Node> escapingAddress(FileContext file, Use use, LoopHeader loop) {
        Node address = use.ident();
        Node parent = file.tree().parent(address);
        while (parent instanceof Expr.Selector || parent instanceof Expr.Index || parent instanceof Expr.Paren) {
            address = parent;
            parent = file.tree().parent(address);
        }
        if (address != use.ident() && !holdsItsParts(file, use.variable())) {
            return Optional.empty(); // &p.f through a pointer (or &s[i] of a slice) points elsewhere
        }
        if (!(parent instanceof Expr.Unary u && u.operator() == Operator.AND)) {
            return Optional.empty();
        }
        Node value = parent;
        for (Node up = file.tree().parent(value); up != null; value = up, up = file.tree().parent(up)) {
            if (up instanceof Expr.Paren || up instanceof Expr.CompositeLit || up instanceof Expr.KeyValue
                    || (up instanceof Expr.Unary un && un.operator() == Operator.AND)) {
                continue;
            }
            if (up instanceof Expr.Call call) {
                if (call.function() instanceof Expr.Ident f && f.name().equals("append")
                        && !call.arguments().isEmpty() && call.arguments().get(0) != value) {
                    continue; // appended: the pointer lives as long as the slice
                }
                Node statement = file.tree().parent(call);
                boolean spawned = (statement instanceof Stmt.Go || statement instanceof Stmt.Defer)
                        && call.arguments().contains(value);
                return spawned ? Optional.of(parent) : Optional.empty(); // an ordinary call does not retain it
            }
            if (up instanceof Stmt.Send send) {
                return send.value() == value ? Optional.of(parent) : Optional.empty();
            }
            if (up instanceof Stmt.Assign assign) {
                int i = assign.rhs().indexOf(value);
                if (i < 0 || assign.lhs().size() != assign.rhs().size() || leavesTheLoopNext(file, assign)) {
                    return Optional.empty();
                }
                return outlivesBody(file, assign.lhs().get(i), loop) ? Optional.of(parent) : Optional.empty();
            }
            return Optional.empty(); // var p = &v in the body, return &v, comparisons…: nothing outlives the iteration
        }
        return Optional.empty();
    }

    /**
     * Whether {@code &v.f}/{@code &v[i]} points into v itself: only when v's type is known and is
     * neither a pointer, a slice nor a map (whose parts live elsewhere). Unknown: assume not.
     */
    private static boolean holdsItsParts(FileContext file, LocalVariable v) {
        return file.types().typeText(v)
                .map(t -> !t.startsWith("*") && !t.startsWith("[]") && !t.startsWith("map[") && !t.equals("any")
                        && !t.startsWith("interface"))
                .orElse(false);
    }

    /** {@code found = &v; break}: no later iteration overwrites v, so the pointer stays right. */
    private static boolean leavesTheLoopNext(FileContext file, Stmt statement) {
        for (SyntaxTree.Position p : file.tree().statementPositions(statement)) {
            for (Stmt next : p.following()) {
                if (next instanceof Stmt.Return || (next instanceof Stmt.Branch b
                        && (b.kind() == Stmt.BranchKind.BREAK || b.kind() == Stmt.BranchKind.GOTO))) {
                    return true;
                }
            }
            return false; // only the statement's own list: a break further out may not be reached
        }
        return false;
    }

    /** The assignment target is a variable declared outside the loop body, or a package variable. */
    private static boolean outlivesBody(FileContext file, Expr target, LoopHeader loop) {
        Expr root = target;
        while (root instanceof Expr.Index || root instanceof Expr.Selector || root instanceof Expr.Paren
                || root instanceof Expr.Star) {
            root = root instanceof Expr.Index i ? i.x() : root instanceof Expr.Selector s ? s.x()
                    : root instanceof Expr.Star st ? st.x() : ((Expr.Paren) root).x();
        }
        if (!(root instanceof Expr.Ident id) || id.name().equals("_")) {
            return false;
        }
        Optional<LocalVariable> v = file.model().variableAt(id.start());
        if (v.isEmpty()) {
            return !file.model().namesLocalNonVariable(id.start()); // a package-level variable
        }
        return !CommonFixes.within(v.get().name(), loop.body());
    }

    /** {@code go v.Run()} / {@code defer c.Close()} with a pointer receiver: Go saves {@code &v}. */
    private static Optional<Node> spawnedMethodValue(FileContext file, Use use) {
        Node selector = file.tree().parent(use.ident());
        if (!(selector instanceof Expr.Selector s) || s.x() != use.ident()) {
            return Optional.empty();
        }
        Node call = file.tree().parent(selector);
        Node statement = call == null ? null : file.tree().parent(call);
        return call instanceof Expr.Call c && c.function() == selector
                && (statement instanceof Stmt.Go || statement instanceof Stmt.Defer) ? Optional.of(selector) : Optional.empty();
    }

    private static void report(Pass pass, LoopHeader loop, LocalVariable v, Node at, Access access) {
        FileContext file = pass.file();
        String name = v.name().name();
        String why = LoopHeaders.whyShared(loop, name, file.version());
        String what = access == Access.ADDRESS
                ? "this pointer to `" + name + "` outlives the iteration, and every such pointer points at the same"
                        + " variable, which ends up holding the last value"
                : "the method has a pointer receiver, so this call saves `&" + name + "`; when it runs, `" + name
                        + "` may hold a later iteration's value";
        Location header = new Location(loop.loop().start(), loop.body().start(),
                "`" + name + "` is shared by every iteration of this loop");
        List<Fix> fixes = CommonFixes.copyIntoIteration(file, loop, v).map(f -> f.withPreferred(true)).stream().toList();
        pass.report(at.start(), at.end(), what + ": " + why, List.of(header), fixes);
    }
}
