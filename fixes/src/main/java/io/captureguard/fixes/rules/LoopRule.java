package io.captureguard.fixes.rules;

import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Severity;
import io.captureguard.fixes.engine.FileAnalysis;
import io.captureguard.fixes.engine.Pass;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.semantic.LoopHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A rule about the variables of loop headers: it visits each for/range loop that has a header. */
abstract class LoopRule extends RuleBase {
    LoopRule(RuleId id, String summary, Severity defaultSeverity, List<FileAnalysis<?>> alsoRequires) {
        super(id, summary, defaultSeverity, Set.of(Stmt.For.class, Stmt.Range.class), with(alsoRequires));
    }

    @Override
    public final void visit(Node node, Pass pass) {
        LoopHeader loop = pass.resultOf(LoopHeaders.BY_STATEMENT).get((Stmt) node);
        if (loop != null) {
            visitLoop(loop, pass);
        }
    }

    /** Checks one loop whose header declares or assigns variables. */
    abstract void visitLoop(LoopHeader loop, Pass pass);

    private static List<FileAnalysis<?>> with(List<FileAnalysis<?>> others) {
        List<FileAnalysis<?>> all = new ArrayList<>(others);
        all.add(LoopHeaders.BY_STATEMENT);
        return all;
    }
}
