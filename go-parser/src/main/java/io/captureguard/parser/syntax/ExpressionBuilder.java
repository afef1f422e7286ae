package io.captureguard.parser.syntax;

import static io.captureguard.parser.syntax.Spans.end;
import static io.captureguard.parser.syntax.Spans.isToken;
import static io.captureguard.parser.syntax.Spans.start;

import io.captureguard.parser.antlr.GoGrammar;
import io.captureguard.parser.antlr.GoLexer;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Field;
import io.captureguard.parser.ast.Operator;
import io.captureguard.parser.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds expressions and types from the parse tree, settling what the grammar left open:
 * operator precedence, parameter grouping, the follower of a type operand, and array length versus
 * type parameters in {@code type A[...]}.
 */
final class ExpressionBuilder {
    private final Function<GoGrammar.BlockContext, Stmt.Block> blocks;
    private final BiConsumer<Integer, String> report;

    /**
     * @param blocks builds function bodies (statements are the tree builder's job)
     * @param report takes syntax Go rejects but the grammar accepts, as offset and message
     */
    ExpressionBuilder(Function<GoGrammar.BlockContext, Stmt.Block> blocks, BiConsumer<Integer, String> report) {
        this.blocks = blocks;
        this.report = report;
    }

    // ------------------------------------------------------------------ expressions

    List<Expr> expressionList(ParserRuleContext list) {
        List<Expr> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (ParseTree child : children(list)) {
            if (child instanceof GoGrammar.ExpressionContext e) {
                out.add(expression(e));
            } else if (child instanceof GoGrammar.HeaderExpressionContext h) {
                out.add(headerExpression(h));
            }
        }
        return out;
    }

    /** {@code unaryOperator* (FUNC signature (block postfix* binaryTail)? | primaryExpr binaryTail)}. */
    Expr expression(GoGrammar.ExpressionContext ctx) {
        if (ctx == null) {
            return null;
        }
        List<ParseTree> kids = children(ctx);
        List<TerminalNode> unaryOps = List.of();
        Expr operand = null;
        int i = 0;
        for (; i < kids.size() && operand == null; i++) {
            ParseTree child = kids.get(i);
            if (child instanceof GoGrammar.PrimaryExprContext p) {
                operand = primaryExpr(p);
            } else if (child instanceof GoGrammar.UnaryOperatorContext op) {
                unaryOps = add(unaryOps, firstToken(op));
            } else if (isToken(child, GoLexer.FUNC)) {
                GoGrammar.SignatureContext sig = at(kids, i + 1, GoGrammar.SignatureContext.class);
                GoGrammar.BlockContext body = at(kids, i + 2, GoGrammar.BlockContext.class);
                Expr.FuncType type = signature(start(child), sig, List.of());
                operand = body == null ? type : new Expr.FuncLit(start(child), end(body), type, blocks.apply(body));
                i += body == null ? 1 : 2;
                while (i + 1 < kids.size() && kids.get(i + 1) instanceof GoGrammar.PostfixContext p) {
                    operand = postfix(operand, p);
                    i++;
                }
            }
        }
        if (operand == null) {
            return new Expr.Bad(start(ctx), end(ctx));
        }
        Expr x = withUnary(unaryOps, operand);
        return i < kids.size() ? binaryChain(x, kids.subList(i, kids.size())) : x;
    }

    private static List<TerminalNode> add(List<TerminalNode> list, TerminalNode token) {
        List<TerminalNode> out = list.isEmpty() ? new ArrayList<>(2) : list;
        out.add(token);
        return out;
    }

    private Expr headerExpression(GoGrammar.HeaderExpressionContext ctx) {
        List<ParseTree> kids = children(ctx);
        if (kids.isEmpty() || !(kids.get(0) instanceof GoGrammar.HeaderUnaryExprContext first)) {
            return new Expr.Bad(start(ctx), end(ctx));
        }
        return binaryChain(headerUnary(first), kids.subList(1, kids.size()));
    }

    Expr anyExpression(ParserRuleContext ctx) {
        if (ctx instanceof GoGrammar.HeaderExpressionContext h) {
            return headerExpression(h);
        }
        return expression((GoGrammar.ExpressionContext) ctx);
    }

    private Expr headerUnary(GoGrammar.HeaderUnaryExprContext ctx) {
        List<TerminalNode> ops = new ArrayList<>();
        ParserRuleContext current = ctx;
        while (current instanceof GoGrammar.HeaderUnaryExprContext u && u.unaryOperator() != null) {
            ops.add(firstToken(u.unaryOperator()));
            current = u.headerUnaryExpr();
        }
        Expr operand = current instanceof GoGrammar.HeaderUnaryExprContext u && u.headerPrimaryExpr() != null
                ? headerPrimary(u.headerPrimaryExpr())
                : new Expr.Bad(start(ctx), end(ctx));
        return withUnary(ops, operand);
    }

