package io.captureguard.fixes.incremental;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.GoFile;
import java.util.List;
import java.util.Random;

/**
 * A seeded sequence of edits such as typing produces: mostly inside function bodies, some between
 * declarations, some anywhere; single characters, deletions and whole statements, including ones
 * that break the syntax for a while.
 */
final class RandomEdits {
    private static final String CHARACTERS = "x1 _.;,(){}[]\"`'/*\n\t=:";
    private static final List<String> SNIPPETS = List.of("\n\tgo func() { println(i) }()\n", "\ti := i\n",
            "for i := 0; i < 3; i++ {\n", "}\n", "// note\n", "/*", "`", "defer func() { _ = v }()\n",
            "\tfor _, v := range vs {\n\t\tdefer func() { println(v) }()\n\t}\n", "func f() {}\n", "\n",
            "\nvar z = 1\n", "\nfunc", "+", "go func() {", "x :=", "\"", ")", "//nolint\n",
            "//captureguard:ignore loopvar-capture joined later\n", "//captureguard:ignore defer-in-loop\n");

    interface Step {
        AnalyzedText apply(AnalyzedText previous, String text, Agreement.Tally tally);
    }

    private final Random random;

    RandomEdits(long seed) {
        this.random = new Random(seed);
    }

    /** Edits {@code original} again and again, giving each text to {@code step} with the analysis of the one before. */
    void run(AnalyzedText original, int edits, Step step, Agreement.Tally tally) {
        String text = original.text();
        AnalyzedText previous = original;
        for (int i = 0; i < edits; i++) {
            if (i % 25 == 0) {
                text = original.text(); // start again from the real file now and then, so that broken text does not pile up
            }
            text = edit(text);
            previous = step.apply(previous, text, tally);
        }
    }

    private String edit(String text) {
        int at = position(text);
        int kind = random.nextInt(10);
        if (kind < 5) {
            return text.substring(0, at) + CHARACTERS.charAt(random.nextInt(CHARACTERS.length())) + text.substring(at);
        } else if (kind < 8) {
            int end = Math.min(text.length(), at + 1 + random.nextInt(3));
            return text.substring(0, at) + text.substring(end);
        }
        return text.substring(0, at) + SNIPPETS.get(random.nextInt(SNIPPETS.size())) + text.substring(at);
    }

    /** Inside a function body six times in ten, between declarations two in ten, else anywhere. */
    private int position(String text) {
        GoFile file = GoParser.parse(text).file();
        int choice = random.nextInt(10);
        List<Decl.FuncDecl> functions = file.decls().stream()
                .filter(d -> d instanceof Decl.FuncDecl f && f.body() != null).map(d -> (Decl.FuncDecl) d).toList();
        if (choice < 6 && !functions.isEmpty()) {
            Decl.FuncDecl f = functions.get(random.nextInt(functions.size()));
            int from = f.body().start() + 1;
            int to = f.body().end() - 1;
            return to > from ? from + random.nextInt(to - from + 1) : from;
        }
        if (choice < 8 && file.decls().size() > 1) {
            int i = random.nextInt(file.decls().size() - 1);
            int from = file.decls().get(i).end();
            int to = file.decls().get(i + 1).start();
            return from + random.nextInt(Math.max(1, to - from));
        }
        return random.nextInt(text.length() + 1);
    }
}
