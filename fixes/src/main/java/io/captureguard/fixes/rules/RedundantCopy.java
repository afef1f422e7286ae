package io.captureguard.fixes.rules;

import io.captureguard.fixes.Fix;
import io.captureguard.fixes.Location;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Safety;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.SourceText;
import io.captureguard.fixes.TextEdit;
import io.captureguard.fixes.engine.FileContext;
import io.captureguard.fixes.engine.Pass;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.semantic.LocalVariable;
import io.captureguard.parser.semantic.LoopHeader;
import io.captureguard.parser.semantic.Use;
import java.util.List;
import java.util.Optional;

/**
 * redundant-copy: from Go 1.22 a {@code :=} loop variable is already fresh in each iteration, so
 * {@code v := v} at the top of the body copies nothing anyone needs.
 */
public final class RedundantCopy extends LoopRule {
    public static final RuleId ID = new RuleId("redundant-copy");

    public RedundantCopy() {
        super(ID, "`v := v` copies a loop variable that Go 1.22+ already makes fresh in each iteration", Severity.HINT,
                List.of());
    }

    @Override
    void visitLoop(LoopHeader loop, Pass pass) {
        FileContext file = pass.file();
        if (!file.version().hasPerIterationLoopVars() || !loop.declares()) {
            return;
        }
        for (Stmt statement : loop.body().statements()) {
            if (!CommonFixes.isSelfCopy(statement)) {
                continue;
            }
            Stmt.Assign copy = (Stmt.Assign) statement;
            Expr.Ident source = (Expr.Ident) copy.rhs().get(0);
            Optional<LocalVariable> original = file.model().variableOf(source);
            Optional<LocalVariable> copied = file.model().variableOf((Expr.Ident) copy.lhs().get(0));
            if (original.isEmpty() || copied.isEmpty() || !loop.variables().contains(original.get())
                    || usedEarlier(original.get(), loop, copy)) {
                continue;
            }
            if (loop.isThreeClause() && (CommonFixes.writtenWithin(copied.get(), loop.body(), copy.end())
                    || CommonFixes.writtenWithin(original.get(), loop.body(), copy.end()))) {
                continue; // the copy decouples those writes from the loop: removing it would change the loop
            }
            report(pass, loop, copy, source.name());
        }
    }

    private static boolean usedEarlier(LocalVariable v, LoopHeader loop, Stmt copy) {
        for (Use use : v.uses()) {
            if (use.ident().start() >= loop.body().start() && use.ident().start() < copy.start()) {
                return true;
            }
        }
        return false;
    }

    private static void report(Pass pass, LoopHeader loop, Stmt.Assign copy, String name) {
        FileContext file = pass.file();
        String message = "`" + name + " := " + name + "` is redundant: since Go 1.22 (this file is Go "
                + file.version() + ") each iteration already has its own `" + name + "`";
        Location header = new Location(loop.loop().start(), loop.body().start(),
                "`" + name + "` is declared per iteration here");
        Fix delete = new Fix("Remove the redundant copy `" + name + " := " + name + "`", Safety.SAFE,
                List.of(deletion(file.source(), copy)), true);
        pass.report(copy.start(), copy.end(), message, List.of(header), List.of(delete));
    }

    /** The whole line when the statement stands alone on it, else the statement and its separator. */
    private static TextEdit deletion(String source, Stmt statement) {
        if (SourceText.aloneOnLine(source, statement.start(), statement.end())) {
            return new TextEdit(SourceText.lineStart(source, statement.start()),
                    SourceText.nextLineStart(source, statement.end()), "");
        }
        int end = statement.end();
        while (end < source.length() && (source.charAt(end) == ' ' || source.charAt(end) == '\t')) {
            end++;
        }
        if (end < source.length() && source.charAt(end) == ';') {
            end++;
            while (end < source.length() && (source.charAt(end) == ' ' || source.charAt(end) == '\t')) {
                end++;
            }
        }
        return new TextEdit(statement.start(), end, "");
    }
}