    private Expr headerPrimary(GoGrammar.HeaderPrimaryExprContext ctx) {
        List<ParseTree> kids = children(ctx);
        if (kids.isEmpty()) {
            return new Expr.Bad(start(ctx), end(ctx));
        }
        ParseTree first = kids.get(0);
        if (first instanceof GoGrammar.HeaderLiteralTypeExprContext lit) {
            return literalTypeExpr(lit);
        }
        if (!isToken(first, GoLexer.FUNC)) {
            return operandAndPostfixes(ctx, kids);
        }
        GoGrammar.SignatureContext sig = at(kids, 1, GoGrammar.SignatureContext.class);
        GoGrammar.BlockContext body = at(kids, 2, GoGrammar.BlockContext.class);
        Expr.FuncType type = signature(start(first), sig, List.of());
        Expr x = body == null ? type : new Expr.FuncLit(start(first), end(body), type, blocks.apply(body));
        for (int i = 3; i < kids.size(); i++) {
            x = postfix(x, kids.get(i));
        }
        return x;
    }

    /** Groups a flat {@code x op y op z…} by Go's five precedence levels, left to right. */
    private Expr binaryChain(Expr first, List<ParseTree> operatorsAndOperands) {
        if (operatorsAndOperands.isEmpty()) {
            return first;
        }
        Deque<Expr> operands = new ArrayDeque<>();
        Deque<String> operators = new ArrayDeque<>();
        operands.push(first);
        for (int i = 0; i + 1 < operatorsAndOperands.size(); i += 2) {
            String op = operatorText(operatorsAndOperands.get(i));
            ParseTree rhs = operatorsAndOperands.get(i + 1);
            while (!operators.isEmpty() && precedence(operators.peek()) >= precedence(op)) {
                reduce(operands, operators);
            }
            operators.push(op);
            operands.push(rhs instanceof GoGrammar.HeaderUnaryExprContext h ? headerUnary(h)
                    : unaryExpr((GoGrammar.UnaryExprContext) rhs));
        }
        while (!operators.isEmpty()) {
            reduce(operands, operators);
        }
        return operands.pop();
    }

    /** The operator's spelling without allocating a substring for it. */
    private static String operatorText(ParseTree operator) {
        ParseTree token = operator instanceof ParserRuleContext c && c.getChildCount() > 0 ? c.getChild(0) : operator;
        int type = token instanceof TerminalNode t ? t.getSymbol().getType() : -1;
        String literal = type > 0 ? GoGrammar.VOCABULARY.getLiteralName(type) : null;
        return literal != null ? literal.substring(1, literal.length() - 1).intern() : operator.getText();
    }

    private static void reduce(Deque<Expr> operands, Deque<String> operators) {
        Expr y = operands.pop();
        Expr x = operands.pop();
        operands.push(new Expr.Binary(x.start(), y.end(), x, Operator.of(operators.pop()), y));
    }

    static int precedence(String op) {
        switch (op) {
            case "||":
                return 1;
            case "&&":
                return 2;
            case "==": case "!=": case "<": case "<=": case ">": case ">=":
                return 3;
            case "+": case "-": case "|": case "^":
                return 4;
            default:
                return 5;
        }
    }

    private Expr unaryExpr(GoGrammar.UnaryExprContext ctx) {
        if (ctx == null) {
            return null;
        }
        List<TerminalNode> ops = List.of();
        Expr operand = null;
        for (ParseTree child : children(ctx)) {
            if (child instanceof GoGrammar.UnaryOperatorContext op) {
                ops = add(ops, firstToken(op));
            } else if (child instanceof GoGrammar.PrimaryExprContext p) {
                operand = primaryExpr(p);
            } else if (child instanceof GoGrammar.FunctionLiteralContext f) {
                operand = functionLiteral(f);
            }
        }
        return withUnary(ops, operand == null ? new Expr.Bad(start(ctx), end(ctx)) : operand);
    }

    private static Expr withUnary(List<TerminalNode> ops, Expr operand) {
        Expr x = operand;
        for (int i = ops.size() - 1; i >= 0; i--) {
            TerminalNode op = ops.get(i);
            int start = start(op);
            x = op.getSymbol().getType() == GoLexer.STAR
                    ? new Expr.Star(start, x.end(), x)
                    : new Expr.Unary(start, x.end(), Operator.of(op.getText()), x);
        }
        return x;
    }

    private Expr functionLiteral(GoGrammar.FunctionLiteralContext ctx) {
        List<ParseTree> kids = children(ctx);
        GoGrammar.SignatureContext sig = ctx.signature();
        GoGrammar.BlockContext body = ctx.block();
        Expr.FuncType type = signature(start(ctx), sig, List.of());
        Expr x = body == null ? type : new Expr.FuncLit(start(ctx), end(body), type, blocks.apply(body));
        for (ParseTree child : kids) {
            if (child instanceof GoGrammar.PostfixContext) {
                x = postfix(x, child);
            }
        }
        return x;
    }

    private Expr primaryExpr(GoGrammar.PrimaryExprContext ctx) {
        List<ParseTree> kids = children(ctx);
        if (kids.isEmpty()) {
            return new Expr.Bad(start(ctx), end(ctx));
        }
        if (kids.get(0) instanceof GoGrammar.LiteralTypeExprContext literal) {
            return literalTypeExpr(literal);
        }
        return operandAndPostfixes(ctx, kids);
    }

