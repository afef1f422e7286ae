package io.captureguard.fixes.rules;

import io.captureguard.fixes.engine.FileContext;
import io.captureguard.fixes.SourceText;
import io.captureguard.fixes.Fix;
import io.captureguard.fixes.Safety;
import io.captureguard.fixes.TextEdit;
import io.captureguard.parser.ast.Stmt.BranchKind;
import io.captureguard.parser.ast.Comment;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Expr.LiteralKind;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.ast.Walker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The defer-in-loop cure: the loop body becomes {@code func() { … }()}, so its defers run at the
 * end of each iteration. Withheld when a {@code break}, {@code goto}, label or {@code return}
 * would change meaning inside the literal; an unlabeled {@code continue} of this loop becomes
 * {@code return}. Unsafe: the defers now run earlier, which the user must want.
 */
final class LoopBodyWrap {
    private LoopBodyWrap() {
    }

    static Stmt.Block body(Stmt loop) {
        return loop instanceof Stmt.For f ? f.body() : ((Stmt.Range) loop).body();
    }

    static Optional<Fix> fix(FileContext file, Stmt loop) {
        String source = file.source();
        Stmt.Block body = body(loop);
        int open = body.start();
        int close = body.end() - 1;
        if (body.statements().isEmpty() || SourceText.sameLine(source, open, body.statements().get(0).start())
                || !SourceText.aloneOnLine(source, close, close + 1) || hasBlockCommentOverLines(file, body)) {
            return Optional.empty(); // not laid out as gofmt lays it out; re-indenting it could go wrong
        }
        List<Stmt.Branch> continues = new ArrayList<>();
        if (!branchesAllow(body, continues)) {
            return Optional.empty();
        }
        String nl = SourceText.newline(source);
        String inner = SourceText.indentOf(source, close) + "\t";
        List<TextEdit> edits = new ArrayList<>();
        int firstLine = SourceText.nextLineStart(source, open);
        int closeLine = SourceText.lineStart(source, close);
        edits.add(new TextEdit(firstLine, firstLine, inner + "func() {" + nl));
        List<int[]> rawStrings = multiLineRawStrings(body, source);
        for (int line = firstLine; line < closeLine; line = SourceText.nextLineStart(source, line)) {
            if (!blank(source, line) && !insideAny(line, rawStrings)) {
                edits.add(new TextEdit(line, line, "\t"));
            }
        }
        for (Stmt.Branch c : continues) {
            edits.add(new TextEdit(c.start(), c.end(), "return"));
        }
        edits.add(new TextEdit(closeLine, closeLine, inner + "}()" + nl));
        return Optional.of(new Fix("Wrap the loop body in a function literal so its defers run every iteration",
                Safety.UNSAFE, edits, true));
    }

    /**
     * False when the body holds a return, goto, label, or a break/continue that leaves the body
     * (other than an unlabeled continue of this loop, collected for rewriting).
     */
    private static boolean branchesAllow(Stmt.Block body, List<Stmt.Branch> continues) {
        boolean[] ok = {true};
        walk(body, 0, 0, ok, continues);
        return ok[0];
    }

    /** breakDepth counts enclosing for/switch/select inside the body; continueDepth counts loops. */
    private static void walk(Node node, int breakDepth, int continueDepth, boolean[] ok, List<Stmt.Branch> continues) {
        if (!ok[0] || node instanceof Expr.FuncLit) {
            return;
        }
        if (node instanceof Stmt.Return || node instanceof Stmt.Labeled) {
            ok[0] = false;
            return;
        }
        if (node instanceof Stmt.Branch b) {
            if (b.kind() == BranchKind.GOTO || b.label() != null) {
                ok[0] = false;
            } else if (b.kind() == BranchKind.BREAK && breakDepth == 0) {
                ok[0] = false;
            } else if (b.kind() == BranchKind.CONTINUE && continueDepth == 0) {
                continues.add(b);
            }
            return;
        }
        boolean loop = node instanceof Stmt.For || node instanceof Stmt.Range;
        boolean breakable = loop || node instanceof Stmt.Switch || node instanceof Stmt.TypeSwitch
                || node instanceof Stmt.Select;
        for (Node child : node.children()) {
            walk(child, breakDepth + (breakable ? 1 : 0), continueDepth + (loop ? 1 : 0), ok, continues);
        }
    }

    private static List<int[]> multiLineRawStrings(Stmt.Block body, String source) {
        List<int[]> spans = new ArrayList<>();
        Walker.walk(body, n -> {
            if (n instanceof Expr.BasicLit lit && lit.kind() == LiteralKind.STRING && lit.value().startsWith("`")
                    && !SourceText.sameLine(source, lit.start(), lit.end())) {
                spans.add(new int[] {lit.start(), lit.end()});
            }
            return true;
        });
        return spans;
    }

    private static boolean hasBlockCommentOverLines(FileContext file, Stmt.Block body) {
        for (Comment c : file.parse().file().comments()) {
            if (!c.isLineComment() && c.start() > body.start() && c.end() < body.end()
                    && !SourceText.sameLine(file.source(), c.start(), c.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(int offset, List<int[]> spans) {
        return spans.stream().anyMatch(s -> s[0] < offset && offset < s[1]);
    }

    private static boolean blank(String source, int lineStart) {
        for (int i = lineStart; i < source.length() && source.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
