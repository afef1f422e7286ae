package io.captureguard.parser.version;

/**
 * Recursive-descent parser for {@code //go:build} expressions with Go's grammar and messages
 * (go/build/constraint): {@code ||} binds loosest, then {@code &&}, then {@code !}; {@code !!x} is
 * rejected; tags are letters, digits, {@code _} and {@code .}; only spaces and tabs separate.
 */
final class BuildExprParser {

    // Go's own limit; it also bounds the recursion depth, so "((((((..." cannot overflow the stack.
    private static final int MAX_SIZE = 1000;

    /**
     * Unwinds the recursion on the first syntax error. It never leaves this class:
     * {@link #parse} turns it into a {@link BuildConstraint.Malformed} value.
     */
    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int offset;

        SyntaxError(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private final String text;
    private int next;
    private String token = "";
    private int tokenOffset;
    private boolean tokenIsTag;
    private int size;

    private BuildExprParser(String text) {
        this.text = text;
    }

    /** Parses an expression (the text after {@code //go:build}); never throws. */
    static BuildConstraint parse(String expression) {
        BuildExprParser p = new BuildExprParser(expression);
        try {
            BuildExpr x = p.or();
            if (!p.token.isEmpty()) {
                throw new SyntaxError(p.tokenOffset, "unexpected token " + p.token);
            }
            return new BuildConstraint.Valid(expression, x);
        } catch (SyntaxError e) {
            return new BuildConstraint.Malformed(expression, e.offset, e.getMessage());
        }
    }

    private BuildExpr or() {
        BuildExpr x = and();
        while (token.equals("||")) {
            x = new BuildExpr.Or(x, and());
        }
        return x;
    }

    private BuildExpr and() {
        BuildExpr x = not();
        while (token.equals("&&")) {
            x = new BuildExpr.And(x, not());
        }
        return x;
    }

    private BuildExpr not() {
        if (++size > MAX_SIZE) {
            throw new SyntaxError(tokenOffset, "build expression too large");
        }
        lex();
        if (token.equals("!")) {
            lex();
            if (token.equals("!")) {
                throw new SyntaxError(tokenOffset, "double negation not allowed");
            }
            return new BuildExpr.Not(atom());
        }
        return atom();
    }

    private BuildExpr atom() {
        if (token.equals("(")) {
            int open = tokenOffset;
            BuildExpr x;
            try {
                x = or();
            } catch (SyntaxError e) {
                throw e.getMessage().equals("unexpected end of expression")
                        ? new SyntaxError(e.offset, "missing close paren") : e;
            }
            if (!token.equals(")")) {
                throw new SyntaxError(open, "missing close paren");
            }
            lex();
            return x;
        }
        if (!tokenIsTag) {
            throw new SyntaxError(tokenOffset,
                    token.isEmpty() ? "unexpected end of expression" : "unexpected token " + token);
        }
        BuildExpr tag = new BuildExpr.Tag(token);
        lex();
        return tag;
    }

    private void lex() {
        tokenIsTag = false;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        tokenOffset = next;
        if (next >= text.length()) {
            token = "";
            return;
        }
        char c = text.charAt(next);
        if (c == '(' || c == ')' || c == '!') {
            token = String.valueOf(c);
            next++;
            return;
        }
        if (c == '&' || c == '|') {
            if (next + 1 >= text.length() || text.charAt(next + 1) != c) {
                throw new SyntaxError(next, "invalid syntax at " + c);
            }
            token = text.substring(next, next + 2);
            next += 2;
            return;
        }
        int end = next;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_' && cp != '.') {
                break;
            }
            end += Character.charCount(cp);
        }
        if (end == next) {
            throw new SyntaxError(next, "invalid syntax at " + Character.toString(text.codePointAt(next)));
        }
        token = text.substring(next, end);
        next = end;
        tokenIsTag = true;
    }
}