    /** {@code (basicLit | IDENTIFIER | '(' expression ')') postfix*}, as inlined in both primary rules. */
    private Expr operandAndPostfixes(ParserRuleContext ctx, List<ParseTree> kids) {
        ParseTree first = kids.get(0);
        Expr x;
        int next = 1;
        if (first instanceof GoGrammar.BasicLitContext literal) {
            x = basicLit(literal);
        } else if (isToken(first, GoLexer.IDENTIFIER)) {
            x = ident((TerminalNode) first);
        } else if (isToken(first, GoLexer.L_PAREN)) {
            GoGrammar.ExpressionContext inner = at(kids, 1, GoGrammar.ExpressionContext.class);
            next = inner == null ? 1 : 2;
            int close = next < kids.size() && isToken(kids.get(next), GoLexer.R_PAREN) ? end(kids.get(next++)) : end(ctx);
            x = new Expr.Paren(start(first), close, inner == null ? new Expr.Bad(close, close) : expression(inner));
        } else {
            return new Expr.Bad(start(ctx), end(ctx));
        }
        for (int i = next; i < kids.size(); i++) {
            x = postfix(x, kids.get(i));
        }
        return x;
    }

    private Expr nonNameOperand(GoGrammar.NonNameOperandContext ctx) {
        if (ctx.basicLit() != null) {
            return basicLit(ctx.basicLit());
        }
        Expr inner = ctx.expression() != null ? expression(ctx.expression()) : null;
        return new Expr.Paren(start(ctx), end(ctx), inner == null ? new Expr.Bad(start(ctx), end(ctx)) : inner);
    }

    /** Applies one postfix (selector, assertion, index, slice, call, composite body) to {@code x}. */
    private Expr postfix(Expr x, ParseTree tree) {
        if (tree instanceof GoGrammar.PostfixContext p && p.getChild(0) instanceof ParserRuleContext inner) {
            return postfix(x, inner);
        }
        if (tree instanceof GoGrammar.IndexContext index) {
            return index(x, index);
        }
        if (tree instanceof GoGrammar.ArgumentsContext args) {
            return call(x, args);
        }
        if (tree instanceof GoGrammar.LiteralValueContext lit) {
            if (x instanceof Expr.Paren) {
                report.accept(x.start(), "cannot parenthesize type in composite literal");
            }
            return new Expr.CompositeLit(x.start(), end(lit), x, literalElements(lit));
        }
        if (tree instanceof ParserRuleContext ctx) { // postfixNotIndex or headerPostfix
            ParseTree first = ctx.getChildCount() > 0 ? ctx.getChild(0) : null;
            if (first instanceof ParserRuleContext) {
                return postfix(x, first);
            }
            if (isToken(first, GoLexer.DOT)) {
                ParseTree second = ctx.getChildCount() > 1 ? ctx.getChild(1) : null;
                if (isToken(second, GoLexer.IDENTIFIER)) {
                    return new Expr.Selector(x.start(), end(ctx), x, ident((TerminalNode) second));
                }
                Expr type = null;
                for (ParseTree child : children(ctx)) {
                    if (child instanceof GoGrammar.ExpressionContext e) {
                        type = expression(e);
                    }
                }
                return new Expr.TypeAssert(x.start(), end(ctx), x, type);
            }
        }
        return x;
    }

    private Expr call(Expr function, GoGrammar.ArgumentsContext args) {
        List<Expr> arguments = new ArrayList<>();
        boolean ellipsis = false;
        for (ParseTree child : children(args)) {
            if (child instanceof GoGrammar.ExpressionContext e) {
                arguments.add(expression(e));
            } else if (isToken(child, GoLexer.ELLIPSIS)) {
                ellipsis = true;
            }
        }
        return new Expr.Call(function.start(), end(args), function, arguments, ellipsis, start(args));
    }

    private Expr index(Expr x, GoGrammar.IndexContext ctx) {
        List<ParseTree> kids = children(ctx);
        boolean slice = false;
        Expr low = null;
        List<Expr> indices = new ArrayList<>();
        GoGrammar.SliceRestContext rest = null;
        for (ParseTree child : kids) {
            if (isToken(child, GoLexer.COLON)) {
                slice = true;
            } else if (child instanceof GoGrammar.ExpressionContext e) {
                Expr value = expression(e);
                if (!slice) {
                    low = value;
                    indices.add(value);
                }
            } else if (child instanceof GoGrammar.SliceRestContext r) {
                rest = r;
            }
        }
        if (!slice) {
            return new Expr.Index(x.start(), end(ctx), x, indices);
        }
        Expr high = null;
        Expr max = null;
        boolean three = false;
        if (rest != null) {
            for (ParseTree child : children(rest)) {
                if (isToken(child, GoLexer.COLON)) {
                    three = true;
                } else if (child instanceof GoGrammar.ExpressionContext e) {
                    if (three) {
                        max = expression(e);
                    } else {
                        high = expression(e);
                    }
                }
            }
        }
        if (three && high == null) {
            report.accept(start(ctx), "middle index required in 3-index slice");
        }
        if (three && max == null) {
            report.accept(start(ctx), "final index required in 3-index slice");
        }
        return new Expr.Slice(x.start(), end(ctx), x, low, high, max, three);
    }

