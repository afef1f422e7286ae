package io.captureguard.fixes.rules;

import io.captureguard.fixes.Location;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.engine.FileContext;
import io.captureguard.fixes.engine.Pass;
import io.captureguard.fixes.engine.SyntaxTree;
import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Operator;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.ast.Stmt.BranchKind;
import io.captureguard.parser.semantic.Access;
import io.captureguard.parser.semantic.LocalVariable;
import io.captureguard.parser.semantic.Use;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * defer-in-loop: a defer runs when its function returns, not when the iteration ends, so every
 * iteration adds one more pending call (open files, held locks) until the function is done.
 *
 * <p>Reported only where that can hurt: a deferred unlock (the next iteration's lock waits for
 * it), or a loop that nothing bounds to a few iterations. A handful of pending calls over a
 * written-out table, an iteration that leaves the loop after deferring, a resource the function
 * keeps anyway and a defer that runs once are left alone (docs/rules/defer-in-loop.md).
 */
public final class DeferInLoop extends RuleBase {
    public static final RuleId ID = new RuleId("defer-in-loop");

    /** The most iterations a constant bound may give and still count as small. */
    static final long SMALL_BOUND = 16;

    public DeferInLoop() {
        super(ID, "a defer inside a loop runs only when the function returns, once per iteration", Severity.WARNING,
                Set.of(Stmt.Defer.class), List.of());
    }

    @Override
    public void visit(Node node, Pass pass) {
        FileContext file = pass.file();
        Stmt.Defer defer = (Stmt.Defer) node;
        List<Stmt> loops = file.tree().enclosingLoops(defer);
        if (loops.isEmpty()) {
            return;
        }
        // Defers accumulate only over the loops the deferring iteration does not leave.
        List<Stmt> repeating = loops.subList(loopsLeftAfter(file, defer, loops), loops.size());
        if (repeating.isEmpty()) {
            return;
        }
        if (isUnlock(defer) && !declaredIn(file, lockOf(defer), loops.get(0))) {
            report(pass, defer, loops.get(0), true);
        } else if (repeating.stream().anyMatch(loop -> !isSmallBounded(file, loop))
                && !heldAnyway(file, defer, loops.get(0)) && !runsOnce(file, defer, loops.get(0))) {
            report(pass, defer, loops.get(0), false);
        }
    }

    // ---- leaving the loop after the defer

    /**
     * How many of the enclosing loops (innermost first) the iteration surely leaves after the
     * defer: all of them after a {@code return} or {@code panic}, k after a {@code break} of the
     * k-th; 0 when nothing leaves, or when a {@code continue} or {@code goto} can get around the
     * leaving statement (then the defers pile up again).
     */
    private static int loopsLeftAfter(FileContext file, Stmt.Defer defer, List<Stmt> loops) {
        Stmt.Block body = LoopBodyWrap.body(loops.get(0));
        List<String> labels = loops.stream()
                .map(l -> file.tree().parent(l) instanceof Stmt.Labeled named ? named.label().name() : "").toList();
        for (SyntaxTree.Position position : file.tree().statementPositions(defer)) {
            boolean breaksTheLoop = !insideBreakable(file, position.owner(), body);
            for (Stmt next : position.following()) {
                if (mayContinue(next)) {
                    return 0;
                }
                int left = leaves(next, breaksTheLoop, labels);
                if (left > 0) {
                    return left;
                }
            }
            if (position.owner() == body) {
                break;
            }
        }
        return 0;
    }

