package io.captureguard.parser.syntax;

import io.captureguard.parser.antlr.GoLexer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Offsets of parse-tree pieces, robust to the empty and conjured nodes of error recovery. */
final class Spans {
    private Spans() {
    }

    static int start(ParseTree tree) {
        if (tree instanceof TerminalNode t) {
            return Math.max(0, t.getSymbol().getStartIndex());
        }
        Token start = ((ParserRuleContext) tree).getStart();
        return start == null ? 0 : Math.max(0, start.getStartIndex());
    }

    static int end(ParseTree tree) {
        if (tree instanceof TerminalNode t) {
            return Math.max(start(tree), t.getSymbol().getStopIndex() + 1);
        }
        ParserRuleContext ctx = (ParserRuleContext) tree;
        Token stop = ctx.getStop();
        int start = start(tree);
        return stop == null ? start : Math.max(start, stop.getStopIndex() + 1);
    }

    /** True for a real (not conjured) token of the given type. */
    static boolean isToken(ParseTree tree, int type) {
        return tree instanceof TerminalNode t && !(tree instanceof ErrorNode) && t.getSymbol().getType() == type;
    }

    static boolean isSemicolon(ParseTree tree) {
        return isToken(tree, GoLexer.SEMI);
    }
}