    private List<Expr> literalElements(GoGrammar.LiteralValueContext ctx) {
        List<Expr> elements = new ArrayList<>();
        for (GoGrammar.ElementContext element : ctx.element()) {
            List<GoGrammar.ElementValueContext> values = element.elementValue();
            if (values.isEmpty()) {
                continue;
            }
            Expr first = elementValue(values.get(0));
            elements.add(values.size() > 1
                    ? new Expr.KeyValue(start(element), end(element), first, elementValue(values.get(1)))
                    : first);
        }
        return elements;
    }

    private Expr elementValue(GoGrammar.ElementValueContext ctx) {
        if (ctx.literalValue() != null) {
            return new Expr.CompositeLit(start(ctx), end(ctx), null, literalElements(ctx.literalValue()));
        }
        return ctx.expression() != null ? expression(ctx.expression()) : new Expr.Bad(start(ctx), end(ctx));
    }

    Expr.BasicLit basicLit(GoGrammar.BasicLitContext ctx) {
        return basicLit(firstToken(ctx));
    }

    Expr.BasicLit basicLit(TerminalNode token) {
        String problem = LiteralCheck.problem(token.getText());
        if (problem != null) {
            report.accept(start(token), problem);
        }
        Expr.LiteralKind kind = switch (token.getSymbol().getType()) {
            case GoLexer.INT_LIT -> Expr.LiteralKind.INT;
            case GoLexer.FLOAT_LIT -> Expr.LiteralKind.FLOAT;
            case GoLexer.IMAGINARY_LIT -> Expr.LiteralKind.IMAGINARY;
            case GoLexer.RUNE_LIT -> Expr.LiteralKind.RUNE;
            default -> Expr.LiteralKind.STRING;
        };
        return new Expr.BasicLit(start(token), end(token), kind, token.getText());
    }

    static Expr.Ident ident(TerminalNode token) {
        Token t = token.getSymbol();
        int start = t.getStartIndex();
        int end = t.getStopIndex() + 1;
        // Straight from the source text: CommonToken.getText goes through an Interval and checks.
        String name = t.getInputStream() instanceof Utf16CharStream source ? source.substring(start, end)
                : t.getText();
        return new Expr.Ident(start, end, name);
    }

    // ------------------------------------------------------------------ types written as operands

    /** A type and the parse-tree pieces that follow its last element (composite body, conversion, postfixes). */
    private record TypeWithFollowers(Expr type, List<ParseTree> followers) {
    }

    private Expr literalTypeExpr(ParserRuleContext ctx) {
        TypeWithFollowers built = typeWithFollowers(ctx);
        Expr x = built.type();
        List<ParseTree> followers = built.followers();
        for (int i = 0; i < followers.size(); i++) {
            ParseTree follower = followers.get(i);
            if (isToken(follower, GoLexer.DOT) && i + 1 < followers.size()
                    && followers.get(i + 1) instanceof TerminalNode name) {
                x = new Expr.Selector(x.start(), end(name), x, ident(name)); // interface{ M() }.M
                i++;
            } else {
                x = postfix(x, follower);
            }
        }
        return x;
    }

    private TypeWithFollowers typeWithFollowers(ParserRuleContext ctx) {
        List<ParseTree> kids = children(ctx);
        if (kids.isEmpty()) {
            return new TypeWithFollowers(new Expr.Bad(start(ctx), end(ctx)), List.of());
        }
        ParseTree first = kids.get(0);
        int start = start(ctx);
        if (ctx instanceof GoGrammar.LiteralTypeExprContext || ctx instanceof GoGrammar.HeaderLiteralTypeExprContext) {
            ParserRuleContext element = lastContext(kids);
            if (isToken(first, GoLexer.STRUCT) || first instanceof GoGrammar.StructTypeContext
                    || first instanceof GoGrammar.InterfaceTypeContext) {
                return new TypeWithFollowers(type((ParserRuleContext) first), followers(kids.get(kids.size() - 1)));
            }
            TypeWithFollowers inner = element == null
                    ? new TypeWithFollowers(new Expr.Bad(start, end(ctx)), List.of())
                    : typeWithFollowers(element);
            Expr elementType = inner.type();
            Expr type;
            if (isToken(first, GoLexer.L_BRACKET)) {
                type = new Expr.ArrayType(start, elementType.end(), arrayLength(kids), elementType);
            } else if (isToken(first, GoLexer.MAP)) {
                Expr key = type(firstContext(kids, GoGrammar.Type_Context.class));
                type = new Expr.MapType(start, elementType.end(), key, elementType);
            } else if (isToken(first, GoLexer.RECEIVE_CHAN)) {
                type = new Expr.ChanType(start, elementType.end(), Expr.ChanDir.RECEIVE, elementType);
            } else {
                boolean send = kids.size() > 1 && isToken(kids.get(1), GoLexer.RECEIVE);
                type = new Expr.ChanType(start, elementType.end(), send ? Expr.ChanDir.SEND : Expr.ChanDir.BOTH,
                        elementType);
            }
            return new TypeWithFollowers(type, inner.followers());
        }
        if (isToken(first, GoLexer.L_PAREN)) { // ( type_ ) follower
            Expr inner = type(firstContext(kids, GoGrammar.Type_Context.class));
            int close = kids.size() > 2 ? end(kids.get(2)) : end(ctx);
            return new TypeWithFollowers(new Expr.Paren(start, close, inner), followers(kids.get(kids.size() - 1)));
        }
        if (first instanceof GoGrammar.TypeNameOrInstanceContext name) {
            return new TypeWithFollowers(typeName(name), followers(kids.get(kids.size() - 1)));
        }
        if (isToken(first, GoLexer.STAR)) {
            TypeWithFollowers inner = typeWithFollowers((ParserRuleContext) kids.get(1));
            return new TypeWithFollowers(new Expr.Star(start, inner.type().end(), inner.type()), inner.followers());
        }
        if (isToken(first, GoLexer.FUNC)) {
            GoGrammar.ParametersContext params = (GoGrammar.ParametersContext) kids.get(1);
            return funcWithFollowers(start, params, (ParserRuleContext) kids.get(2));
        }
        if (first instanceof ParserRuleContext single && kids.size() == 1) {
            return typeWithFollowers(single); // elementWithFollower -> resultWithFollower -> …
        }
        return new TypeWithFollowers(new Expr.Bad(start, end(ctx)), List.of());
    }

