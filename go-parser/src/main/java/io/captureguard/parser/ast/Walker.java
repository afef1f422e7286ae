package io.captureguard.parser.ast;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * Depth-first, source-order traversal without recursion, so that deeply nested trees (long
 * operator chains in generated code) cannot exhaust the stack.
 */
public final class Walker {
    private Walker() {
    }

    /** Visits {@code root} and its descendants; when {@code visit} returns false, skips the children. */
    public static void walk(Node root, Predicate<Node> visit) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (!visit.test(node)) {
                continue;
            }
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
    }
}
