package io.captureguard.fixes.rules;

import io.captureguard.fixes.engine.FileContext;
import io.captureguard.fixes.SourceText;
import io.captureguard.fixes.Fix;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Safety;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.TextEdit;
import io.captureguard.fixes.engine.Pass;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.ast.Walker;
import io.captureguard.parser.semantic.LocalVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * defer-eager-arg: {@code defer log.Println(time.Since(start))} measures at the defer statement,
 * because Go evaluates a deferred call's arguments and receiver at once. Wrapping the call in a
 * deferred literal moves the measurement to function exit.
 */
public final class DeferEagerArg extends RuleBase {
    public static final RuleId ID = new RuleId("defer-eager-arg");
    private static final Pattern PRINTING =
            Pattern.compile("(Print|Fprint|Sprint|Log|Info|Debug|Warn|Error|Trace|Notice|Fatal|Panic)");

    public DeferEagerArg() {
        super(ID, "a deferred call's argument such as time.Since(start) is evaluated at the defer, not at return",
                Severity.WARNING, Set.of(Stmt.Defer.class), List.of());
    }

    @Override
    public void visit(Node node, Pass pass) {
        Stmt.Defer defer = (Stmt.Defer) node;
        Spawns.call(defer)
                .filter(call -> !(Expr.unparen(call.function()) instanceof Expr.Call)) // defer trace("x")() is an idiom
                .ifPresent(call -> clockCall(pass.file(), call).ifPresent(clock -> report(pass, defer, call, clock)));
    }

    /**
     * The first time.Since/time.Now call among the arguments or in the receiver chain. A bare
     * {@code time.Now()} argument is the start-time idiom ({@code defer func(start time.Time)
     * {…}(time.Now())}, {@code defer warnIfSlow(time.Now())}) unless the call prints it.
     */
    private static Optional<Expr.Call> clockCall(FileContext file, Expr.Call call) {
        boolean prints = printsOrLogs(call);
        List<Node> evaluatedNow = new ArrayList<>();
        for (Expr argument : call.arguments()) {
            if (prints || !isClock(file, Expr.unparen(argument), "Now")) {
                evaluatedNow.add(argument);
            }
        }
        if (Expr.unparen(call.function()) instanceof Expr.Selector s) {
            evaluatedNow.add(s.x());
        }
        Expr.Call[] found = {null};
        for (Node root : evaluatedNow) {
            Walker.walk(root, n -> {
                if (found[0] != null || n instanceof Expr.FuncLit) {
                    return false;
                }
                if (n instanceof Expr.Call c && (isClock(file, c, "Since") || isClock(file, c, "Now"))) {
                    found[0] = c;
                }
                return true;
            });
        }
        return Optional.ofNullable(found[0]);
    }

    /** {@code time.<function>(…)} with {@code time} the imported package. */
    private static boolean isClock(FileContext file, Expr x, String function) {
        return x instanceof Expr.Call c && Expr.unparen(c.function()) instanceof Expr.Selector s
                && s.selector().name().equals(function) && file.namesPackage(s.x(), "time");
    }

    /** fmt.Println, log.Printf, logger.Infof…: a call whose arguments end up in text. */
    private static boolean printsOrLogs(Expr.Call call) {
        Expr function = Expr.unparen(call.function());
        String name = function instanceof Expr.Selector s ? s.selector().name()
                : function instanceof Expr.Ident id ? id.name() : "";
        return PRINTING.matcher(name).lookingAt();
    }

    private static void report(Pass pass, Stmt.Defer defer, Expr.Call call, Expr.Call clock) {
        FileContext file = pass.file();
        String clockText = file.source().substring(clock.start(), clock.end());
        String message = "`" + clockText + "` is evaluated when the defer statement runs, not when the function"
                + " returns, so it measures (almost) nothing; wrap the call in a deferred func literal";
        pass.report(defer.start(), defer.end(), message, List.of(), wrap(file, defer, call).stream().toList());
    }

    /**
     * {@code defer f(x, time.Since(t))} → {@code defer func() { f(x, time.Since(t)) }()}. Withheld
     * when the call spans lines or reads a variable written after the defer (the literal would
     * read the later value: a new capture hazard instead of a cure).
     */
    private static Optional<Fix> wrap(FileContext file, Stmt.Defer defer, Expr.Call call) {
        String source = file.source();
        if (!SourceText.sameLine(source, call.start(), call.end()) || readsLaterWrittenVariable(file, defer, call)) {
            return Optional.empty();
        }
        String text = source.substring(call.start(), call.end());
        TextEdit edit = new TextEdit(call.start(), call.end(), "func() { " + text + " }()");
        return Optional.of(new Fix("Wrap the call in a deferred func literal so it is evaluated at return",
                Safety.SAFE, List.of(edit), true));
    }

    private static boolean readsLaterWrittenVariable(FileContext file, Stmt.Defer defer, Expr.Call call) {
        boolean[] found = {false};
        boolean inLoop = !file.tree().enclosingLoops(defer).isEmpty();
        Walker.walk(call, n -> {
            if (n instanceof Expr.Ident id) {
                Optional<LocalVariable> v = file.model().variableOf(id);
                if (v.isPresent() && (inLoop || CommonFixes.writtenWithin(v.get(), v.get().function(), defer.end()))) {
                    found[0] = true;
                }
            }
            return !found[0];
        });
        return found[0];
    }
}
