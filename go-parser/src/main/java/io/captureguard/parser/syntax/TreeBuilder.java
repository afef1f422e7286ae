package io.captureguard.parser.syntax;

import static io.captureguard.parser.syntax.ExpressionBuilder.children;
import static io.captureguard.parser.syntax.ExpressionBuilder.firstContext;
import static io.captureguard.parser.syntax.ExpressionBuilder.ident;
import static io.captureguard.parser.syntax.Spans.end;
import static io.captureguard.parser.syntax.Spans.isSemicolon;
import static io.captureguard.parser.syntax.Spans.isToken;
import static io.captureguard.parser.syntax.Spans.start;

import io.captureguard.parser.LineMap;
import io.captureguard.parser.SyntaxError;
import io.captureguard.parser.antlr.GoGrammar;
import io.captureguard.parser.antlr.GoLexer;
import io.captureguard.parser.ast.Comment;
import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Field;
import io.captureguard.parser.ast.Operator;
import io.captureguard.parser.ast.GoFile;
import io.captureguard.parser.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the ANTLR parse into the typed syntax tree. Rules never see parse-tree contexts.
 *
 * <p>Tolerant of the partial trees error recovery leaves behind: a missing part becomes a Bad
 * node, and a declaration whose building fails anyway is replaced by a BadDecl and reported.
 */
public final class TreeBuilder {
    private final ExpressionBuilder expressions = new ExpressionBuilder(this::block, this::report);
    private final List<SyntaxError> errors = new ArrayList<>();
    private final String source;
    private LineMap lines; // made only when there is an error to place
    private List<Token> tokens = List.of();

    public TreeBuilder(String source) {
        this.source = source;
    }

    /** Problems found while building (syntax the grammar accepts but Go does not). */
    public List<SyntaxError> errors() {
        return errors;
    }

    public GoFile file(AntlrParse.Result parse) {
        tokens = parse.tokens().tokens();
        Expr.Ident packageName = null;
        List<Decl> decls = new ArrayList<>();
        for (ParserRuleContext root : parse.roots()) {
            for (ParseTree child : children(root)) {
                ParseTree item = child instanceof GoGrammar.ChunkDeclarationContext chunk && chunk.getChildCount() > 0
                        ? chunk.getChild(0) : child;
                if (item instanceof GoGrammar.PackageClauseContext pkg && pkg.IDENTIFIER() != null) {
                    packageName = packageName != null ? packageName : ident(pkg.IDENTIFIER());
                } else if (item instanceof GoGrammar.ImportDeclContext imp) {
                    decls.add(guarded(imp));
                } else if (item instanceof GoGrammar.TopLevelDeclContext top) {
                    decls.add(guarded(top));
                }
            }
        }
        List<Comment> comments = new ArrayList<>();
        for (Token t : parse.tokens().comments()) {
            comments.add(new Comment(t.getStartIndex(), t.getStopIndex() + 1, t.getText()));
        }
        return new GoFile(0, source.length(), packageName, decls, comments);
    }

    private Decl guarded(ParserRuleContext ctx) {
        try {
            return ctx instanceof GoGrammar.ImportDeclContext imp ? importDecl(imp)
                    : topLevelDecl((GoGrammar.TopLevelDeclContext) ctx);
        } catch (RuntimeException | StackOverflowError e) {
            // Only partial trees from error recovery get here; keep the rest of the file.
            report(start(ctx), "declaration could not be read");
            return new Decl.BadDecl(start(ctx), end(ctx));
        }
    }

    // ------------------------------------------------------------------ declarations

    private Decl importDecl(GoGrammar.ImportDeclContext ctx) {
        List<Decl.Spec> specs = new ArrayList<>();
        for (GoGrammar.ImportSpecContext spec : ctx.importSpec()) {
            Expr.Ident name = null;
            if (spec.IDENTIFIER() != null) {
                name = ident(spec.IDENTIFIER());
            } else if (spec.DOT() != null) {
                name = new Expr.Ident(start(spec.DOT()), end(spec.DOT()), ".");
            }
            Expr.BasicLit path = spec.stringLit() != null
                    ? expressions.basicLit(ExpressionBuilder.firstToken(spec.stringLit())) : null;
            specs.add(new Decl.ImportSpec(start(spec), end(spec), name, path));
        }
        return new Decl.GenDecl(start(ctx), end(ctx), Decl.Keyword.IMPORT, ctx.L_PAREN() != null, specs);
    }

