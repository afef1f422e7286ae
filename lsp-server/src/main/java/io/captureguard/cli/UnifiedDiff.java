package io.captureguard.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines ({@code diff -u} shape, three lines of context), for
 * {@code --diff}. Lines are matched with Myers' shortest-edit-script algorithm after dropping the
 * common head and tail, which is all a fix ever leaves different in practice.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** Past this many differing lines the middle is shown as one replaced block (bounded memory). */
    private static final int MAX_EDIT_DISTANCE = 2000;

    private enum Kind { SAME, DELETED, INSERTED }

    /** One line of the script, with how many old and new lines come before it. */
    private record Op(Kind kind, String line, int oldBefore, int newBefore) {
    }

    private UnifiedDiff() {
    }

    /** The diff, or the empty string when the texts are equal. */
    static String of(String oldName, String newName, String oldText, String newText) {
        if (oldText.equals(newText)) {
            return "";
        }
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        List<Op> ops = script(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldName).append('\n');
        out.append("+++ ").append(newName).append('\n');
        int i = 0;
        while (i < ops.size()) {
            int change = nextChange(ops, i);
            if (change < 0) {
                break;
            }
            int start = Math.max(i, change - CONTEXT);
            int end = change;
            // Extend the hunk while the next change is close enough to share context.
            while (true) {
                while (end < ops.size() && ops.get(end).kind() != Kind.SAME) {
                    end++;
                }
                int next = nextChange(ops, end);
                if (next < 0 || next - end > 2 * CONTEXT) {
                    end = Math.min(ops.size(), end + CONTEXT);
                    break;
                }
                end = next;
            }
            hunk(out, ops.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Op> ops) {
        int oldCount = 0;
        int newCount = 0;
        for (Op op : ops) {
            oldCount += op.kind() != Kind.INSERTED ? 1 : 0;
            newCount += op.kind() != Kind.DELETED ? 1 : 0;
        }
        Op first = ops.get(0);
        out.append("@@ -").append(range(first.oldBefore(), oldCount))
                .append(" +").append(range(first.newBefore(), newCount)).append(" @@\n");
        for (Op op : ops) {
            out.append(switch (op.kind()) {
                case SAME -> ' ';
                case DELETED -> '-';
                case INSERTED -> '+';
            });
            out.append(op.line());
            if (!op.line().endsWith("\n")) {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    /** {@code start,count} with diff's conventions: a 1-based start, or the line before an empty range. */
    private static String range(int before, int count) {
        return count == 1 ? String.valueOf(before + 1) : (count == 0 ? before : before + 1) + "," + count;
    }

    private static int nextChange(List<Op> ops, int from) {
        for (int i = from; i < ops.size(); i++) {
            if (ops.get(i).kind() != Kind.SAME) {
                return i;
            }
        }
        return -1;
    }

    /** Lines with their terminators, so that a missing final newline shows. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            lines.add(text.substring(start, i + 1));
            start = i + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static List<Op> script(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<String> midA = a.subList(head, a.size() - tail);
        List<String> midB = b.subList(head, b.size() - tail);
        List<Kind> middle = myers(midA, midB);
        if (middle == null) {
            middle = new ArrayList<>(java.util.Collections.nCopies(midA.size(), Kind.DELETED));
            middle.addAll(java.util.Collections.nCopies(midB.size(), Kind.INSERTED));
        }
        List<Op> ops = new ArrayList<>();
        int x = 0;
        int y = 0;
        for (int i = 0; i < head; i++, x++, y++) {
            ops.add(new Op(Kind.SAME, a.get(x), x, y));
        }
        for (Kind k : middle) {
            switch (k) {
                case SAME -> {
                    ops.add(new Op(k, a.get(x), x, y));
                    x++;
                    y++;
                }
                case DELETED -> {
                    ops.add(new Op(k, a.get(x), x, y));
                    x++;
                }
                case INSERTED -> {
                    ops.add(new Op(k, b.get(y), x, y));
                    y++;
                }
            }
        }
        for (int i = 0; i < tail; i++, x++, y++) {
            ops.add(new Op(Kind.SAME, a.get(x), x, y));
        }
        return ops;
    }

    /** The shortest edit script (Myers 1986), or null when it is longer than the bound. */
    private static List<Kind> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = Math.min(n + m, MAX_EDIT_DISTANCE);
        int off = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= max; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[off + k] = x;
                if (x >= n && y >= m) {
                    return backtrack(trace, n, m, off);
                }
            }
        }
        return null;
    }

    private static List<Kind> backtrack(List<int[]> trace, int n, int m, int off) {
        List<Kind> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] v = trace.get(d);
            int k = x - y;
            int prevK = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? k + 1 : k - 1;
            int prevX = v[off + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                reversed.add(Kind.SAME);
                x--;
                y--;
            }
            if (d > 0) {
                reversed.add(x == prevX ? Kind.INSERTED : Kind.DELETED);
            }
            x = prevX;
            y = prevY;
        }
        List<Kind> script = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            script.add(reversed.get(i));
        }
        return script;
    }
}
