package io.captureguard.fixes.incremental;

import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.GoFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The top-level layout of a parsed file: where its package clause and each declaration lie, and
 * for functions where the body's braces are. Two texts with equal outlines declare the same
 * things in the same places; only function bodies and the gaps between declarations may differ.
 */
record DeclOutline(int packageNameEnd, List<Entry> decls) {
    private static final int NONE = -1;

    enum Kind { FUNCTION, GENERAL, BAD }

    /** One declaration; {@code bodyStart} is its body's '{' and {@code bodyEnd} is after its '}', or both NONE. */
    record Entry(Kind kind, int start, int end, int bodyStart, int bodyEnd) {
        boolean hasBody() {
            return bodyStart != NONE;
        }

        /** Whether {@code [from, to)} lies between the braces of the body, the braces excluded. */
        boolean bodyHolds(int from, int to) {
            return hasBody() && from > bodyStart && to < bodyEnd;
        }

        Entry mapped(IntUnaryOperator offsets) {
            return new Entry(kind, offsets.applyAsInt(start), offsets.applyAsInt(end),
                    hasBody() ? offsets.applyAsInt(bodyStart) : NONE, hasBody() ? offsets.applyAsInt(bodyEnd) : NONE);
        }
    }

    static DeclOutline of(GoFile file) {
        List<Entry> entries = new ArrayList<>(file.decls().size());
        for (Decl decl : file.decls()) {
            if (decl instanceof Decl.FuncDecl f) {
                entries.add(f.body() == null
                        ? new Entry(Kind.FUNCTION, f.start(), f.end(), NONE, NONE)
                        : new Entry(Kind.FUNCTION, f.start(), f.end(), f.body().start(), f.body().end()));
            } else {
                entries.add(new Entry(decl instanceof Decl.GenDecl ? Kind.GENERAL : Kind.BAD,
                        decl.start(), decl.end(), NONE, NONE));
            }
        }
        return new DeclOutline(file.packageName() == null ? NONE : file.packageName().end(), List.copyOf(entries));
    }

    /** The same outline with every offset mapped (to the new text after a change, or back from a skeleton). */
    DeclOutline mapped(IntUnaryOperator offsets) {
        return new DeclOutline(packageNameEnd == NONE ? NONE : offsets.applyAsInt(packageNameEnd),
                decls.stream().map(e -> e.mapped(offsets)).toList());
    }

    /** The index of the function whose body holds the whole change, or -1. */
    int functionHolding(TextChange change) {
        for (int i = 0; i < decls.size(); i++) {
            if (decls.get(i).bodyHolds(change.start(), change.oldEnd())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the change lies after the package clause and touches no declaration: comments and
     * blank space only. (Before the clause, comments decide the file's Go version and whether it
     * is generated; those edits are analysed whole.)
     */
    boolean gapHolds(TextChange change) {
        if (packageNameEnd == NONE || change.start() <= packageNameEnd) {
            return false;
        }
        for (Entry e : decls) {
            if (change.start() <= e.end() && change.oldEnd() >= e.start()) {
                return false;
            }
        }
        return true;
    }

    /** Whether an offset lies inside the body of a function other than {@code except}. */
    boolean inBodyOtherThan(int offset, int except) {
        int low = 0;
        int high = decls.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Entry e = decls.get(mid);
            if (offset < e.start()) {
                high = mid - 1;
            } else if (offset >= e.end()) {
                low = mid + 1;
            } else {
                return mid != except && e.hasBody() && offset > e.bodyStart() && offset < e.bodyEnd();
            }
        }
        return false;
    }
}