    private Decl topLevelDecl(GoGrammar.TopLevelDeclContext ctx) {
        if (ctx.functionDecl() != null) {
            return functionDecl(ctx.functionDecl());
        }
        if (ctx.declaration() != null) {
            return declaration(ctx.declaration());
        }
        return new Decl.BadDecl(start(ctx), end(ctx));
    }

    private Decl functionDecl(GoGrammar.FunctionDeclContext ctx) {
        Field receiver = null;
        Expr.Ident name = null;
        for (ParseTree child : children(ctx)) {
            if (child instanceof GoGrammar.ParametersContext recv && name == null) {
                List<Field> fields = expressions.parameters(recv);
                receiver = fields.isEmpty() ? new Field(start(recv), end(recv), List.of(), new Expr.Bad(start(recv),
                        end(recv)), null) : fields.get(0);
            } else if (isToken(child, GoLexer.IDENTIFIER)) {
                name = ident((TerminalNode) child);
            }
        }
        List<Field> typeParams = expressions.typeParameters(ctx.typeParameters());
        Expr.FuncType type = expressions.signature(start(ctx), ctx.signature(), typeParams);
        Stmt.Block body = ctx.block() != null ? block(ctx.block()) : null;
        if (receiver != null && ctx.typeParameters() != null) {
            report(start(ctx.typeParameters()), "method must have no type parameters");
        }
        if (name == null) {
            name = new Expr.Ident(start(ctx), start(ctx), "_");
        }
        return new Decl.FuncDecl(start(ctx), end(ctx), receiver, name, type, body);
    }

    Decl.GenDecl declaration(GoGrammar.DeclarationContext ctx) {
        ParserRuleContext decl = (ParserRuleContext) ctx.getChild(0);
        List<Decl.Spec> specs = new ArrayList<>();
        Decl.Keyword keyword;
        if (decl instanceof GoGrammar.ConstDeclContext c) {
            keyword = Decl.Keyword.CONST;
            for (GoGrammar.ConstSpecContext spec : c.constSpec()) {
                specs.add(valueSpec(spec, spec.identifierList(), spec.type_(), spec.expressionList()));
            }
        } else if (decl instanceof GoGrammar.VarDeclContext v) {
            keyword = Decl.Keyword.VAR;
            for (GoGrammar.VarSpecContext spec : v.varSpec()) {
                specs.add(valueSpec(spec, spec.identifierList(), spec.type_(), spec.expressionList()));
            }
        } else {
            keyword = Decl.Keyword.TYPE;
            for (GoGrammar.TypeSpecContext spec : ((GoGrammar.TypeDeclContext) decl).typeSpec()) {
                specs.add(typeSpec(spec));
            }
        }
        boolean grouped = decl.getChildCount() > 1 && isToken(decl.getChild(1), GoLexer.L_PAREN);
        return new Decl.GenDecl(start(ctx), end(ctx), keyword, grouped, specs);
    }

    private Decl.ValueSpec valueSpec(ParserRuleContext spec, GoGrammar.IdentifierListContext names,
                                     GoGrammar.Type_Context type, GoGrammar.ExpressionListContext values) {
        return new Decl.ValueSpec(start(spec), end(spec), identifiers(names), expressions.type(type),
                expressions.expressionList(values));
    }

    private List<Expr.Ident> identifiers(GoGrammar.IdentifierListContext ctx) {
        List<Expr.Ident> names = new ArrayList<>();
        if (ctx != null) {
            for (TerminalNode id : ctx.IDENTIFIER()) {
                names.add(ident(id));
            }
        }
        return names;
    }

    private Decl.TypeSpec typeSpec(GoGrammar.TypeSpecContext ctx) {
        Expr.Ident name = ctx.IDENTIFIER() != null ? ident(ctx.IDENTIFIER()) : new Expr.Ident(start(ctx),
                start(ctx), "_");
        if (ctx.ASSIGN() != null) {
            return new Decl.TypeSpec(start(ctx), end(ctx), name, List.of(), true, expressions.type(ctx.type_()));
        }
        if (ctx.typeNoBracket() != null) {
            return new Decl.TypeSpec(start(ctx), end(ctx), name, List.of(), false,
                    expressions.type(ctx.typeNoBracket()));
        }
        GoGrammar.TypeSpecBracketContext bracket = ctx.typeSpecBracket();
        int open = ctx.L_BRACKET() != null ? start(ctx.L_BRACKET()) : start(ctx);
        if (bracket == null) {
            return new Decl.TypeSpec(start(ctx), end(ctx), name, List.of(), false, new Expr.Bad(open, end(ctx)));
        }
        return typeSpecBracket(ctx, name, open, bracket);
    }

