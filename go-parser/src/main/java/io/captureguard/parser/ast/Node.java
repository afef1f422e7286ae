package io.captureguard.parser.ast;

import java.util.List;

/**
 * A node of the syntax tree: a span of the source, as UTF-16 offsets, {@code start} inclusive and
 * {@code end} exclusive, and its children in source order.
 */
public interface Node {
    int start();

    int end();

    /** Direct children in source order; never null, never containing null. */
    List<Node> children();
}
