package io.captureguard.parser.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A char stream over a Java string that counts in UTF-16 units, so that every token's start and
 * stop index is directly an offset into the string (ANTLR's own streams count code points, which
 * would make offsets drift after every emoji).
 *
 * <p>The lexer sees every non-ASCII character as one of a few ASCII control codes standing for
 * its class (letter, decimal digit, BOM, anything else). ANTLR caches lexer DFA edges only for
 * characters below 128; without this, a file of CJK comments or emoji strings lexes ten times
 * slower. Token text still comes from the real string. Real control codes 1 to 5 are illegal in Go
 * outside literals and comments, so they are all seen as {@link #OTHER}.
 */
public final class Utf16CharStream implements CharStream {
    private final String text;
    private final String name;
    private final byte[] codes; // what the lexer sees at each offset (see classify)
    private int position;

    public Utf16CharStream(String text, String name) {
        this.text = text;
        this.name = name;
        this.codes = new byte[text.length()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (byte) classify(text.charAt(i));
        }
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(text.length() - 1, interval.b);
        return start > stop ? "" : text.substring(start, stop + 1);
    }

    /** The source text between two offsets, without the bounds juggling of {@link #getText}. */
    String substring(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public void consume() {
        if (position >= text.length()) {
            throw new IllegalStateException("cannot consume EOF");
        }
        position++;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int at = i < 0 ? position + i : position + i - 1;
        if (at < 0 || at >= codes.length) {
            return IntStream.EOF;
        }
        return codes[at];
    }

    /** A letter (categories L*), or either half of a surrogate pair. */
    public static final int LETTER = 0x01;
    /** A decimal digit (category Nd) outside ASCII. */
    public static final int DIGIT = 0x02;
    /** U+FEFF, the byte order mark. */
    public static final int BOM = 0x04;
    /** Any other character outside ASCII, and the control codes that stand for classes. */
    public static final int OTHER = 0x05;

    private static final byte[] ASCII_CLASSES = new byte[0x80];

    static {
        for (int c = 0; c < ASCII_CLASSES.length; c++) {
            ASCII_CLASSES[c] = (byte) computeClass((char) c);
        }
    }

    static int classify(char c) {
        return c < 0x80 ? ASCII_CLASSES[c] : computeClass(c);
    }

    private static int computeClass(char c) {
        if (c < 0x80) {
            return c >= LETTER && c <= OTHER ? OTHER : c;
        }
        if (Character.isLetter(c) || Character.isSurrogate(c)) {
            return LETTER;
        }
        if (c == '\uFEFF') {
            return BOM;
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? DIGIT : OTHER;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = Math.min(Math.max(0, index), text.length());
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public String getSourceName() {
        return name;
    }
}