    /**
     * {@code type A[…] T}: a generic type when the bracket holds a constrained name or a list, else
     * an array type whose length is the bracket's expression (go/parser's decision).
     */
    private Decl.TypeSpec typeSpecBracket(GoGrammar.TypeSpecContext ctx, Expr.Ident name, int open,
                                          GoGrammar.TypeSpecBracketContext bracket) {
        List<ParseTree> kids = children(bracket);
        GoGrammar.Type_Context last = bracket.type_();
        Expr type = expressions.type(last);
        ParseTree first = kids.isEmpty() ? null : kids.get(0);
        if (isToken(first, GoLexer.IDENTIFIER)) {
            TerminalNode paramName = (TerminalNode) first;
            GoGrammar.ConstraintNoStarOrParenContext constraint = bracket.constraintNoStarOrParen();
            List<GoGrammar.TypeParameterDeclContext> more = bracket.typeParameterDecl();
            boolean generic = constraint != null || !more.isEmpty() || bracket.COMMA().size() > more.size();
            if (!generic) {
                Expr length = expressions.nameExpression(paramName, bracket.nameExpressionTail());
                return new Decl.TypeSpec(start(ctx), end(ctx), name, List.of(), false,
                        new Expr.ArrayType(open, end(ctx), length, type));
            }
            List<Field> params = new ArrayList<>();
            Expr.Ident firstName = ident(paramName);
            if (constraint != null) {
                params.add(new Field(firstName.start(), end(constraint), List.of(firstName),
                        expressions.typeConstraint(constraint), null));
            } else {
                Expr x = expressions.nameExpression(paramName, bracket.nameExpressionTail());
                params.add(splitNameAndConstraint(firstName, x));
            }
            for (GoGrammar.TypeParameterDeclContext decl : more) {
                params.add(expressions.typeParameterDecl(decl));
            }
            return new Decl.TypeSpec(start(ctx), end(ctx), name, mergeBareNames(params),
                    bracket.ASSIGN() != null, type);
        }
        Expr length;
        if (isToken(first, GoLexer.R_BRACKET)) {
            length = null;
        } else if (isToken(first, GoLexer.ELLIPSIS)) {
            length = new Expr.Ellipsis(start(first), end(first), null);
        } else {
            length = expressions.arrayLengthExpression(kids);
        }
        return new Decl.TypeSpec(start(ctx), end(ctx), name, List.of(), false,
                new Expr.ArrayType(open, end(ctx), length, type));
    }

    /** {@code P *C} or {@code P(C)} read as an expression: the name P constrained by *C or C. */
    private static Field splitNameAndConstraint(Expr.Ident name, Expr x) {
        if (x instanceof Expr.Binary b && b.x() instanceof Expr.Ident && b.operator() == Operator.MUL) {
            return new Field(x.start(), x.end(), List.of(name), new Expr.Star(b.y().start(), b.y().end(), b.y()),
                    null);
        }
        if (x instanceof Expr.Call c && c.function() instanceof Expr.Ident && c.arguments().size() == 1) {
            return new Field(x.start(), x.end(), List.of(name), c.arguments().get(0), null);
        }
        return new Field(x.start(), x.end(), List.of(name), null, null); // bare: grouped with the next
    }

    /** {@code [K, V any]}: a name without a constraint shares the next entry's constraint. */
    private static List<Field> mergeBareNames(List<Field> params) {
        List<Field> out = new ArrayList<>();
        List<Expr.Ident> pending = new ArrayList<>();
        int start = -1;
        for (Field f : params) {
            if (start < 0) {
                start = f.start();
            }
            if (f.type() == null) {
                pending.addAll(f.names());
                continue;
            }
            List<Expr.Ident> names = new ArrayList<>(pending);
            names.addAll(f.names());
            out.add(new Field(start, f.end(), List.copyOf(names), f.type(), null));
            pending.clear();
            start = -1;
        }
        for (Expr.Ident dangling : pending) {
            out.add(new Field(dangling.start(), dangling.end(), List.of(dangling),
                    new Expr.Bad(dangling.end(), dangling.end()), null));
        }
        return out;
    }

