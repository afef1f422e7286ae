package io.captureguard.parser.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A char stream over a Java string that counts in UTF-16 units, so that every token's start and
 * stop index is directly an offset into the string (ANTLR's own streams count code points, which
 * would make offsets drift after every emoji). Supplementary characters reach the lexer as two
 * surrogates; the lexer accepts surrogate pairs as letters.
 */
public final class Utf16CharStream implements CharStream {
    private final String text;
    private final String name;
    private int position;

    public Utf16CharStream(String text, String name) {
        this.text = text;
        this.name = name;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(text.length() - 1, interval.b);
        return start > stop ? "" : text.substring(start, stop + 1);
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
        if (at < 0 || at >= text.length()) {
            return IntStream.EOF;
        }
        return text.charAt(at);
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