    private TypeWithFollowers funcWithFollowers(int start, GoGrammar.ParametersContext params,
                                                ParserRuleContext funcFollower) {
        List<Field> parameters = parameters(params);
        List<ParseTree> kids = children(funcFollower);
        if (!kids.isEmpty() && kids.get(0) instanceof GoGrammar.ParametersContext results) {
            Expr.FuncType type = new Expr.FuncType(start, end(results), List.of(), parameters, parameters(results));
            return new TypeWithFollowers(type, kids.size() > 1 ? followers(kids.get(1)) : List.of());
        }
        if (!kids.isEmpty() && (kids.get(0) instanceof GoGrammar.ResultWithFollowerContext
                || kids.get(0) instanceof GoGrammar.HeaderResultWithFollowerContext)) {
            TypeWithFollowers result = typeWithFollowers((ParserRuleContext) kids.get(0));
            Field field = new Field(result.type().start(), result.type().end(), List.of(), result.type(), null);
            Expr.FuncType type = new Expr.FuncType(start, result.type().end(), List.of(), parameters, List.of(field));
            return new TypeWithFollowers(type, result.followers());
        }
        Expr.FuncType type = new Expr.FuncType(start, end(params), List.of(), parameters, List.of());
        return new TypeWithFollowers(type, kids);
    }

    /** The children of a follower context: a composite body or conversion, then postfixes. */
    private static List<ParseTree> followers(ParseTree tree) {
        if (tree instanceof GoGrammar.FollowerContext || tree instanceof GoGrammar.HeaderFollowerContext
                || tree instanceof GoGrammar.TypeLitFollowerContext
                || tree instanceof GoGrammar.HeaderTypeLitFollowerContext) {
            return children((ParserRuleContext) tree);
        }
        return List.of();
    }

    private Expr arrayLength(List<ParseTree> kids) {
        ParseTree second = kids.size() > 1 ? kids.get(1) : null;
        if (second instanceof GoGrammar.ExpressionContext e) {
            return expression(e);
        }
        if (isToken(second, GoLexer.ELLIPSIS)) {
            return new Expr.Ellipsis(start(second), end(second), null);
        }
        return null;
    }

    // ------------------------------------------------------------------ types in declarations