    // ------------------------------------------------------------------ statements

    Stmt.Block block(GoGrammar.BlockContext ctx) {
        return new Stmt.Block(start(ctx), end(ctx), statementList(ctx.statementList()));
    }

    private List<Stmt> statementList(GoGrammar.StatementListContext ctx) {
        List<Stmt> out = new ArrayList<>();
        for (ParseTree child : children(ctx)) {
            if (child instanceof GoGrammar.StatementContext s) {
                out.add(statement(s));
            }
        }
        return out;
    }

    private Stmt statement(GoGrammar.StatementContext ctx) {
        ParseTree inner = ctx.getChildCount() > 0 ? ctx.getChild(0) : null;
        int start = start(ctx);
        int end = end(ctx);
        if (inner instanceof GoGrammar.SimpleStmtContext s) {
            return simpleStmt(s);
        }
        if (inner instanceof GoGrammar.BlockContext b) {
            return block(b);
        }
        if (inner instanceof GoGrammar.DeclarationContext d) {
            return new Stmt.DeclStmt(start, end, declaration(d));
        }
        if (inner instanceof GoGrammar.LabeledStmtContext l) {
            Stmt target = l.statement() != null ? statement(l.statement()) : emptyStatementAfter(end);
            return new Stmt.Labeled(start, Math.max(end, target.end()), ident(l.IDENTIFIER()), target);
        }
        if (inner instanceof GoGrammar.GoStmtContext g) {
            return new Stmt.Go(start, end, call(g.expression(), g, "go"));
        }
        if (inner instanceof GoGrammar.DeferStmtContext d) {
            return new Stmt.Defer(start, end, call(d.expression(), d, "defer"));
        }
        if (inner instanceof GoGrammar.ReturnStmtContext r) {
            return new Stmt.Return(start, end, expressions.expressionList(r.expressionList()));
        }
        if (inner instanceof GoGrammar.BreakStmtContext b) {
            return branch(start, end, Stmt.BranchKind.BREAK, b.IDENTIFIER());
        }
        if (inner instanceof GoGrammar.ContinueStmtContext c) {
            return branch(start, end, Stmt.BranchKind.CONTINUE, c.IDENTIFIER());
        }
        if (inner instanceof GoGrammar.GotoStmtContext g) {
            return branch(start, end, Stmt.BranchKind.GOTO, g.IDENTIFIER());
        }
        if (inner instanceof GoGrammar.FallthroughStmtContext) {
            return new Stmt.Branch(start, end, Stmt.BranchKind.FALLTHROUGH, null);
        }
        if (inner instanceof GoGrammar.IfStmtContext i) {
            return ifStmt(i);
        }
        if (inner instanceof GoGrammar.SwitchStmtContext s) {
            return switchStmt(s);
        }
        if (inner instanceof GoGrammar.SelectStmtContext s) {
            return selectStmt(s);
        }
        if (inner instanceof GoGrammar.ForStmtContext f) {
            return forStmt(f);
        }
        return new Stmt.Bad(start, end);
    }

