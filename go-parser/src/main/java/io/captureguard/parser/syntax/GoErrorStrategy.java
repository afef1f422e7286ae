package io.captureguard.parser.syntax;

import io.captureguard.parser.antlr.GoGrammar;
import io.captureguard.parser.antlr.GoLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery with messages in Go's words: "unexpected newline, expected expression"
 * instead of a list of twenty token names.
 */
final class GoErrorStrategy extends DefaultErrorStrategy {

    /**
     * A token error recovery makes up where one was missing: ANTLR leaves it without a position
     * (start -1), which a tree builder reading its text must not meet. Ours is empty and sits
     * where it was missing, before the token the parser saw instead.
     */
    @Override
    protected Token getMissingSymbol(Parser recognizer) {
        Token conjured = super.getMissingSymbol(recognizer);
        Token current = recognizer.getCurrentToken();
        if (conjured instanceof CommonToken token && current != null && current.getStartIndex() >= 0) {
            token.setStartIndex(current.getStartIndex());
            token.setStopIndex(current.getStartIndex() - 1);
            token.setText("");
        }
        return conjured;
    }

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        recognizer.notifyErrorListeners(e.getOffendingToken(), "unexpected " + describe(e.getOffendingToken()), e);
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        recognizer.notifyErrorListeners(e.getOffendingToken(), message(e.getOffendingToken(),
                e.getExpectedTokens()), e);
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token t = recognizer.getCurrentToken();
        recognizer.notifyErrorListeners(t, message(t, getExpectedTokens(recognizer)), null);
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token t = recognizer.getCurrentToken();
        recognizer.notifyErrorListeners(t, message(t, getExpectedTokens(recognizer)), null);
    }

    static String message(Token found, IntervalSet expected) {
        return "unexpected " + describe(found) + ", expected " + summarize(expected);
    }

    static String describe(Token t) {
        if (t.getType() == Token.EOF) {
            return "end of file";
        }
        if (SemicolonInsertingTokenSource.isInserted(t)) {
            return "newline";
        }
        return switch (t.getType()) {
            case GoLexer.IDENTIFIER -> "name " + t.getText();
            case GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT,
                    GoLexer.STRING_LIT, GoLexer.RAW_STRING_LIT -> "literal " + abbreviate(t.getText());
            default -> t.getType() <= GoLexer.VAR ? "keyword " + t.getText() : "'" + abbreviate(t.getText()) + "'";
        };
    }

    private static String summarize(IntervalSet expected) {
        if (expected == null || expected.isNil()) {
            return "something else";
        }
        if (expected.contains(GoLexer.IDENTIFIER) && expected.contains(GoLexer.INT_LIT)
                && expected.contains(GoLexer.L_PAREN)) {
            return "expression";
        }
        List<String> names = new ArrayList<>();
        for (int type : expected.toArray()) {
            names.add(name(type));
        }
        if (names.size() > 6) {
            names = new ArrayList<>(names.subList(0, 6));
            names.add("…");
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String name(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case GoLexer.IDENTIFIER -> "name";
            case GoLexer.SEMI -> "';' or newline";
            case GoLexer.RECEIVE_CHAN -> "'<-chan'";
            case GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT -> "number";
            case GoLexer.STRING_LIT, GoLexer.RAW_STRING_LIT -> "string";
            default -> GoGrammar.VOCABULARY.getDisplayName(type);
        };
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() > 20 ? oneLine.substring(0, 17) + "..." : oneLine;
    }
}