    /** Any of the grammar's type rules (type_, typeNoBracket, resultType, typeLit, …). */
    Expr type(ParserRuleContext ctx) {
        if (ctx == null) {
            return null;
        }
        List<ParseTree> kids = children(ctx);
        if (kids.isEmpty()) {
            return new Expr.Bad(start(ctx), end(ctx));
        }
        ParseTree first = kids.get(0);
        int start = start(ctx);
        int end = end(ctx);
        if (ctx instanceof GoGrammar.TypeNameOrInstanceContext name) {
            return typeName(name);
        }
        if (ctx instanceof GoGrammar.ArrayTypeContext) {
            return new Expr.ArrayType(start, end, arrayLength(kids), type(lastContext(kids)));
        }
        if (ctx instanceof GoGrammar.StructTypeContext s) {
            List<Field> fields = new ArrayList<>();
            for (GoGrammar.FieldDeclContext f : s.fieldDecl()) {
                fields.add(fieldDecl(f));
            }
            return new Expr.StructType(start, end, fields);
        }
        if (ctx instanceof GoGrammar.InterfaceTypeContext i) {
            List<Field> elements = new ArrayList<>();
            for (GoGrammar.InterfaceElemContext e : i.interfaceElem()) {
                elements.add(interfaceElem(e));
            }
            return new Expr.InterfaceType(start, end, elements);
        }
        if (ctx instanceof GoGrammar.ReceiveChannelTypeContext) {
            return new Expr.ChanType(start, end, Expr.ChanDir.RECEIVE, type(lastContext(kids)));
        }
        if (isToken(first, GoLexer.L_PAREN)) {
            return new Expr.Paren(start, end, type(firstContext(kids, ParserRuleContext.class)));
        }
        if (isToken(first, GoLexer.STAR)) {
            return new Expr.Star(start, end, type(lastContext(kids)));
        }
        if (isToken(first, GoLexer.FUNC)) {
            return signature(start, firstContext(kids, GoGrammar.SignatureContext.class), List.of());
        }
        if (isToken(first, GoLexer.MAP)) {
            List<GoGrammar.Type_Context> types = ((GoGrammar.TypeLitNoPointerContext) ctx).type_();
            return new Expr.MapType(start, end, type(types.isEmpty() ? null : types.get(0)),
                    types.size() > 1 ? type(types.get(1)) : new Expr.Bad(end, end));
        }
        if (isToken(first, GoLexer.CHAN)) {
            boolean send = kids.size() > 1 && isToken(kids.get(1), GoLexer.RECEIVE);
            return new Expr.ChanType(start, end, send ? Expr.ChanDir.SEND : Expr.ChanDir.BOTH, type(lastContext(kids)));
        }
        if (first instanceof ParserRuleContext inner) {
            return type(inner);
        }
        return new Expr.Bad(start, end);
    }

    private Expr typeName(GoGrammar.TypeNameOrInstanceContext ctx) {
        List<TerminalNode> names = ctx.IDENTIFIER();
        if (names.isEmpty()) {
            return new Expr.Bad(start(ctx), end(ctx));
        }
        Expr x = ident(names.get(0));
        if (names.size() > 1) {
            x = new Expr.Selector(x.start(), end(names.get(1)), x, ident(names.get(1)));
        }
        if (ctx.typeArguments() != null) {
            List<Expr> args = new ArrayList<>();
            for (GoGrammar.Type_Context t : ctx.typeArguments().type_()) {
                args.add(type(t));
            }
            x = new Expr.Index(x.start(), end(ctx), x, args);
        }
        return x;
    }

    Expr.FuncType signature(int start, GoGrammar.SignatureContext ctx, List<Field> typeParams) {
        if (ctx == null) {
            return new Expr.FuncType(start, start, typeParams, List.of(), List.of());
        }
        List<Field> params = parameters(ctx.parameters());
        List<Field> results = List.of();
        GoGrammar.ResultContext result = ctx.result();
        if (result != null) {
            if (result.parameters() != null) {
                results = parameters(result.parameters());
            } else if (result.resultType() != null) {
                Expr type = type(result.resultType());
                results = List.of(new Field(type.start(), type.end(), List.of(), type, null));
            }
        }
        return new Expr.FuncType(start, end(ctx), typeParams, params, results);
    }

    /** One parameter item before grouping: {@code name} null for unnamed, {@code type} null for a bare name. */
    private record ParameterItem(Expr.Ident name, Expr type, int start, int end) {
    }

    /**
     * Regroups a flat parameter list as go/parser does: when any item has a name and a type, every
     * bare identifier is a name sharing the type of the next named item; otherwise all are types.
     */
    List<Field> parameters(GoGrammar.ParametersContext ctx) {
        List<Field> fields = new ArrayList<>();
        if (ctx == null) {
            return fields;
        }
        List<ParameterItem> items = new ArrayList<>();
        for (GoGrammar.ParameterItemContext item : ctx.parameterItem()) {
            items.add(parameterItem(item));
        }
        boolean named = items.stream().anyMatch(i -> i.name() != null && i.type() != null);
        if (!named) {
            for (ParameterItem item : items) {
                Expr type = item.type() != null ? item.type() : item.name();
                fields.add(new Field(item.start(), item.end(), List.of(), type, null));
            }
            return fields;
        }
        List<Expr.Ident> pending = new ArrayList<>();
        int groupStart = -1;
        for (ParameterItem item : items) {
            if (groupStart < 0) {
                groupStart = item.start();
            }
            if (item.type() == null) {
                pending.add(item.name());
                continue;
            }
            List<Expr.Ident> names = new ArrayList<>(pending);
            if (item.name() != null) {
                names.add(item.name());
            }
            fields.add(new Field(groupStart, item.end(), List.copyOf(names), item.type(), null));
            pending.clear();
            groupStart = -1;
        }
        for (Expr.Ident dangling : pending) { // `func(a, b)` mixed with named ones: invalid Go
            fields.add(new Field(dangling.start(), dangling.end(), List.of(dangling),
                    new Expr.Bad(dangling.end(), dangling.end()), null));
        }
        if (!pending.isEmpty() || fields.stream().anyMatch(f -> f.names().isEmpty())) {
            report.accept(start(ctx), "mixed named and unnamed parameters");
        }
        return fields;
    }