    /**
     * The empty statement a label stands on: an explicit {@code ;} if one follows, else it is
     * implied at the next token (go/ast's positions, so that spans compare equal).
     */
    private Stmt emptyStatementAfter(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).getStartIndex() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Token next = tokens.isEmpty() ? null : tokens.get(lo);
        if (next == null || next.getStartIndex() < offset) {
            return new Stmt.Empty(offset, offset);
        }
        if (next.getType() == GoLexer.CASE || next.getType() == GoLexer.DEFAULT) {
            report(next.getStartIndex(), "missing statement after label");
        }
        if (next.getType() == GoLexer.SEMI && !SemicolonInsertingTokenSource.isInserted(next)) {
            return new Stmt.Empty(next.getStartIndex(), next.getStopIndex() + 1);
        }
        return new Stmt.Empty(next.getStartIndex(), next.getStartIndex());
    }

    private static Stmt branch(int start, int end, Stmt.BranchKind kind, TerminalNode label) {
        return new Stmt.Branch(start, end, kind, label == null ? null : ident(label));
    }

    private Expr call(GoGrammar.ExpressionContext e, ParserRuleContext owner, String keyword) {
        Expr x = e == null ? new Expr.Bad(end(owner), end(owner)) : expressions.expression(e);
        if (!(Expr.unparen(x) instanceof Expr.Call) && !(x instanceof Expr.Bad)) {
            report(x.start(), "expression in " + keyword + " must be function call");
        }
        return x;
    }

    /** simpleStmt and headerStmt share a shape: a list, then an optional tail saying what it is. */
    private Stmt simpleStmt(ParserRuleContext ctx) {
        List<ParseTree> kids = children(ctx);
        int start = start(ctx);
        int end = end(ctx);
        if (kids.isEmpty() || !(kids.get(0) instanceof ParserRuleContext listCtx)) {
            return new Stmt.Bad(start, end);
        }
        List<Expr> lhs = expressions.expressionList(listCtx);
        if (kids.size() == 1) {
            if (lhs.size() != 1) {
                report(ctx, "expected 1 expression");
            }
            return new Stmt.ExprStmt(start, end, lhs.isEmpty() ? new Expr.Bad(start, end) : lhs.get(0));
        }
        ParseTree op = kids.get(1);
        ParserRuleContext rest = kids.size() > 2 && kids.get(2) instanceof ParserRuleContext r ? r : null;
        switch (op instanceof TerminalNode t ? t.getSymbol().getType() : -1) {
            case GoLexer.PLUS_PLUS:
            case GoLexer.MINUS_MINUS:
                return new Stmt.IncDec(start, end, lhs.get(0), Operator.of(op.getText()));
            case GoLexer.RECEIVE:
                return new Stmt.Send(start, end, lhs.get(0),
                        rest == null ? new Expr.Bad(end, end) : expressions.anyExpression(rest));
            default:
                List<Expr> rhs = rest == null ? List.of() : expressions.expressionList(rest);
                return new Stmt.Assign(start, end, lhs, Operator.of(op.getText()), rhs);
        }
    }

    private void report(ParserRuleContext ctx, String message) {
        report(start(ctx), message);
    }

    private void report(int offset, String message) {
        if (lines == null) {
            lines = new LineMap(source);
        }
        errors.add(lines.error(offset, message));
    }

    private static boolean isRange(GoGrammar.HeaderStmtContext ctx) {
        return ctx != null && ctx.RANGE() != null;
    }

    private Stmt.Range range(GoGrammar.HeaderStmtContext header, int start, int end, Stmt.Block body) {
        Expr x = header.headerExpression() != null ? expressions.anyExpression(header.headerExpression())
                : new Expr.Bad(end, end);
        if (header.headerExpressionList().isEmpty()) {
            return new Stmt.Range(start, end, null, null, null, x, body);
        }
        List<Expr> vars = expressions.expressionList(header.headerExpressionList(0));
        if (vars.size() > 2) {
            report(vars.get(2).start(), "range clause permits at most two iteration variables");
        }
        Operator operator = header.DECLARE_ASSIGN() != null ? Operator.DEFINE : Operator.ASSIGN;
        return new Stmt.Range(start, end, vars.isEmpty() ? null : vars.get(0), vars.size() > 1 ? vars.get(1) : null,
                operator, x, body);
    }

    private Stmt ifStmt(GoGrammar.IfStmtContext ctx) {
        List<GoGrammar.HeaderStmtContext> headers = ctx.headerStmt();
        Stmt init = headers.size() > 1 ? simpleStmt(headers.get(0)) : null;
        Stmt condStmt = headers.isEmpty() ? null : simpleStmt(headers.get(headers.size() - 1));
        Expr condition = condStmt instanceof Stmt.ExprStmt e ? e.x() : null;
        if (condition == null) {
            report(ctx, "missing condition in if statement");
            condition = new Expr.Bad(start(ctx), start(ctx));
        }
        Stmt.Block body = ctx.block().isEmpty() ? new Stmt.Block(end(ctx), end(ctx), List.of())
                : block(ctx.block(0));
        Stmt elseBranch = null;
        if (ctx.ifStmt() != null) {
            elseBranch = ifStmt(ctx.ifStmt());
        } else if (ctx.block().size() > 1) {
            elseBranch = block(ctx.block(1));
        }
        return new Stmt.If(start(ctx), end(ctx), init, condition, body, elseBranch);
    }

    private Stmt switchStmt(GoGrammar.SwitchStmtContext ctx) {
        Stmt init = null;
        Stmt tagStmt = null;
        boolean afterSemicolon = false;
        for (ParseTree child : children(ctx)) {
            if (isSemicolon(child)) {
                afterSemicolon = true;
                init = tagStmt;
                tagStmt = null;
            } else if (child instanceof GoGrammar.HeaderStmtContext h) {
                tagStmt = simpleStmt(h);
            }
        }
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        for (GoGrammar.CaseClauseContext clause : ctx.caseClause()) {
            List<Expr> list = clause.CASE() != null ? expressions.expressionList(clause.expressionList()) : null;
            List<Stmt> body = statementList(clause.statementList());
            clauses.add(new Stmt.CaseClause(start(clause), clauseEnd(clause.COLON(), body, clause), list, body));
        }
        if (isTypeSwitchGuard(tagStmt)) {
            return new Stmt.TypeSwitch(start(ctx), end(ctx), init, tagStmt, clauses);
        }
        Expr tag = tagStmt instanceof Stmt.ExprStmt e ? e.x() : null;
        if (tagStmt != null && tag == null) {
            report(ctx, "switch expression must be an expression");
        }
        assert afterSemicolon || init == null;
        return new Stmt.Switch(start(ctx), end(ctx), init, tag, clauses);
    }

    /** A clause ends with its last statement (not the semicolon after it), or its colon. */
    private static int clauseEnd(TerminalNode colon, List<Stmt> body, ParserRuleContext clause) {
        if (!body.isEmpty()) {
            return body.get(body.size() - 1).end();
        }
        return colon != null ? end(colon) : end(clause);
    }

    private static boolean isTypeSwitchGuard(Stmt s) {
        Expr x = null;
        if (s instanceof Stmt.ExprStmt e) {
            x = e.x();
        } else if (s instanceof Stmt.Assign a && a.isDefine() && a.lhs().size() == 1 && a.rhs().size() == 1) {
            x = a.rhs().get(0);
        }
        return x instanceof Expr.TypeAssert t && t.type() == null;
    }

    private Stmt selectStmt(GoGrammar.SelectStmtContext ctx) {
        List<Stmt.CommClause> clauses = new ArrayList<>();
        for (GoGrammar.CommClauseContext clause : ctx.commClause()) {
            Stmt comm = clause.simpleStmt() != null ? simpleStmt(clause.simpleStmt()) : null;
            List<Stmt> body = statementList(clause.statementList());
            clauses.add(new Stmt.CommClause(start(clause), clauseEnd(clause.COLON(), body, clause), comm, body));
        }
        return new Stmt.Select(start(ctx), end(ctx), clauses);
    }

    private Stmt forStmt(GoGrammar.ForStmtContext ctx) {
        int start = start(ctx);
        int end = end(ctx);
        Stmt.Block body = ctx.block() != null ? block(ctx.block()) : new Stmt.Block(end, end, List.of());
        List<ParseTree> kids = children(ctx);
        boolean threeClause = kids.stream().anyMatch(Spans::isSemicolon);
        if (!threeClause) {
            GoGrammar.HeaderStmtContext header = firstContext(kids, GoGrammar.HeaderStmtContext.class);
            if (isRange(header)) {
                return range(header, start, end, body);
            }
            Stmt cond = header == null ? null : simpleStmt(header);
            Expr condition = cond instanceof Stmt.ExprStmt e ? e.x() : null;
            if (cond != null && condition == null) {
                report(ctx, "expected for loop condition");
            }
            return new Stmt.For(start, end, null, condition, null, body);
        }
        Stmt init = null;
        Expr condition = null;
        Stmt post = null;
        int semicolons = 0;
        for (ParseTree child : kids) {
            if (isSemicolon(child)) {
                semicolons++;
            } else if (child instanceof GoGrammar.HeaderStmtContext h) {
                if (semicolons == 0) {
                    init = simpleStmt(h);
                } else {
                    post = simpleStmt(h);
                }
            } else if (child instanceof GoGrammar.HeaderExpressionContext e) {
                condition = expressions.anyExpression(e);
            }
        }
        return new Stmt.For(start, end, init, condition, post, body);
    }
}
