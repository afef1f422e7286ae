package io.captureguard.fixes.rules;

import io.captureguard.fixes.Fix;
import io.captureguard.fixes.Location;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Safety;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.engine.FileContext;
import io.captureguard.fixes.engine.Pass;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.semantic.LocalVariable;
import io.captureguard.parser.semantic.LoopHeader;
import io.captureguard.parser.semantic.Use;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * loopvar-capture (docs/product-spec.md#r1): a closure that outlives its iteration uses a variable
 * all iterations share. "Outlives" per docs/product-spec.md#t2: run by go or defer (directly or through a
 * variable), handed to errgroup/WaitGroup Go, time.AfterFunc or a parallel subtest, or stored
 * beyond the iteration; not when the iteration then waits for it. Fixes: copy into the iteration,
 * or pass as a parameter (see {@link CommonFixes}).
 */
public final class LoopvarCapture extends LoopRule {
    public static final RuleId ID = new RuleId("loopvar-capture");

    public LoopvarCapture() {
        super(ID, "a goroutine or deferred closure uses a loop variable shared by all iterations", Severity.WARNING,
                List.of(OutlivingClosures.BY_LITERAL));
    }

    @Override
    void visitLoop(LoopHeader loop, Pass pass) {
        if (!loop.isShared(pass.file().version())) {
            return;
        }
        Map<Expr.FuncLit, OutlivingClosures.Outliving> outliving = pass.resultOf(OutlivingClosures.BY_LITERAL);
        for (LocalVariable v : loop.variables()) {
            for (Use use : v.uses()) {
                Expr.FuncLit closure = outermostInside(use, loop.body());
                OutlivingClosures.Outliving how = closure == null ? null : outliving.get(closure);
                if (how != null && outlivesIteration(how, loop) && !awaitedInIteration(how, loop)
                        && !beforeParallel(how, use)) {
                    report(pass, loop, v, use, how);
                }
            }
        }
    }

    /** The outermost closure around the use that is created inside the loop body. */
    private static Expr.FuncLit outermostInside(Use use, Node body) {
        for (Expr.FuncLit literal : use.literals()) {
            if (CommonFixes.within(literal, body)) {
                return literal;
            }
        }
        return null;
    }

    private static boolean outlivesIteration(OutlivingClosures.Outliving how, LoopHeader loop) {
        if (!CommonFixes.within(how.site(), loop.body())) {
            return false;
        }
        LocalVariable target = how.target();
        return how.kind() != OutlivingClosures.Kind.STORED || target == null
                || !CommonFixes.within(target.name(), loop.body()); // kept in something that survives the iteration
    }

    /**
     * {@code go}/hand-off followed, later in the same iteration, by {@code wg.Wait()} or a receive:
     * the iteration waits for the closure, so it cannot see a later value.
     */
    private static boolean awaitedInIteration(OutlivingClosures.Outliving how, LoopHeader loop) {
        if (how.kind() != OutlivingClosures.Kind.GO && how.kind() != OutlivingClosures.Kind.HANDED_OFF) {
            return false;
        }
        for (Stmt statement : loop.body().statements()) {
            if (statement.start() > how.site().end() && Waits.waits(statement)) {
                return true;
            }
        }
        return false;
    }

    /** {@code tt := tt} before {@code t.Parallel()} runs while t.Run still waits for the subtest. */
    private static boolean beforeParallel(OutlivingClosures.Outliving how, Use use) {
        return how.safeBefore() >= 0 && use.ident().start() < how.safeBefore() && use.literals().size() == 1;
    }

    private static void report(Pass pass, LoopHeader loop, LocalVariable v, Use use,
                               OutlivingClosures.Outliving how) {
        FileContext file = pass.file();
        String name = v.name().name();
        String runs = switch (how.kind()) {
            case GO -> "goroutines started in this loop may all see the last value of `" + name + "`";
            case DEFER -> "deferred calls run after the loop, so each sees the last value of `" + name + "`";
            case HANDED_OFF -> "the function passed to " + how.via() + " runs later and may see the last value of `"
                    + name + "`";
            case STORED -> "the closure " + how.via() + " outlives the iteration and will see the last value of `"
                    + name + "`";
        };
        Location related = new Location(loop.loop().start(), loop.body().start(),
                "`" + name + "` is shared by every iteration of this loop");
        pass.report(use.ident().start(), use.ident().end(), runs + ": " + LoopHeaders.whyShared(loop, name,
                file.version()), List.of(related), fixes(file, loop, v, use, how));
    }

    private static List<Fix> fixes(FileContext file, LoopHeader loop, LocalVariable v, Use use,
                                   OutlivingClosures.Outliving how) {
        Optional<Fix> copy = CommonFixes.copyIntoIteration(file, loop, v);
        Optional<Fix> parameter = Optional.empty();
        Expr.FuncLit literal = use.capturingLiteral();
        if ((how.kind() == OutlivingClosures.Kind.GO || how.kind() == OutlivingClosures.Kind.DEFER)
                && how.site() instanceof Stmt statement) {
            Optional<Expr.Call> spawned = Spawns.call(statement);
            if (spawned.isPresent() && Expr.unparen(spawned.get().function()) == literal) {
                Expr.Call c = spawned.get();
                List<LocalVariable> captured = loop.variables().stream()
                        .filter(x -> x.uses().stream().anyMatch(u -> u.capturingLiteral() == literal))
                        .toList();
                boolean laterWrite = captured.stream()
                        .anyMatch(x -> CommonFixes.writtenWithin(x, loop.body(), statement.end()));
                String names = captured.stream().map(x -> "`" + x.name().name() + "`")
                        .collect(Collectors.joining(", "));
                String to = how.kind() == OutlivingClosures.Kind.GO ? "the goroutine" : "the deferred function";
                parameter = CommonFixes.passAsParameters(file, literal, c, captured,
                        laterWrite ? Safety.UNSAFE : Safety.SAFE, "Pass " + names + " to " + to + " as "
                                + (captured.size() == 1 ? "a parameter" : "parameters"));
            }
        }
        boolean preferParameter = parameter.isPresent()
                && (copy.isEmpty() || file.options().preferParameterForm());
        List<Fix> fixes = new ArrayList<>();
        copy.ifPresent(f -> fixes.add(f.withPreferred(!preferParameter)));
        parameter.ifPresent(f -> fixes.add(f.withPreferred(preferParameter)));
        return fixes;
    }

}