    private ParameterItem parameterItem(GoGrammar.ParameterItemContext ctx) {
        List<ParseTree> kids = children(ctx);
        int start = start(ctx);
        int end = end(ctx);
        ParseTree first = kids.isEmpty() ? null : kids.get(0);
        if (isToken(first, GoLexer.IDENTIFIER)) {
            Expr.Ident name = ident((TerminalNode) first);
            if (kids.size() == 1) {
                return new ParameterItem(name, null, start, end);
            }
            ParseTree second = kids.get(1);
            if (isToken(second, GoLexer.DOT)) {
                Expr type = qualifiedType(name, kids);
                return new ParameterItem(null, type, start, end);
            }
            if (isToken(second, GoLexer.L_BRACKET)) {
                return bracketAfterName(name, kids, start, end, (n, t) -> new ParameterItem(n, t, start, end));
            }
            if (isToken(second, GoLexer.ELLIPSIS)) {
                Expr element = type(lastContext(kids));
                return new ParameterItem(name, new Expr.Ellipsis(start(second), end, element), start, end);
            }
            return new ParameterItem(name, type(lastContext(kids)), start, end);
        }
        if (isToken(first, GoLexer.ELLIPSIS)) {
            return new ParameterItem(null, new Expr.Ellipsis(start, end, type(lastContext(kids))), start, end);
        }
        return new ParameterItem(null, type(lastContext(kids)), start, end);
    }

    private Expr qualifiedType(Expr.Ident pkg, List<ParseTree> kids) {
        TerminalNode name = kids.size() > 2 && kids.get(2) instanceof TerminalNode t ? t : null;
        Expr type = name == null ? pkg : new Expr.Selector(pkg.start(), end(name), pkg, ident(name));
        GoGrammar.TypeArgumentsContext args = firstContext(kids, GoGrammar.TypeArgumentsContext.class);
        if (args != null) {
            List<Expr> types = new ArrayList<>();
            for (GoGrammar.Type_Context t : args.type_()) {
                types.add(type(t));
            }
            type = new Expr.Index(type.start(), end(args), type, types);
        }
        return type;
    }

    /**
     * {@code name [list] type?}: with a type after the bracket, a name and an array or slice type;
     * without, a generic type instance used as an unnamed parameter or embedded field.
     */
    private <T> T bracketAfterName(Expr.Ident name, List<ParseTree> kids, int start, int end,
                                   java.util.function.BiFunction<Expr.Ident, Expr, T> make) {
        GoGrammar.BracketListContext list = firstContext(kids, GoGrammar.BracketListContext.class);
        List<Expr> inside = expressionList(list);
        GoGrammar.Type_Context after = firstContext(kids, GoGrammar.Type_Context.class);
        int open = start(kids.get(1));
        if (after != null) {
            Expr element = type(after);
            Expr length = inside.isEmpty() ? null : inside.get(0);
            return make.apply(name, new Expr.ArrayType(open, element.end(), length, element));
        }
        return make.apply(null, new Expr.Index(name.start(), end, name, inside));
    }

    private Field fieldDecl(GoGrammar.FieldDeclContext ctx) {
        List<ParseTree> kids = children(ctx);
        int start = start(ctx);
        int end = end(ctx);
        Expr.BasicLit tag = ctx.stringLit() != null ? basicLit(firstToken(ctx.stringLit())) : null;
        ParseTree first = kids.isEmpty() ? null : kids.get(0);
        if (isToken(first, GoLexer.STAR)) {
            Expr base = ctx.typeNameOrInstance() != null ? typeName(ctx.typeNameOrInstance()) : new Expr.Bad(end, end);
            return new Field(start, end, List.of(), new Expr.Star(start(first), base.end(), base), tag);
        }
        if (!isToken(first, GoLexer.IDENTIFIER)) {
            return new Field(start, end, List.of(), new Expr.Bad(start, end), tag);
        }
        Expr.Ident name = ident((TerminalNode) first);
        ParseTree second = kids.size() > 1 ? kids.get(1) : null;
        if (second == null || second instanceof GoGrammar.StringLitContext) {
            return new Field(start, end, List.of(), name, tag); // embedded T
        }
        if (isToken(second, GoLexer.COMMA)) {
            List<Expr.Ident> names = new ArrayList<>();
            for (TerminalNode id : ctx.IDENTIFIER()) {
                names.add(ident(id));
            }
            return new Field(start, end, names, type(firstContext(kids, ParserRuleContext.class)), tag);
        }
        if (isToken(second, GoLexer.DOT)) {
            return new Field(start, end, List.of(), qualifiedType(name, kids), tag);
        }
        if (isToken(second, GoLexer.L_BRACKET)) {
            return bracketAfterName(name, kids, start, end,
                    (n, t) -> new Field(start, end, n == null ? List.of() : List.of(n), t, tag));
        }
        return new Field(start, end, List.of(name), type((ParserRuleContext) second), tag);
    }

    private Field interfaceElem(GoGrammar.InterfaceElemContext ctx) {
        if (ctx.IDENTIFIER() != null) {
            Expr.Ident name = ident(ctx.IDENTIFIER());
            Expr.FuncType type = signature(start(ctx.signature() != null ? ctx.signature() : ctx), ctx.signature(),
                    List.of());
            return new Field(start(ctx), end(ctx), List.of(name), type, null);
        }
        return new Field(start(ctx), end(ctx), List.of(), typeConstraint(ctx.typeConstraint()), null);
    }

