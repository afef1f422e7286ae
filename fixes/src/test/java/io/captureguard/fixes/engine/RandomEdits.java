package io.captureguard.fixes.engine;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.GoFile;
import java.util.List;
import java.util.Random;

/**
 * A seeded sequence of edits such as typing produces: inside function bodies, within two
 * characters of their braces, between declarations, at the end of the file, or anywhere;
 * insertions from a vocabulary, deletions, and replacements, including ones that break the
 * syntax for a while.
 */
final class RandomEdits {
    /** What typing into real files inserts: keys, whole statements, directives. */
    static final List<String> TYPING = List.of("x", "1", " ", "_", ".", ";", ",", "(", ")", "{", "}", "[", "]", "\"",
            "`", "'", "/", "*", "\n", "\t", "=", ":", "\n\tgo func() { println(i) }()\n", "\ti := i\n",
            "for i := 0; i < 3; i++ {\n", "}\n", "// note\n", "/*", "defer func() { _ = v }()\n",
            "\tfor _, v := range vs {\n\t\tdefer func() { println(v) }()\n\t}\n", "func f() {}\n", "\nvar z = 1\n",
            "\nfunc", "+", "go func() {", "x :=", "//nolint\n", "//captureguard:ignore loopvar-capture joined later\n",
            "//captureguard:ignore defer-in-loop\n");

    interface Step {
        AnalyzedText apply(AnalyzedText previous, String text, Agreement.Tally tally);
    }

    private final Random random;
    private final List<String> vocabulary;

    RandomEdits(long seed, List<String> vocabulary) {
        this.random = new Random(seed);
        this.vocabulary = vocabulary;
    }

    /**
     * Edits {@code original} again and again, giving each text to {@code step} with the analysis
     * of the one before; every {@code restartEvery} edits it starts again from the original, so
     * that broken text does not pile up (and the change back spans many places).
     */
    void run(AnalyzedText original, int edits, int restartEvery, Step step, Agreement.Tally tally) {
        String text = original.text();
        AnalyzedText previous = original;
        for (int i = 0; i < edits; i++) {
            if (i % restartEvery == 0) {
                text = original.text();
            }
            text = edit(text);
            previous = step.apply(previous, text, tally);
        }
    }

    String edit(String text) {
        int at = position(text);
        int kind = random.nextInt(10);
        if (kind < 6) {
            return text.substring(0, at) + word() + text.substring(at);
        }
        int end = Math.min(text.length(), at + 1 + random.nextInt(kind < 9 ? 3 : 2));
        return text.substring(0, at) + (kind < 9 ? "" : word()) + text.substring(end);
    }

    private String word() {
        return vocabulary.get(random.nextInt(vocabulary.size()));
    }

    private int position(String text) {
        GoFile file = GoParser.parse(text).file();
        List<Decl.FuncDecl> functions = file.decls().stream()
                .filter(d -> d instanceof Decl.FuncDecl f && f.body() != null).map(d -> (Decl.FuncDecl) d).toList();
        int choice = random.nextInt(20);
        if (choice < 8 && !functions.isEmpty()) {
            Decl.FuncDecl f = functions.get(random.nextInt(functions.size()));
            int from = f.body().start() + 1;
            int to = f.body().end() - 1;
            return to > from ? from + random.nextInt(to - from + 1) : from;
        }
        if (choice < 12 && !functions.isEmpty()) {
            Decl.FuncDecl f = functions.get(random.nextInt(functions.size()));
            int brace = random.nextBoolean() ? f.body().start() : f.body().end();
            return Math.max(0, Math.min(text.length(), brace - 2 + random.nextInt(5)));
        }
        if (choice < 15 && file.decls().size() > 1) {
            int i = random.nextInt(file.decls().size() - 1);
            int from = file.decls().get(i).end();
            int to = file.decls().get(i + 1).start();
            return Math.max(0, Math.min(text.length(), from + random.nextInt(Math.max(1, to - from + 1))));
        }
        if (choice < 17) {
            return Math.max(0, text.length() - random.nextInt(4));
        }
        return random.nextInt(text.length() + 1);
    }
}
