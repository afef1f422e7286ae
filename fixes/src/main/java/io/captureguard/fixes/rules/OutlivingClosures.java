package io.captureguard.fixes.rules;

import io.captureguard.fixes.engine.FileAnalysis;
import io.captureguard.fixes.engine.FileContext;
import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.ast.Walker;
import io.captureguard.parser.semantic.LocalVariable;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The function literals that can run after the statement that creates them (they outlive the
 * iteration, docs/product-spec.md#t2), each with the place that makes it so.
 */
final class OutlivingClosures {
    /** Each literal that can run later, with how. */
    static final FileAnalysis<Map<Expr.FuncLit, Outliving>> BY_LITERAL =
            FileAnalysis.of("outliving closures", OutlivingClosures::find);

    enum Kind { GO, DEFER, HANDED_OFF, STORED }

    /**
     * @param site       the statement or call that runs or keeps the closure later
     * @param target     for STORED into a variable (or a part of one), that variable; null otherwise
     * @param safeBefore for a parallel subtest, where its {@code t.Parallel()} call starts: what the
     *                   closure's body runs before it, runs while t.Run still waits; else -1
     */
    record Outliving(Kind kind, Node site, String via, LocalVariable target, int safeBefore) {
        Outliving(Kind kind, Node site, String via, LocalVariable target) {
            this(kind, site, via, target, -1);
        }
    }

    private final FileContext file;
    private final Map<Expr.FuncLit, Outliving> found = new IdentityHashMap<>();
    private final Map<LocalVariable, Expr.FuncLit> assignedLiterals = new IdentityHashMap<>();

    private OutlivingClosures(FileContext file) {
        this.file = file;
    }

    private static Map<Expr.FuncLit, Outliving> find(FileContext file) {
        OutlivingClosures closures = new OutlivingClosures(file);
        // Source order: f := func(){…} is always seen before the go f() that runs it.
        for (Node node : file.tree().nodes()) {
            closures.assignments(node);
            closures.visit(node);
        }
        return closures.found;
    }

    /** {@code f := func() {…}}: remembered, in case f is later run by go or defer. */
    private void assignments(Node node) {
        if (node instanceof Stmt.Assign a && a.lhs().size() == a.rhs().size()) {
            for (int i = 0; i < a.lhs().size(); i++) {
                if (a.lhs().get(i) instanceof Expr.Ident id && Expr.unparen(a.rhs().get(i)) instanceof Expr.FuncLit lit) {
                    file.model().variableAt(id.start()).ifPresent(v -> assignedLiterals.put(v, lit));
                }
            }
        } else if (node instanceof Decl.ValueSpec v && v.names().size() == v.values().size()) {
            for (int i = 0; i < v.names().size(); i++) {
                Expr.Ident id = v.names().get(i);
                if (Expr.unparen(v.values().get(i)) instanceof Expr.FuncLit lit) {
                    file.model().variableAt(id.start()).ifPresent(var -> assignedLiterals.put(var, lit));
                }
            }
        }
    }

    private void visit(Node node) {
        if (node instanceof Stmt.Go g) {
            runLater(g, Kind.GO);
        } else if (node instanceof Stmt.Defer d) {
            runLater(d, Kind.DEFER);
        } else if (node instanceof Expr.Call c) {
            handedOff(c);
        } else if (node instanceof Stmt.Assign a && a.lhs().size() == a.rhs().size()) {
            for (int i = 0; i < a.lhs().size(); i++) {
                stored(a.lhs().get(i), a.rhs().get(i), a);
            }
        } else if (node instanceof Stmt.Send s && Expr.unparen(s.value()) instanceof Expr.FuncLit lit) {
            found.putIfAbsent(lit, new Outliving(Kind.STORED, s, "sent on a channel", null));
        }
    }

    private void runLater(Stmt statement, Kind kind) {
        Optional<Expr.Call> spawned = Spawns.call(statement);
        if (spawned.isEmpty()) {
            return;
        }
        Expr function = Expr.unparen(spawned.get().function());
        Expr.FuncLit lit = function instanceof Expr.FuncLit l ? l
                : function instanceof Expr.Ident id ? file.model().variableAt(id.start())
                        .map(assignedLiterals::get).orElse(null)
                : null;
        if (lit != null) {
            found.put(lit, new Outliving(kind, statement, kind == Kind.GO ? "go" : "defer", null));
        }
    }

    /** errgroup's g.Go/TryGo, WaitGroup.Go, time.AfterFunc, and t.Run with a parallel subtest. */
    private void handedOff(Expr.Call c) {
        if (!(Expr.unparen(c.function()) instanceof Expr.Selector s)) {
            return;
        }
        String method = s.selector().name();
        for (Expr argument : c.arguments()) {
            if (!(Expr.unparen(argument) instanceof Expr.FuncLit lit)) {
                continue;
            }
            String via = null;
            if ((method.equals("Go") || method.equals("TryGo")) && mayBeGroup(s.x())) {
                via = method;
            } else if (method.equals("AfterFunc") && file.namesPackage(s.x(), "time")) {
                via = "time.AfterFunc";
            } else if (method.equals("Run") && parallelCall(lit) >= 0) {
                found.putIfAbsent(lit, new Outliving(Kind.HANDED_OFF, c, "a parallel subtest", null,
                        parallelCall(lit)));
                continue;
            }
            if (via != null) {
                found.putIfAbsent(lit, new Outliving(Kind.HANDED_OFF, c, via, null));
            }
        }
    }

    /** An errgroup.Group or sync.WaitGroup, or a receiver whose type is unknown here. */
    private boolean mayBeGroup(Expr receiver) {
        if (!(receiver instanceof Expr.Ident id)) {
            return true;
        }
        Optional<LocalVariable> v = file.model().variableAt(id.start());
        if (v.isEmpty()) {
            return true;
        }
        Optional<String> type = file.types().typeText(v.get());
        return type.isEmpty() || type.get().endsWith("Group");
    }

    /** Where the literal calls {@code Parallel()} on its own parameter (a parallel subtest), or -1. */
    private static int parallelCall(Expr.FuncLit lit) {
        if (lit.type().params().isEmpty() || lit.type().params().get(0).names().isEmpty()) {
            return -1;
        }
        String parameter = lit.type().params().get(0).names().get(0).name();
        int[] at = {-1};
        Walker.walk(lit.body(), n -> {
            if (n instanceof Expr.Call call && call.function() instanceof Expr.Selector sel
                    && sel.selector().name().equals("Parallel") && sel.x() instanceof Expr.Ident id
                    && id.name().equals(parameter)) {
                at[0] = call.start();
            }
            return at[0] < 0;
        });
        return at[0];
    }

    /** {@code fs = append(fs, func…)}, {@code m[k] = func…}, {@code s.f = func…}. */
    private void stored(Expr lhs, Expr rhs, Stmt.Assign statement) {
        Expr value = Expr.unparen(rhs);
        Expr.FuncLit lit = value instanceof Expr.FuncLit l ? l : appendedLiteral(value);
        if (lit == null) {
            return;
        }
        Expr root = lhs;
        while (root instanceof Expr.Index || root instanceof Expr.Selector || root instanceof Expr.Paren) {
            root = root instanceof Expr.Index i ? i.x() : root instanceof Expr.Selector s ? s.x() : ((Expr.Paren) root).x();
        }
        if (!(root instanceof Expr.Ident id)) {
            return;
        }
        // A package-level target always outlives the loop; a local one only when declared outside it.
        LocalVariable target = file.model().variableAt(id.start()).orElse(null);
        found.putIfAbsent(lit, new Outliving(Kind.STORED, statement, "stored in " + id.name(), target));
    }

    private static Expr.FuncLit appendedLiteral(Expr value) {
        if (value instanceof Expr.Call c && c.function() instanceof Expr.Ident f && f.name().equals("append")) {
            List<Expr> args = c.arguments();
            for (int i = 1; i < args.size(); i++) {
                if (Expr.unparen(args.get(i)) instanceof Expr.FuncLit lit) {
                    return lit;
                }
            }
        }
        return null;
    }
}
