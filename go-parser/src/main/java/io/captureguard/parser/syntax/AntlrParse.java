package io.captureguard.parser.syntax;

import io.captureguard.parser.SyntaxError;
import io.captureguard.parser.antlr.GoGrammar;
import io.captureguard.parser.antlr.GoLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ANTLRErrorListener;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Runs the ANTLR parse the way it is fast: SLL with a bail-out strategy over the whole file, which
 * succeeds on every valid file; only when that fails, the file is cut at top-level declarations
 * (a declaration keyword at column 0) and each piece is parsed on its own, in full LL with error
 * recovery, so that one broken function does not hide the rest of the file.
 *
 * <p>Never throws: excessive nesting and stack exhaustion become syntax errors.
 */
public final class AntlrParse {
    /** Deeper bracket nesting than this is refused; real Go code stays far below it. */
    public static final int MAX_NESTING = 1_000;

    /** The parse trees: one {@code SourceFileContext}, or several {@code FileChunkContext}s. */
    public record Result(List<ParserRuleContext> roots, TokenizedFile tokens, List<SyntaxError> errors) {
    }

    private AntlrParse() {
    }

    public static Result run(String source) {
        TokenizedFile file = TokenizedFile.of(source);
        List<Token> tokens = file.tokens();
        int deepAt = firstTooDeep(tokens, 0, tokens.size());
        if (deepAt < 0) {
            try {
                file.stream().seek(0);
                GoGrammar parser = new GoGrammar(file.stream());
                parser.removeErrorListeners();
                parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
                parser.setErrorHandler(new BailErrorStrategy());
                return new Result(List.of(parser.sourceFile()), file, List.of());
            } catch (ParseCancellationException | StackOverflowError e) {
                // fall through to the chunked, recovering parse
            }
        }
        return parseInChunks(file);
    }

    private static Result parseInChunks(TokenizedFile file) {
        List<Token> tokens = file.tokens();
        List<ParserRuleContext> roots = new ArrayList<>();
        List<SyntaxError> errors = new ArrayList<>();
        int start = 0;
        int eof = tokens.size() - 1;
        while (start < eof) {
            int end = start + 1;
            while (end < eof && !startsChunk(tokens, end)) {
                end++;
            }
            parseChunk(tokens, start, end, roots, errors);
            start = end;
        }
        if (errors.isEmpty()) {
            // Every piece parsed alone but the whole did not (two declarations on one line, say):
            // report where the whole-file parse stopped.
            errors.add(firstErrorOfWholeFile(tokens));
        }
        return new Result(roots, file, errors);
    }

    private static void parseChunk(List<Token> tokens, int start, int end,
                                   List<ParserRuleContext> roots, List<SyntaxError> errors) {
        int deepAt = firstTooDeep(tokens, start, end);
        if (deepAt >= 0) {
            errors.add(errorAt(tokens.get(deepAt), "brackets nested deeper than " + MAX_NESTING + " levels"));
            return;
        }
        List<Token> piece = new ArrayList<>(tokens.subList(start, end));
        piece.add(eofAfter(tokens.get(end - 1), tokens.get(tokens.size() - 1)));
        try {
            GoGrammar parser = newParser(piece);
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            roots.add(parser.fileChunk());
            return;
        } catch (ParseCancellationException | StackOverflowError e) {
            // recover below
        }
        List<SyntaxError> chunkErrors = new ArrayList<>();
        try {
            GoGrammar parser = newParser(piece);
            parser.setErrorHandler(new GoErrorStrategy());
            parser.addErrorListener(collector(chunkErrors));
            roots.add(parser.fileChunk());
        } catch (StackOverflowError e) {
            chunkErrors.add(errorAt(tokens.get(start), "declaration too deeply nested to parse"));
        }
        errors.addAll(chunkErrors.isEmpty()
                ? List.of(errorAt(tokens.get(start), "syntax error in declaration")) : chunkErrors);
    }

    private static SyntaxError firstErrorOfWholeFile(List<Token> tokens) {
        List<SyntaxError> found = new ArrayList<>();
        try {
            GoGrammar parser = newParser(tokens);
            parser.setErrorHandler(new BailErrorStrategy());
            parser.addErrorListener(collector(found));
            parser.sourceFile();
        } catch (ParseCancellationException e) {
            if (e.getCause() instanceof RecognitionException re && re.getOffendingToken() != null) {
                return errorAt(re.getOffendingToken(), unexpected(re.getOffendingToken()));
            }
        } catch (StackOverflowError e) {
            // reported below
        }
        return found.isEmpty() ? errorAt(tokens.get(0), "syntax error") : found.get(0);
    }

    private static boolean startsChunk(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.getCharPositionInLine() != 0) {
            return false;
        }
        switch (t.getType()) {
            case GoLexer.FUNC:
            case GoLexer.TYPE:
            case GoLexer.VAR:
            case GoLexer.CONST:
            case GoLexer.IMPORT:
            case GoLexer.PACKAGE:
                return true;
            default:
                return false;
        }
    }

    private static int firstTooDeep(List<Token> tokens, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            switch (tokens.get(i).getType()) {
                case GoLexer.L_PAREN, GoLexer.L_BRACE, GoLexer.L_BRACKET -> {
                    if (++depth > MAX_NESTING) {
                        return i;
                    }
                }
                case GoLexer.R_PAREN, GoLexer.R_BRACE, GoLexer.R_BRACKET -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return -1;
    }

    private static Token eofAfter(Token last, Token realEof) {
        CommonToken eof = new CommonToken(realEof);
        eof.setStartIndex(last.getStopIndex() + 1);
        eof.setStopIndex(last.getStopIndex());
        return eof;
    }

    public static GoGrammar newParser(List<Token> tokens) {
        GoGrammar parser = new GoGrammar(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.setBuildParseTree(true);
        return parser;
    }

    private static ANTLRErrorListener collector(List<SyntaxError> into) {
        return new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                                    int charPositionInLine, String msg, RecognitionException e) {
                if (offendingSymbol instanceof Token t) {
                    into.add(errorAt(t, describe(t, msg)));
                } else {
                    into.add(new SyntaxError(0, line, charPositionInLine + 1, msg));
                }
            }
        };
    }

    private static String describe(Token t, String antlrMessage) {
        return switch (t.getType()) {
            case GoLexer.UNTERMINATED_STRING -> "string literal not terminated";
            case GoLexer.UNTERMINATED_RAW_STRING -> "raw string literal not terminated";
            case GoLexer.UNTERMINATED_RUNE -> "rune literal not terminated";
            case GoLexer.UNTERMINATED_COMMENT -> "comment not terminated";
            case GoLexer.ILLEGAL_CHARACTER -> "invalid character " + quoteChar(t.getText());
            case GoLexer.BOM -> "invalid BOM in the middle of the file";
            default -> antlrMessage;
        };
    }

    private static String unexpected(Token t) {
        return describe(t, "unexpected " + GoErrorStrategy.describe(t));
    }

    private static String quoteChar(String text) {
        if (text.isEmpty()) {
            return "''";
        }
        char c = text.charAt(0);
        return c < 0x20 || c == 0x7f || Character.isSurrogate(c)
                ? String.format("U+%04X", (int) c) : "'" + text + "'";
    }

    static SyntaxError errorAt(Token t, String message) {
        return new SyntaxError(Math.max(0, t.getStartIndex()), t.getLine(), t.getCharPositionInLine() + 1, message);
    }
}
