package io.captureguard.parser.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small helpers for building children lists that skip absent (null) parts. */
final class Nodes {
    private Nodes() {
    }

    static List<Node> of(Object... parts) {
        List<Node> out = new ArrayList<>(parts.length);
        for (Object part : parts) {
            if (part instanceof Node n) {
                out.add(n);
            } else if (part instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Node n) {
                        out.add(n);
                    }
                }
            }
        }
        return Collections.unmodifiableList(out);
    }
}
