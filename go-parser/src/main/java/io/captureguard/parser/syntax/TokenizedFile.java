package io.captureguard.parser.syntax;

import io.captureguard.parser.antlr.GoLexer;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * A file's parser tokens (semicolons inserted, no comments, ending in EOF) and its comments, with
 * the filled stream that holds them, ready for the whole-file parse.
 */
public record TokenizedFile(List<Token> tokens, List<Token> comments, CommonTokenStream stream) {

    public static TokenizedFile of(String source) {
        GoLexer lexer = new GoLexer(new Utf16CharStream(source, "<go>"));
        lexer.removeErrorListeners(); // the lexer never fails: bad input becomes error tokens
        SemicolonInsertingTokenSource tokenSource = new SemicolonInsertingTokenSource(lexer);
        CommonTokenStream stream = new CommonTokenStream(tokenSource);
        stream.fill();
        return new TokenizedFile(stream.getTokens(), tokenSource.comments(), stream);
    }
}
