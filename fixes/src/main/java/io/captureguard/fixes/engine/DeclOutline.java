package io.captureguard.fixes.engine;

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

        /** Whether the offset lies between the braces of the body. */
        boolean bodyHolds(int offset) {
            return hasBody() && offset > bodyStart && offset < bodyEnd;
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

    /**
     * The index of the function whose body, or what follows the body up to the next declaration,
     * holds the whole change; or -1. What follows the body counts so that an edit which breaks
     * the body (error recovery may then end it early) stays with its function.
     */
    int functionHolding(TextChange change, int textLength) {
        for (int i = 0; i < decls.size(); i++) {
            Entry e = decls.get(i);
            // Not up to the next declaration's first character: whether that starts a line decides
            // where a file with errors is cut. The last one's text runs to the end.
            int limit = i + 1 < decls.size() ? decls.get(i + 1).start() - 1 : textLength;
            if (e.hasBody() && change.start() > e.bodyStart() && change.oldEnd() <= limit) {
                return i;
            }
        }
        return -1;
    }

    /** The declaration from whose start to the next one's the offset lies, or -1 before the first. */
    int chunkOf(int offset) {
        int low = 0;
        int high = decls.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (decls.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /**
     * Whether {@code actual} declares what this outline does, except that declaration
     * {@code edited} may end elsewhere: same package clause, same declarations in the same
     * places, and the edited one still the same function with its body where it was.
     */
    boolean matchesOutsideOf(DeclOutline actual, int edited) {
        if (packageNameEnd != actual.packageNameEnd || decls.size() != actual.decls.size()) {
            return false;
        }
        for (int i = 0; i < decls.size(); i++) {
            Entry mine = decls.get(i);
            Entry theirs = actual.decls.get(i);
            boolean same = i == edited
                    ? mine.kind() == theirs.kind() && mine.start() == theirs.start() && mine.bodyStart() == theirs.bodyStart()
                    : mine.equals(theirs);
            if (!same) {
                return false;
            }
        }
        return true;
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

}
