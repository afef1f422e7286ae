package io.captureguard.parser.syntax;

import io.captureguard.parser.antlr.GoLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Go's automatic semicolons, done between the lexer and the parser so that the grammar needs no
 * lexer modes, empty tokens or predicates.
 *
 * <p>The Go spec's rule: when a line's final token is an identifier, a basic literal, one of
 * {@code break continue fallthrough return ++ -- ) ] }}, a semicolon follows it. A general
 * comment that spans a newline counts as a newline, and so does the end of the file. Newline
 * tokens are dropped here; comments are kept aside (they carry build lines and directives) and
 * never reach the parser.
 */
public final class SemicolonInsertingTokenSource implements TokenSource {
    private final GoLexer lexer;
    private final List<Token> comments = new ArrayList<>();
    private final Pair<TokenSource, CharStream> source;
    private Token pending;
    private Token lookahead;
    private int lastType;
    private boolean lastNeedsSemicolon;
    private boolean done;

    public SemicolonInsertingTokenSource(GoLexer lexer) {
        this.lexer = lexer;
        this.source = new Pair<>(this, lexer.getInputStream());
    }

    /** Comments seen so far, in source order. */
    public List<Token> comments() {
        return comments;
    }

    @Override
    public Token nextToken() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            return remember(t);
        }
        while (true) {
            Token t = nextFromLexer();
            switch (t.getType()) {
                case GoLexer.NEWLINE:
                    if (lastNeedsSemicolon) {
                        return remember(semicolonAt(t));
                    }
                    continue;
                case GoLexer.LINE_COMMENT:
                    comments.add(t);
                    continue;
                case GoLexer.BLOCK_COMMENT:
                case GoLexer.UNTERMINATED_COMMENT:
                    comments.add(t);
                    if (lastNeedsSemicolon && t.getText().indexOf('\n') >= 0) {
                        return remember(semicolonAt(t));
                    }
                    continue;
                case GoLexer.BOM:
                    if (t.getStartIndex() == 0) {
                        continue;
                    }
                    return remember(t);
                case GoLexer.RECEIVE:
                    return remember(mergeReceiveChan(t));
                case Token.EOF:
                    if (lastNeedsSemicolon && !done) {
                        done = true;
                        pending = t;
                        return remember(semicolonAt(t));
                    }
                    return remember(t);
                default:
                    return remember(t);
            }
        }
    }

    private Token nextFromLexer() {
        if (lookahead != null) {
            Token t = lookahead;
            lookahead = null;
            return t;
        }
        return lexer.nextToken();
    }

    /**
     * {@code <-chan} is the receive-only channel type wherever go/parser meets it, except right
     * after {@code chan} ({@code chan<-chan T} is a send-only channel of {@code chan T}). One token
     * for it keeps {@code func() <-chan T} apart from a send statement without lookahead.
     */
    private Token mergeReceiveChan(Token arrow) {
        if (lastType == GoLexer.CHAN) {
            return arrow;
        }
        Token next = lexer.nextToken();
        if (next.getType() != GoLexer.CHAN || next.getStartIndex() != arrow.getStopIndex() + 1
                && !onlySpacesBetween(arrow, next)) {
            lookahead = next;
            return arrow;
        }
        CommonToken merged = new CommonToken(arrow);
        merged.setType(GoLexer.RECEIVE_CHAN);
        merged.setStopIndex(next.getStopIndex());
        merged.setText(null);
        return merged;
    }

    private boolean onlySpacesBetween(Token a, Token b) {
        String between = lexer.getInputStream().getText(
                org.antlr.v4.runtime.misc.Interval.of(a.getStopIndex() + 1, b.getStartIndex() - 1));
        return between.isBlank() && between.indexOf('\n') < 0;
    }

    private Token remember(Token t) {
        lastType = t.getType();
        lastNeedsSemicolon = triggersSemicolon(t.getType());
        return t;
    }

    private Token semicolonAt(Token where) {
        CommonToken semi = new CommonToken(source, GoLexer.SEMI, Token.DEFAULT_CHANNEL,
                where.getStartIndex(), where.getStartIndex() - 1);
        semi.setText(where.getType() == Token.EOF ? "EOF" : "\n");
        semi.setLine(where.getLine());
        semi.setCharPositionInLine(where.getCharPositionInLine());
        return semi;
    }

    /** True for synthetic semicolons, which have no width in the source. */
    public static boolean isInserted(Token t) {
        return t.getType() == GoLexer.SEMI && t.getStopIndex() < t.getStartIndex();
    }

    static boolean triggersSemicolon(int type) {
        switch (type) {
            case GoLexer.IDENTIFIER:
            case GoLexer.INT_LIT:
            case GoLexer.FLOAT_LIT:
            case GoLexer.IMAGINARY_LIT:
            case GoLexer.RUNE_LIT:
            case GoLexer.STRING_LIT:
            case GoLexer.RAW_STRING_LIT:
            case GoLexer.BREAK:
            case GoLexer.CONTINUE:
            case GoLexer.FALLTHROUGH:
            case GoLexer.RETURN:
            case GoLexer.PLUS_PLUS:
            case GoLexer.MINUS_MINUS:
            case GoLexer.R_PAREN:
            case GoLexer.R_BRACKET:
            case GoLexer.R_BRACE:
                return true;
            default:
                return false;
        }
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