    /** {@code ~int | ~string | T}: a chain of {@code |} over terms, {@code ~} as a unary operator. */
    Expr typeConstraint(ParserRuleContext ctx) {
        if (ctx == null) {
            return null;
        }
        Expr result = null;
        List<ParseTree> kids = children(ctx);
        for (int i = 0; i < kids.size(); i++) {
            ParseTree child = kids.get(i);
            Expr term = null;
            if (child instanceof GoGrammar.TypeTermContext t) {
                Expr inner = type(t.type_());
                term = t.TILDE() != null ? new Expr.Unary(start(t), end(t), Operator.TILDE, inner) : inner;
            } else if (isToken(child, GoLexer.TILDE)) {
                ParseTree next = kids.get(++i);
                term = new Expr.Unary(start(child), end(next), Operator.TILDE, type((ParserRuleContext) next));
            } else if (child instanceof ParserRuleContext c) {
                term = type(c);
            }
            if (term != null) {
                result = result == null ? term : new Expr.Binary(result.start(), term.end(), result, Operator.OR, term);
            }
        }
        return result == null ? new Expr.Bad(start(ctx), end(ctx)) : result;
    }

    List<Field> typeParameters(GoGrammar.TypeParametersContext ctx) {
        List<Field> fields = new ArrayList<>();
        if (ctx != null) {
            for (GoGrammar.TypeParameterDeclContext decl : ctx.typeParameterDecl()) {
                fields.add(typeParameterDecl(decl));
            }
        }
        return fields;
    }

    Field typeParameterDecl(GoGrammar.TypeParameterDeclContext ctx) {
        List<Expr.Ident> names = new ArrayList<>();
        if (ctx.identifierList() != null) {
            for (TerminalNode id : ctx.identifierList().IDENTIFIER()) {
                names.add(ident(id));
            }
        }
        return new Field(start(ctx), end(ctx), names, typeConstraint(ctx.typeConstraint()), null);
    }

    /** The expression {@code name tail…} that starts a {@code type A[name …]} bracket. */
    Expr nameExpression(TerminalNode name, GoGrammar.NameExpressionTailContext tail) {
        Expr x = ident(name);
        if (tail == null) {
            return x;
        }
        List<ParseTree> kids = children(tail);
        int i = 0;
        for (; i < kids.size() && !(kids.get(i) instanceof GoGrammar.BinaryTailContext); i++) {
            x = postfix(x, kids.get(i));
        }
        return i < kids.size() ? binaryChain(x, children((ParserRuleContext) kids.get(i))) : x;
    }

    /** The array length {@code nonNameOperand postfix* binaryTail} of {@code type A[2*N]T}. */
    Expr arrayLengthExpression(List<ParseTree> kids) {
        Expr x = null;
        List<TerminalNode> unaryOps = new ArrayList<>();
        for (ParseTree child : kids) {
            if (child instanceof GoGrammar.UnaryOperatorContext op) {
                unaryOps.add(firstToken(op));
            } else if (child instanceof GoGrammar.UnaryExprContext u) {
                x = withUnary(unaryOps, unaryExpr(u));
            } else if (child instanceof GoGrammar.NonNameOperandContext operand) {
                x = nonNameOperand(operand);
            } else if (child instanceof GoGrammar.PostfixContext && x != null) {
                x = postfix(x, child);
            } else if (child instanceof GoGrammar.BinaryTailContext tail && x != null) {
                x = binaryChain(x, children(tail));
            }
        }
        return x;
    }

    // ------------------------------------------------------------------ parse-tree helpers

    /** A context's children without the error nodes of recovery (no copy when there are none). */
    static List<ParseTree> children(ParserRuleContext ctx) {
        if (ctx == null || ctx.children == null) {
            return List.of();
        }
        List<ParseTree> children = ctx.children;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof ErrorNode) {
                List<ParseTree> out = new ArrayList<>(children.size());
                for (ParseTree child : children) {
                    if (!(child instanceof ErrorNode)) {
                        out.add(child);
                    }
                }
                return out;
            }
        }
        return children;
    }

    static <T> T at(List<ParseTree> kids, int index, Class<T> type) {
        return index < kids.size() && type.isInstance(kids.get(index)) ? type.cast(kids.get(index)) : null;
    }

    static <T> T firstContext(List<ParseTree> kids, Class<T> type) {
        for (ParseTree child : kids) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
        }
        return null;
    }

    static ParserRuleContext lastContext(List<ParseTree> kids) {
        for (int i = kids.size() - 1; i >= 0; i--) {
            if (kids.get(i) instanceof ParserRuleContext c) {
                return c;
            }
        }
        return null;
    }

    static TerminalNode firstToken(ParserRuleContext ctx) {
        for (ParseTree child : children(ctx)) {
            if (child instanceof TerminalNode t) {
                return t;
            }
        }
        throw new IllegalStateException("no token in " + ctx.getClass().getSimpleName());
    }
}
