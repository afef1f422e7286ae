package io.captureguard.fixes.engine;

import java.util.Arrays;
import java.util.List;

/**
 * A file with the bodies of some functions emptied down to their line breaks: what is left
 * parses and analyses in a fraction of the time, every line keeps its number, and the text that
 * is kept reads exactly as in the real file. Offsets into the skeleton map back to the real text.
 */
final class Skeleton {
    private final String text;
    /** Kept spans, in order: where each starts in the skeleton and in the real text. */
    private final int[] skeletonStarts;
    private final int[] realStarts;

    private Skeleton(String text, int[] skeletonStarts, int[] realStarts) {
        this.text = text;
        this.skeletonStarts = skeletonStarts;
        this.realStarts = realStarts;
    }

    /**
     * @param emptied the real spans to empty, sorted and disjoint: each becomes only its line
     *                breaks, {@code \n} or {@code \r\n} as written (a lone {@code \r} ends no
     *                line in Go, and kept it could make a {@code \r\n} the real text has not)
     */
    static Skeleton of(String real, List<int[]> emptied) {
        StringBuilder out = new StringBuilder(real.length() / 4);
        int[] skeletonStarts = new int[emptied.size() + 1];
        int[] realStarts = new int[emptied.size() + 1];
        int from = 0;
        for (int i = 0; i < emptied.size(); i++) {
            int[] span = emptied.get(i);
            out.append(real, from, span[0]);
            for (int c = span[0]; c < span[1]; c++) {
                char ch = real.charAt(c);
                if (ch == '\n' || (ch == '\r' && c + 1 < span[1] && real.charAt(c + 1) == '\n')) {
                    out.append(ch);
                }
            }
            from = span[1];
            skeletonStarts[i + 1] = out.length();
            realStarts[i + 1] = from;
        }
        out.append(real, from, real.length());
        return new Skeleton(out.toString(), skeletonStarts, realStarts);
    }

    String text() {
        return text;
    }

    /**
     * The real offset of a skeleton offset in kept text. An offset where an emptied span ended
     * belongs to the kept text after it (the closing brace), which is what starts there.
     */
    int toReal(int skeletonOffset) {
        int i = Arrays.binarySearch(skeletonStarts, skeletonOffset);
        if (i < 0) {
            i = -i - 2;
        } else {
            // Equal starts (an emptied span without line breaks): the last of them is the kept text.
            while (i + 1 < skeletonStarts.length && skeletonStarts[i + 1] == skeletonOffset) {
                i++;
            }
        }
        return realStarts[i] + (skeletonOffset - skeletonStarts[i]);
    }
}
