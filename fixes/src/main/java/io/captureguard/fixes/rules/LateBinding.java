package io.captureguard.fixes.rules;

import io.captureguard.fixes.Fix;
import io.captureguard.fixes.Location;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Safety;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.engine.FileAnalysis;
import io.captureguard.fixes.engine.FileContext;
import io.captureguard.fixes.engine.Pass;
import io.captureguard.fixes.engine.SyntaxTree;
import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.ast.Walker;
import io.captureguard.parser.semantic.Access;
import io.captureguard.parser.semantic.LocalVariable;
import io.captureguard.parser.semantic.LoopHeader;
import io.captureguard.parser.semantic.Use;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * late-binding: a closure run by go or defer reads a variable that its function writes after the
 * statement, so the goroutine races with the write and the deferred call sees the last value.
 * Conservative by design (docs/product-spec.md#t3: better silent than noisy): named results, writes inside the
 * closure, writes after the goroutine is joined, calls and part-writes (only reassignment
 * counts), goroutines that take a lock, and state read by deferred clean-ups (errors, booleans,
 * anything the closure tests in a condition or reads while handling an error, variables declared
 * without a value, and for defers any later write to a non-basic value outside a loop) are left
 * alone.
 */
public final class LateBinding extends RuleBase {
    public static final RuleId ID = new RuleId("late-binding");
    private static final Set<String> BASIC_VALUES = Set.of("string", "int", "int8", "int16",
            "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64",
            "complex64", "complex128", "byte", "rune");

    /** For each closure, the variables of enclosing functions it uses, in declaration order. */
    private static final FileAnalysis<Map<Expr.FuncLit, List<LocalVariable>>> CAPTURED =
            FileAnalysis.of("captured variables", LateBinding::capturedVariables);
    /** Each loop variable all iterations share, with its loops (:= headers before Go 1.22, = headers always). */
    private static final FileAnalysis<Map<LocalVariable, List<LoopHeader>>> SHARED =
            FileAnalysis.of("shared loop variables", file -> {
                Map<LocalVariable, List<LoopHeader>> shared = new IdentityHashMap<>();
                for (LoopHeader loop : file.model().loops()) {
                    if (loop.isShared(file.version())) {
                        loop.variables().forEach(v -> shared.computeIfAbsent(v, k -> new ArrayList<>()).add(loop));
                    }
                }
                return shared;
            });

    public LateBinding() {
        super(ID, "a goroutine or deferred closure reads a variable that is written after the go/defer statement",
                Severity.WARNING, Set.of(Expr.FuncLit.class), List.of(OutlivingClosures.BY_LITERAL, CAPTURED, SHARED));
    }

    @Override
    public void visit(Node node, Pass pass) {
        Expr.FuncLit literal = (Expr.FuncLit) node;
        OutlivingClosures.Outliving how = pass.resultOf(OutlivingClosures.BY_LITERAL).get(literal);
        if (how != null && how.site() instanceof Stmt statement
                && (how.kind() == OutlivingClosures.Kind.GO || how.kind() == OutlivingClosures.Kind.DEFER)) {
            check(pass, literal, pass.resultOf(CAPTURED).getOrDefault(literal, List.of()), pass.resultOf(SHARED),
                    statement, how.kind() == OutlivingClosures.Kind.GO);
        }
    }

    private static void check(Pass pass, Expr.FuncLit literal, List<LocalVariable> captured,
                              Map<LocalVariable, List<LoopHeader>> shared, Stmt statement, boolean go) {
        FileContext file = pass.file();
        for (LocalVariable v : captured) {
            if (v.kind() == LocalVariable.Kind.RESULT || loopvarCaptureCase(shared.get(v), statement)
                    || (!go && (looksLikeState(file, v, literal)
                            || (declaredWithoutValue(v) && !outlivesALoopAround(file, v, statement))))
                    || (go && synchronizes(literal))) {
                continue;
            }
            Optional<Use> write = laterWrite(file, v, literal, statement, go);
            if (write.isEmpty()) {
                continue;
            }
            for (Use use : v.uses()) {
                if (use.literals().contains(literal) && use.access() == Access.READ
                        && (go || !inErrorHandling(file, use.ident(), literal))) {
                    report(pass, v, use, write.get(), literal, statement, go);
                }
            }
        }
    }

    private static Map<Expr.FuncLit, List<LocalVariable>> capturedVariables(FileContext file) {
        Map<Expr.FuncLit, List<LocalVariable>> captured = new IdentityHashMap<>();
        for (LocalVariable v : file.model().variables()) {
            for (Use use : v.uses()) {
                for (Expr.FuncLit literal : use.literals()) {
                    List<LocalVariable> vars = captured.computeIfAbsent(literal, k -> new ArrayList<>());
                    if (!vars.contains(v)) {
                        vars.add(v);
                    }
                }
            }
        }
        return captured;
    }

    /** A shared loop variable captured inside its loop: loopvar-capture reports it. */
    private static boolean loopvarCaptureCase(List<LoopHeader> sharedLoops, Stmt statement) {
        return sharedLoops != null && sharedLoops.stream().anyMatch(loop -> CommonFixes.within(statement, loop.body()));
    }

    /**
     * Deferred clean-ups read errors and flags on purpose ({@code if err != nil { rollback }}):
     * an error or bool, or any variable the closure tests in a condition, is state, not a bug.
     */
    private static boolean looksLikeState(FileContext file, LocalVariable v, Expr.FuncLit literal) {
        Optional<String> type = file.types().typeText(v);
        if (type.map(t -> t.equals("error") || t.equals("bool")).orElse(v.name().name().equals("err"))) {
            return true;
        }
        SyntaxTree tree = file.tree();
        for (Use use : v.uses()) {
            if (use.literals().contains(literal) && inCondition(tree, use.ident(), literal)) {
                return true;
            }
        }
        return false;
    }

    /** The statement is in a loop that v is declared outside of: every iteration's write counts. */
    private static boolean outlivesALoopAround(FileContext file, LocalVariable v, Stmt statement) {
        return file.tree().enclosingLoops(statement).stream().anyMatch(loop -> !CommonFixes.within(v.name(), loop));
    }

    /** {@code var n int} before the defer: its zero value cannot be the one the closure wants. */
    private static boolean declaredWithoutValue(LocalVariable v) {
        return v.declaration() instanceof Decl.ValueSpec spec && spec.values().isEmpty();
    }

    /** A goroutine that takes a lock reads shared state on purpose, under that lock. */
    private static boolean synchronizes(Expr.FuncLit literal) {
        boolean[] locks = {false};
        Walker.walk(literal.body(), n -> {
            if (n instanceof Expr.Call c && Expr.unparen(c.function()) instanceof Expr.Selector s
                    && (s.selector().name().equals("Lock") || s.selector().name().equals("RLock"))) {
                locks[0] = true;
            }
            return !locks[0];
        });
        return locks[0];
    }

    /**
     * Inside {@code if err != nil { … }} of a deferred closure, where err is a result or an error:
     * the clean-up reports the final state ({@code fmt.Errorf("at offset %d: %w", off, err)}).
     */
    private static boolean inErrorHandling(FileContext file, Node read, Node literal) {
        SyntaxTree tree = file.tree();
        Node child = read;
        for (Node n = tree.parent(read); n != null && n != literal; child = n, n = tree.parent(n)) {
            if (n instanceof Stmt.If i && i.body() == child && mentionsErrorOrResult(file, i.condition())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsErrorOrResult(FileContext file, Expr condition) {
        boolean[] found = {false};
        Walker.walk(condition, n -> {
            if (n instanceof Expr.Ident id) {
                file.model().variableOf(id).ifPresent(v -> {
                    if (v.kind() == LocalVariable.Kind.RESULT
                            || file.types().typeText(v).map("error"::equals).orElse(v.name().name().equals("err"))) {
                        found[0] = true;
                    }
                });
            }
            return !found[0];
        });
        return found[0];
    }

    private static boolean inCondition(SyntaxTree tree, Node node, Node stop) {
        Node child = node;
        for (Node n = tree.parent(node); n != null && n != stop; child = n, n = tree.parent(n)) {
            if ((n instanceof Stmt.If i && i.condition() == child) || (n instanceof Stmt.Switch s && s.tag() == child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first write of v that runs after the statement: later in a block that holds the
     * statement, or anywhere in a loop around it that v outlives. Writes inside the literal do not
     * count; for a goroutine, neither do writes after a wait that joins it.
     */
    private static Optional<Use> laterWrite(FileContext file, LocalVariable v, Expr.FuncLit literal, Stmt statement,
                                            boolean go) {
        List<Use> writes = v.uses().stream()
                .filter(u -> (u.access() == Access.WRITE || u.access() == Access.READ_WRITE)
                        && !CommonFixes.within(u.ident(), literal))
                .toList();
        if (writes.isEmpty()) {
            return Optional.empty();
        }
        SyntaxTree tree = file.tree();
        // A deferred closure reading a later value is usually the point (closing the final resource,
        // reporting the final status); only plain values overwritten later are reported.
        boolean linearWritesCount = go || file.types().typeText(v).map(BASIC_VALUES::contains).orElse(false);
        for (SyntaxTree.Position position : tree.statementPositions(statement)) {
            for (Stmt next : position.following()) {
                if (go && Waits.waits(next)) {
                    return Optional.empty(); // joined before anything later (or a later iteration) runs
                }
                // For a defer, only a straight-line overwrite counts (msg = "final"); writes nested in
                // loops or branches after it track state that the deferred call reports on purpose.
                boolean plainStatement = next instanceof Stmt.Assign || next instanceof Stmt.IncDec;
                if (linearWritesCount && (go || plainStatement)) {
                    for (Use w : writes) {
                        if (CommonFixes.within(w.ident(), next)) {
                            return Optional.of(w);
                        }
                    }
                }
            }
            // Leaving a loop body: the next iterations write too, before any join after the loop.
            Stmt loop = tree.loopOf(position.owner());
            if (loop != null) {
                if (CommonFixes.within(v.name(), loop)) {
                    return Optional.empty(); // v is declared in this loop (its header or body): fresh each iteration
                }
                for (Use w : writes) {
                    if (CommonFixes.within(w.ident(), loop)) {
                        return Optional.of(w);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void report(Pass pass, LocalVariable v, Use read, Use write, Expr.FuncLit literal,
                               Stmt statement, boolean go) {
        FileContext file = pass.file();
        String name = v.name().name();
        String message = go
                ? "the goroutine reads `" + name + "` while this function may still write it (a data race):"
                        + " it sees whichever value is there when it runs"
                : "the deferred call runs when the function returns, so it reads the last value written to `"
                        + name + "`, not the value at the defer statement";
        Location later = new Location(write.ident().start(), write.ident().end(), "`" + name + "` is written here later");
        Severity severity = go ? Severity.WARNING : Severity.INFORMATION;
        List<Fix> fixes = new ArrayList<>();
        Optional<Expr.Call> call = Spawns.call(statement);
        if (call.isPresent()) {
            CommonFixes.passAsParameters(file, literal, call.get(), List.of(v), Safety.UNSAFE,
                    "Pass `" + name + "` as a parameter (the closure then sees its value at the "
                            + (go ? "go" : "defer") + " statement)")
                    .ifPresent(f -> fixes.add(f.withPreferred(true)));
        }
        pass.report(severity, read.ident().start(), read.ident().end(), message, List.of(later), fixes);
    }
}
