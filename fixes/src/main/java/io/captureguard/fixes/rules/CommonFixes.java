package io.captureguard.fixes.rules;

import io.captureguard.fixes.engine.FileContext;
import io.captureguard.fixes.SourceText;
import io.captureguard.fixes.Fix;
import io.captureguard.fixes.Safety;
import io.captureguard.fixes.TextEdit;
import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Field;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.semantic.Access;
import io.captureguard.parser.semantic.LocalVariable;
import io.captureguard.parser.semantic.LoopHeader;
import io.captureguard.parser.semantic.Use;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two cures for a captured variable, shared by the rules: copy it into the iteration
 * ({@code v := v}) or pass it to the closure as a parameter ({@code go func(v T) {…}(v)}).
 */
final class CommonFixes {
    private CommonFixes() {
    }

    /**
     * {@code v := v} as the first statement of the loop body. Offered for range loops with
     * {@code :=} always (it is exactly Go 1.22's meaning); for three-clause and {@code =} loops
     * only when the body never writes the variable (a write would hit the copy and stop steering
     * the loop); never when the body already declares the name at its top level.
     */
    static Optional<Fix> copyIntoIteration(FileContext file, LoopHeader loop, LocalVariable v) {
        Stmt.Block body = loop.body();
        String name = v.name().name();
        boolean rangeDeclares = loop.declares() && loop.loop() instanceof Stmt.Range;
        if (!rangeDeclares && writtenWithin(v, body, body.start())) {
            return Optional.empty();
        }
        if (declaresAtTopLevel(body, name)) {
            return Optional.empty();
        }
        TextEdit edit = insertAfterCopies(file.source(), body, name + " := " + name);
        return Optional.of(new Fix("Copy `" + name + "` into the iteration (`" + name + " := " + name + "`)",
                Safety.SAFE, List.of(edit), false));
    }

    /** Inserts a copy after the copies already at the top of the block, so they read in order. */
    static TextEdit insertAfterCopies(String source, Stmt.Block body, String statement) {
        List<Stmt> statements = body.statements();
        int copies = 0;
        while (copies < statements.size() && isSelfCopy(statements.get(copies))) {
            copies++;
        }
        if (copies == 0) {
            return insertFirstStatement(source, body, statement);
        }
        Stmt last = statements.get(copies - 1);
        if (!SourceText.aloneOnLine(source, last.start(), last.end())) {
            return insertFirstStatement(source, body, statement);
        }
        int at = SourceText.nextLineStart(source, last.end());
        return new TextEdit(at, at, SourceText.indentOf(source, last.start()) + statement + SourceText.newline(source));
    }

    /** {@code v := v}. */
    static boolean isSelfCopy(Stmt s) {
        return s instanceof Stmt.Assign a && a.isDefine() && a.lhs().size() == 1 && a.rhs().size() == 1
                && a.lhs().get(0) instanceof Expr.Ident l && a.rhs().get(0) instanceof Expr.Ident r
                && l.name().equals(r.name());
    }

    /** Inserts a statement before everything else in a block, indented as gofmt would. */
    static TextEdit insertFirstStatement(String source, Stmt.Block body, String statement) {
        String nl = SourceText.newline(source);
        int open = body.start();
        if (body.statements().isEmpty()) {
            String indent = SourceText.indentOf(source, open);
            int close = body.end() - 1;
            return new TextEdit(open + 1, close, nl + indent + "\t" + statement + nl + indent);
        }
        Stmt first = body.statements().get(0);
        if (SourceText.sameLine(source, open, first.start())) {
            return new TextEdit(first.start(), first.start(), statement + "; ");
        }
        int at = SourceText.nextLineStart(source, open);
        String indent = SourceText.indentOf(source, first.start());
        return new TextEdit(at, at, indent + statement + nl);
    }

    /**
     * The literal takes the variables as parameters and the call passes them:
     * {@code go func(v T) {…}(v)}. Offered when the literal only reads them, each type is known,
     * and the literal's existing parameters are named (Go forbids mixing).
     */
    static Optional<Fix> passAsParameters(FileContext file, Expr.FuncLit lit, Expr.Call call,
                                          List<LocalVariable> vars, Safety safety, String title) {
        if (Expr.unparen(call.function()) != lit || vars.isEmpty()) {
            return Optional.empty();
        }
        List<Field> params = lit.type().params();
        if (params.stream().anyMatch(f -> f.names().isEmpty())) {
            return Optional.empty();
        }
        List<String> declared = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (LocalVariable v : vars) {
            String name = v.name().name();
            if (namedIn(params, name) || namedIn(lit.type().results(), name)) {
                return Optional.empty();
            }
            for (Use use : v.uses()) {
                if (within(use.ident(), lit) && use.access() != Access.READ) {
                    return Optional.empty();
                }
            }
            Optional<String> type = file.types().typeText(v);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            declared.add(name + " " + type.get());
            passed.add(name);
        }
        String source = file.source();
        int open = source.indexOf('(', lit.type().start() + "func".length());
        if (open < 0 || open > lit.body().start()) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>();
        edits.add(params.isEmpty()
                ? new TextEdit(open + 1, open + 1, String.join(", ", declared))
                : new TextEdit(params.get(0).start(), params.get(0).start(), String.join(", ", declared) + ", "));
        if (call.arguments().isEmpty()) {
            int close = call.end() - 1;
            if (source.charAt(close) != ')') {
                return Optional.empty();
            }
            edits.add(new TextEdit(close, close, String.join(", ", passed)));
        } else {
            int first = call.arguments().get(0).start();
            edits.add(new TextEdit(first, first, String.join(", ", passed) + ", "));
        }
        return Optional.of(new Fix(title, safety, edits, false));
    }

    /** Whether any use of the variable inside {@code region} at or after {@code from} may modify it. */
    static boolean writtenWithin(LocalVariable v, Node region, int from) {
        for (Use use : v.uses()) {
            if (use.access() != Access.DECLARATION && use.access().mayModify()
                    && use.ident().start() >= from && within(use.ident(), region)) {
                return true;
            }
        }
        return false;
    }

    static boolean within(Node inner, Node outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    private static boolean namedIn(List<Field> fields, String name) {
        return fields.stream().anyMatch(f -> f.names().stream().anyMatch(n -> n.name().equals(name)));
    }

    /** A {@code name := …} or {@code var name} directly in the block (the copy would clash with it). */
    private static boolean declaresAtTopLevel(Stmt.Block body, String name) {
        for (Stmt s : body.statements()) {
            if (s instanceof Stmt.Assign a && a.isDefine()
                    && a.lhs().stream().anyMatch(x -> x instanceof Expr.Ident id && id.name().equals(name))) {
                return true;
            }
            if (s instanceof Stmt.DeclStmt d && d.decl().specs().stream().anyMatch(spec ->
                    (spec instanceof Decl.ValueSpec vs && vs.names().stream().anyMatch(n -> n.name().equals(name)))
                            || (spec instanceof Decl.TypeSpec ts && ts.name().name().equals(name)))) {
                return true;
            }
        }
        return false;
    }
}
