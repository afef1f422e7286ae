package io.captureguard.fixes;

/** Line-level questions about the source text that edits need answered (gofmt indents with tabs). */
public final class SourceText {
    private SourceText() {
    }

    public static int lineStart(String source, int offset) {
        int i = offset;
        while (i > 0 && source.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    /** The offset just past the line's newline (or the end of the text). */
    public static int nextLineStart(String source, int offset) {
        int nl = source.indexOf('\n', offset);
        return nl < 0 ? source.length() : nl + 1;
    }

    /** The blanks at the start of the line that holds the offset. */
    public static String indentOf(String source, int offset) {
        int start = lineStart(source, offset);
        int i = start;
        while (i < source.length() && (source.charAt(i) == '\t' || source.charAt(i) == ' ')) {
            i++;
        }
        return source.substring(start, i);
    }

    public static boolean sameLine(String source, int a, int b) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        return source.indexOf('\n', from) < 0 || source.indexOf('\n', from) >= to;
    }

    /** Only blanks between the line start and {@code start}, and between {@code end} and the line end. */
    public static boolean aloneOnLine(String source, int start, int end) {
        for (int i = lineStart(source, start); i < start; i++) {
            if (!Character.isWhitespace(source.charAt(i))) {
                return false;
            }
        }
        for (int i = end; i < source.length() && source.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The line separator the file uses ("\r\n" or "\n"), so inserted lines match their neighbours. */
    public static String newline(String source) {
        int nl = source.indexOf('\n');
        return nl > 0 && source.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }
}