    /** True when a switch or select lies between the statement list's owner and the loop body. */
    private static boolean insideBreakable(FileContext file, Node owner, Stmt.Block body) {
        for (Node n = owner; n != null && n != body; n = file.tree().parent(n)) {
            if (n instanceof Stmt.Switch || n instanceof Stmt.TypeSwitch || n instanceof Stmt.Select) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many loops the statement surely leaves; {@code breaksTheLoop}: an unlabeled break here
     * ends the innermost loop; {@code labels}: the loops' labels, innermost first.
     */
    private static int leaves(Stmt stmt, boolean breaksTheLoop, List<String> labels) {
        if (stmt instanceof Stmt.Return || isPanic(stmt)) {
            return labels.size();
        }
        if (stmt instanceof Stmt.Branch b && b.kind() == BranchKind.BREAK) {
            if (b.label() == null) {
                return breaksTheLoop ? 1 : 0;
            }
            return labels.indexOf(b.label().name()) + 1;
        }
        if (stmt instanceof Stmt.Block block) {
            for (Stmt s : block.statements()) {
                int left = leaves(s, breaksTheLoop, labels);
                if (left > 0) {
                    return left;
                }
            }
            return 0;
        }
        if (stmt instanceof Stmt.If i && i.elseBranch() != null) {
            return Math.min(leaves(i.body(), breaksTheLoop, labels), leaves(i.elseBranch(), breaksTheLoop, labels));
        }
        return 0;
    }

    private static boolean isPanic(Stmt stmt) {
        return stmt instanceof Stmt.ExprStmt e && e.x() instanceof Expr.Call c
                && c.function() instanceof Expr.Ident id && id.name().equals("panic");
    }

    /**
     * A {@code continue} that may start another iteration of one of the enclosing loops, or a
     * {@code goto}: a continue of a loop nested in the statement restarts only that loop.
     */
    private static boolean mayContinue(Stmt stmt) {
        boolean[] found = {false};
        continues(stmt, 0, found);
        return found[0];
    }

    private static void continues(Node node, int nestedLoops, boolean[] found) {
        if (found[0] || node instanceof Expr.FuncLit) {
            return;
        }
        if (node instanceof Stmt.Branch b) {
            found[0] = b.kind() == BranchKind.GOTO
                    || (b.kind() == BranchKind.CONTINUE && (nestedLoops == 0 || b.label() != null));
            return;
        }
        boolean loop = node instanceof Stmt.For || node instanceof Stmt.Range;
        for (Node child : node.children()) {
            continues(child, nestedLoops + (loop ? 1 : 0), found);
        }
    }

    // ---- unlocks

    /** {@code defer mu.Unlock()}: the next iteration's {@code Lock} waits for it forever. */
    private static boolean isUnlock(Stmt.Defer defer) {
        return defer.call() instanceof Expr.Call c && c.function() instanceof Expr.Selector s
                && (s.selector().name().equals("Unlock") || s.selector().name().equals("RUnlock"));
    }

    private static Expr lockOf(Stmt.Defer defer) {
        return ((Expr.Selector) ((Expr.Call) defer.call()).function()).x();
    }

    /**
     * The root variable of the expression is declared in the loop (its header or body): a lock
     * made in the iteration is a new lock each time, so it cannot deadlock the next one.
     */
    private static boolean declaredIn(FileContext file, Expr e, Stmt loop) {
        Expr root = Expr.unparen(e);
        while (root instanceof Expr.Selector || root instanceof Expr.Index || root instanceof Expr.Star) {
            root = Expr.unparen(root instanceof Expr.Selector s ? s.x()
                    : root instanceof Expr.Index i ? i.x() : ((Expr.Star) root).x());
        }
        return root instanceof Expr.Ident id && file.model().variableOf(id)
                .map(v -> v.name().start() >= loop.start() && v.name().start() < loop.end()).orElse(false);
    }

    // ---- bounds

    /**
     * A loop that runs at most {@link #SMALL_BOUND} times, or over a table written out in the
     * source: a range over a composite literal, or over a variable whose declaration is one (a
     * local variable never assigned again, or a package-level var).
     */
    private static boolean isSmallBounded(FileContext file, Stmt loop) {
        if (loop instanceof Stmt.Range r) {
            if (r.x() == null) {
                return false;
            }
            Expr x = Expr.unparen(r.x());
            if (isTable(file, x)) {
                return true;
            }
            OptionalLong n = constant(file, x);
            return (n.isPresent() && n.getAsLong() <= SMALL_BOUND) || (inTest(file, loop) && !mayBeStream(file, x));
        }
        Stmt.For f = (Stmt.For) loop;
        if (!(f.condition() instanceof Expr.Binary cond)) {
            return false; // for {} and while-style loops
        }
        OptionalLong limit = constant(file, Expr.unparen(cond.y()));
        switch (cond.operator()) {
            case LSS, LEQ, NEQ -> {
                OptionalLong from = start(file, f);
                return limit.isPresent() && from.isPresent() && limit.getAsLong() - from.getAsLong() <= SMALL_BOUND
                        && isStep(f.post(), Operator.INC);
            }
            case GTR, GEQ -> {
                OptionalLong from = start(file, f);
                return limit.isPresent() && from.isPresent() && from.getAsLong() - limit.getAsLong() <= SMALL_BOUND
                        && isStep(f.post(), Operator.DEC);
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * The loop is in a test: its function (or one around it) takes a {@code *testing.T},
     * {@code *testing.B}, {@code testing.TB} or gocheck's {@code *check.C}. A test ranges over
     * its cases, however they are built; the file name is not needed (nor known to rules).
     */
    private static boolean inTest(FileContext file, Node node) {
        for (Node f = file.tree().enclosingFunction(node); f != null; f = file.tree().enclosingFunction(f)) {
            Expr.FuncType type = f instanceof Decl.FuncDecl d ? d.type() : ((Expr.FuncLit) f).type();
            for (var param : type.params()) {
                if (isTestingType(file, param.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTestingType(FileContext file, Expr type) {
        Expr t = type instanceof Expr.Star star ? star.x() : type;
        if (t instanceof Expr.Selector s && s.x() instanceof Expr.Ident) {
            String name = s.selector().name();
            return (file.namesPackage(s.x(), "testing") && Set.of("T", "B", "TB").contains(name))
                    || (file.namesPackage(s.x(), "gopkg.in/check.v1") && name.equals("C"));
        }
        return type instanceof Expr.Star && t instanceof Expr.Ident id && id.name().equals("C")
                && file.imports().hasDotImport() && file.imports().nameOf("gopkg.in/check.v1").isPresent();
    }

    /** A local of channel or func type: it may yield without end, even in a test. */
    private static boolean mayBeStream(FileContext file, Expr x) {
        if (x instanceof Expr.Ident id) {
            return file.model().variableOf(id).flatMap(file.types()::typeText)
                    .map(t -> t.startsWith("chan") || t.startsWith("<-chan") || t.startsWith("func")).orElse(false);
        }
        return false;
    }

    /** The constant the loop's counter starts from ({@code i := 0}). */
    private static OptionalLong start(FileContext file, Stmt.For f) {
        if (f.init() instanceof Stmt.Assign a && a.lhs().size() == 1 && a.rhs().size() == 1) {
            return constant(file, Expr.unparen(a.rhs().get(0)));
        }
        return OptionalLong.empty();
    }

    private static boolean isStep(Stmt post, Operator operator) {
        return post instanceof Stmt.IncDec step && step.operator() == operator;
    }

    /**
     * The value of an integer literal, of a package-level constant or var initialised with one,
     * or of a local variable initialised with one and never assigned again.
     */
    private static OptionalLong constant(FileContext file, Expr e) {
        if (e instanceof Expr.BasicLit lit) {
            try {
                return OptionalLong.of(Long.decode(lit.value().replace("_", "")));
            } catch (NumberFormatException notAnInteger) {
                return OptionalLong.empty();
            }
        }
        return initialValue(file, e).map(v -> constant(file, Expr.unparen(v))).orElse(OptionalLong.empty());
    }

    private static boolean isTable(FileContext file, Expr x) {
        return x instanceof Expr.CompositeLit
                || initialValue(file, x).map(v -> Expr.unparen(v) instanceof Expr.CompositeLit).orElse(false);
    }

    /** What a name was declared with, when it cannot have changed since (as far as this function shows). */
    private static Optional<Expr> initialValue(FileContext file, Expr e) {
        if (!(e instanceof Expr.Ident id)) {
            return Optional.empty();
        }
        Optional<LocalVariable> local = file.model().variableOf(id);
        if (local.isPresent()) {
            LocalVariable v = local.get();
            if (v.uses().stream().anyMatch(u -> u.access() != Access.DECLARATION && u.access() != Access.READ)) {
                return Optional.empty();
            }
            return valueIn(v.declaration(), v.name());
        }
        if (file.model().namesLocalNonVariable(id.start())) {
            return localConstant(file, id);
        }
        return file.packageValue(id.name()).flatMap(p -> p.spec().values().size() == p.spec().names().size()
                ? Optional.of(p.spec().values().get(p.index())) : Optional.empty());
    }

    /** The value of a constant declared in the function that holds the name ({@code const n = 3}). */
    private static Optional<Expr> localConstant(FileContext file, Expr.Ident id) {
        Node function = file.tree().enclosingFunction(id);
        Optional<Expr> found = Optional.empty();
        for (Node n : file.tree().nodes()) {
            if (n instanceof Stmt.DeclStmt d && d.decl().keyword() == Decl.Keyword.CONST && d.start() < id.start()
                    && file.tree().enclosingFunction(d) == function) {
                for (Decl.Spec spec : d.decl().specs()) {
                    if (spec instanceof Decl.ValueSpec v && v.names().size() == v.values().size()) {
                        for (int i = 0; i < v.names().size(); i++) {
                            if (v.names().get(i).name().equals(id.name())) {
                                found = Optional.of(v.values().get(i)); // the last one before the use
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Optional<Expr> valueIn(Node declaration, Expr.Ident name) {
        List<Expr> names;
        List<Expr> values;
        if (declaration instanceof Stmt.Assign a) {
            names = a.lhs();
            values = a.rhs();
        } else if (declaration instanceof Decl.ValueSpec v) {
            names = new ArrayList<>(v.names());
            values = v.values();
        } else {
            return Optional.empty();
        }
        if (names.size() != values.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == name) {
                return Optional.of(values.get(i));
            }
        }
        return Optional.empty();
    }

    // ---- resources the function keeps anyway

    /**
     * The deferred call releases something the function keeps in a collection that outlives the
     * loop: an element of a collection declared before the loop ({@code defer ss[i].Close()}), the
     * value of a range over one ({@code for _, f := range files { defer f.Close() }}), or a value
     * the body also stores there ({@code files = append(files, f)}). The defers then pile up no
     * faster than what the function holds on purpose.
     */
    private static boolean heldAnyway(FileContext file, Stmt.Defer defer, Stmt loop) {
        if (!(defer.call() instanceof Expr.Call call)) {
            return false;
        }
        List<Expr> subjects = new ArrayList<>(call.arguments());
        if (call.function() instanceof Expr.Selector s) {
            subjects.add(s.x());
        }
        for (Expr subject : subjects) {
            Expr e = Expr.unparen(subject);
            if (e instanceof Expr.Unary u && u.operator() == Operator.AND) {
                e = Expr.unparen(u.x());
            }
            if (e instanceof Expr.Index index && declaredBefore(file, index.x(), loop)) {
                return true;
            }
            if (e instanceof Expr.Ident id) {
                Optional<LocalVariable> v = file.model().variableOf(id);
                if (v.isPresent() && (isRangeValueOfCollection(file, v.get()) || storedBefore(file, v.get(), loop))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The root of {@code c}, {@code c.f} or {@code c[k]} is a package-level name or a local declared before the loop. */
    private static boolean declaredBefore(FileContext file, Expr collection, Stmt loop) {
        Expr e = Expr.unparen(collection);
        while (e instanceof Expr.Selector || e instanceof Expr.Index || e instanceof Expr.Star) {
            e = e instanceof Expr.Selector s ? s.x() : e instanceof Expr.Index i ? i.x() : ((Expr.Star) e).x();
            e = Expr.unparen(e);
        }
        if (!(e instanceof Expr.Ident id)) {
            return false;
        }
        Optional<LocalVariable> v = file.model().variableOf(id);
        return v.map(local -> local.name().start() < loop.start()).orElse(!file.model().namesLocalNonVariable(id.start()));
    }

    /** The value variable of a range over something other than a channel or a function. */
    private static boolean isRangeValueOfCollection(FileContext file, LocalVariable v) {
        if (!(v.declaration() instanceof Stmt.Range r) || r.value() == null || r.x() == null
                || !(Expr.unparen(r.value()) instanceof Expr.Ident value) || value != v.name()) {
            return false;
        }
        Expr x = Expr.unparen(r.x());
        if (x instanceof Expr.Ident id) {
            Optional<String> type = file.model().variableOf(id).flatMap(file.types()::typeText);
            return type.map(t -> !t.startsWith("chan") && !t.startsWith("<-chan") && !t.startsWith("func")).orElse(true);
        }
        return !(x instanceof Expr.Call); // a call's result may be a channel or an iterator
    }

    /** The body stores v with {@code c = append(c, …, v, …)} or {@code c[k] = v} into a collection declared before the loop. */
    private static boolean storedBefore(FileContext file, LocalVariable v, Stmt loop) {
        for (Use use : v.uses()) {
            if (use.isCaptured() || use.ident().start() < loop.start() || use.ident().start() >= loop.end()) {
                continue;
            }
            Node parent = file.tree().parent(use.ident());
            if (parent instanceof Expr.Call c && c.function() instanceof Expr.Ident f && f.name().equals("append")
                    && !c.arguments().isEmpty() && c.arguments().get(0) != use.ident()
                    && declaredBefore(file, c.arguments().get(0), loop)) {
                return true;
            }
            if (parent instanceof Stmt.Assign a && a.rhs().contains(use.ident()) && a.lhs().size() == a.rhs().size()) {
                Expr target = Expr.unparen(a.lhs().get(a.rhs().indexOf(use.ident())));
                if (target instanceof Expr.Index index && declaredBefore(file, index.x(), loop)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- defers that run once

    /**
     * {@code if ch == nil { ch = make(…); defer release(ch) }}: the defer sits under a test that
     * the same branch makes false, on a variable declared before the loop, so it runs once.
     */
    private static boolean runsOnce(FileContext file, Stmt.Defer defer, Stmt loop) {
        Stmt.Block body = LoopBodyWrap.body(loop);
        Node child = defer;
        for (Node n = file.tree().parent(defer); n != null && n != body; child = n, n = file.tree().parent(n)) {
            if (!(n instanceof Stmt.If i)) {
                continue;
            }
            // if v == nil { v = …; defer … }, or if v != nil { … } else { v = …; defer … }
            Expr tested = i.body() == child ? unsetTest(i.condition(), false)
                    : i.elseBranch() == child ? unsetTest(i.condition(), true) : null;
            Node branch = child;
            if (tested instanceof Expr.Ident id) {
                Optional<LocalVariable> v = file.model().variableOf(id);
                if (v.isPresent() && v.get().name().start() < loop.start() && v.get().uses().stream().anyMatch(
                        u -> u.access() == Access.WRITE && !u.isCaptured() && u.ident().start() > branch.start()
                                && u.ident().start() < branch.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The variable of {@code v == nil}, {@code v == ""}, {@code v == 0} or {@code !v} (with
     * {@code negated}: {@code v != nil}, … or {@code v}), else null.
     */
    private static Expr unsetTest(Expr condition, boolean negated) {
        Expr c = Expr.unparen(condition);
        if (c instanceof Expr.Unary u && u.operator() == Operator.NOT) {
            return negated ? null : Expr.unparen(u.x());
        }
        if (negated && c instanceof Expr.Ident id) {
            return id;
        }
        if (c instanceof Expr.Binary b && b.operator() == (negated ? Operator.NEQ : Operator.EQL)) {
            Expr y = Expr.unparen(b.y());
            boolean zero = (y instanceof Expr.Ident nil && nil.name().equals("nil"))
                    || (y instanceof Expr.BasicLit lit && (lit.value().equals("\"\"") || lit.value().equals("0")));
            return zero ? Expr.unparen(b.x()) : null;
        }
        return null;
    }

    // ---- the finding

    private static void report(Pass pass, Stmt.Defer defer, Stmt loop, boolean unlock) {
        FileContext file = pass.file();
        Node function = file.tree().enclosingFunction(defer);
        String where = function instanceof Decl.FuncDecl f ? "`" + f.name().name() + "` returns" : "the function returns";
        String message = unlock
                ? "this deferred unlock runs when " + where + ", not at the end of the iteration: the lock is still"
                        + " held when the next iteration takes it again"
                : "this defer runs when " + where + ", not at the end of the iteration: every iteration of"
                        + " the loop adds one more pending call";
        Location header = new Location(loop.start(), LoopBodyWrap.body(loop).start(), "the loop");
        pass.report(defer.start(), defer.start() + "defer".length(), message, List.of(header),
                LoopBodyWrap.fix(file, loop).stream().toList());
    }
}
