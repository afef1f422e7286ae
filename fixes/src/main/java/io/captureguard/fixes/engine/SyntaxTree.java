package io.captureguard.fixes.engine;

import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.GoFile;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The syntax tree seen from below: each node's parent, so that a rule can ask what encloses a
 * statement (its block, its loops, its function). Built once per analysis, without recursion.
 */
public final class SyntaxTree {
    private final Map<Node, Node> parents;
    private final List<Node> nodes;

    private SyntaxTree(int expectedNodes) {
        parents = new IdentityHashMap<>(expectedNodes);
        nodes = new ArrayList<>(expectedNodes);
    }

    static SyntaxTree of(GoFile file) {
        SyntaxTree tree = new SyntaxTree(Math.max(16, file.end() / 4)); // roughly one node per 4 characters
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(file);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            tree.nodes.add(node);
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                Node child = children.get(i);
                tree.parents.put(child, node);
                pending.push(child);
            }
        }
        return tree;
    }

    /**
     * Every node of the file in source order (parents before children): rules scan this list
     * instead of walking the tree again.
     */
    public List<Node> nodes() {
        return nodes;
    }

    public Node parent(Node node) {
        return parents.get(node);
    }

    /** The function (declaration or literal) whose body holds the node, or null at package level. */
    public Node enclosingFunction(Node node) {
        for (Node n = parent(node); n != null; n = parent(n)) {
            if (n instanceof Decl.FuncDecl || n instanceof Expr.FuncLit) {
                return n;
            }
        }
        return null;
    }

    /** The for/range loops around the node inside its own function, innermost first. */
    public List<Stmt> enclosingLoops(Node node) {
        List<Stmt> loops = new ArrayList<>();
        Node child = node;
        for (Node n = parent(node); n != null; child = n, n = parent(n)) {
            if (n instanceof Decl.FuncDecl || n instanceof Expr.FuncLit) {
                break;
            }
            if (loopOf(child) == n) {
                loops.add((Stmt) n);
            }
        }
        return loops;
    }

    /** The for/range loop whose body is this block, or null. */
    public Stmt loopOf(Node block) {
        Node parent = parent(block);
        return (parent instanceof Stmt.For f && f.body() == block) || (parent instanceof Stmt.Range r && r.body() == block)
                ? (Stmt) parent : null;
    }

    /**
     * The statement lists that hold the node, innermost first, each with the index of the
     * statement that contains the node; up to the body of its function.
     */
    public List<Position> statementPositions(Node node) {
        List<Position> positions = new ArrayList<>();
        Node child = node;
        for (Node n = parent(node); n != null; child = n, n = parent(n)) {
            List<Stmt> list = n instanceof Stmt.Block b ? b.statements()
                    : n instanceof Stmt.CaseClause c ? c.body()
                    : n instanceof Stmt.CommClause c ? c.body() : null;
            if (list != null) {
                int index = indexOf(list, child);
                if (index >= 0) {
                    positions.add(new Position(n, list, index));
                }
            }
            if (n instanceof Decl.FuncDecl || n instanceof Expr.FuncLit) {
                break;
            }
        }
        return positions;
    }

    /** A statement's place in a list of statements. */
    public record Position(Node owner, List<Stmt> statements, int index) {
        public List<Stmt> following() {
            return statements.subList(index + 1, statements.size());
        }
    }

    private static int indexOf(List<Stmt> list, Node child) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == child) {
                return i;
            }
        }
        return -1;
    }
}
