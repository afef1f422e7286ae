package io.captureguard.fixes.engine;

import java.util.List;
import java.util.Random;

/**
 * Generated Go files laid out where an incremental analysis is most likely to go wrong, and what
 * to type into them ({@link #INSERTS}, for {@link RandomEdits}): one-line functions, declarations
 * sharing a line or not at column 0, raw strings with {@code func} at column 0, methods,
 * generics, labels, package-level literals, directives, broken bodies; LF, CRLF and lone CR line
 * ends, non-BMP characters.
 */
final class RiskyLayouts {
    private static final String[] DECLS = {
        "func a%d(xs []int) {\n\tfor _, x := range xs {\n\t\tgo func() { println(x) }()\n\t}\n}",
        "func b%d(xs []int) { for _, x := range xs { defer func() { println(x) }() } }",
        "func c%d() {\n\ts := `\nfunc x\n`\n\t_ = s\n\tfor i := 0; i < 3; i++ {\n\t\tdefer println(i)\n\t}\n}",
        "func (t *T) m%d() {\n\tfor _, v := range t.vs {\n\t\tgo v.Ptr()\n\t\tdefer v.Run()\n\t}\n}",
        "type T%d struct {\n\tvs []T\n\tf  func()\n}",
        "var h%d = func(xs []int) {\n\tfor _, x := range xs {\n\t\tgo func() { println(x) }()\n\t}\n}",
        "func g%d[E any](xs []E) {\n\tfor _, x := range xs {\n\t\tgo func() { _ = x }()\n\t}\n}",
        "func l%d() {\nL:\n\tfor i := 0; i < 2; i++ {\n\t\tdefer func() { println(i) }()\n\t\tgoto L\n\t}\n}",
        "func late%d() {\n\tv := 1\n\tgo func() { println(v) }()\n\tv = 2\n}",
        "func timed%d() {\n\tstart := time.Now()\n\tdefer log.Println(time.Since(start))\n}",
        "func init() {\n\tvar ps []*int\n\tfor i := 0; i < 3; i++ {\n\t\tps = append(ps, &i)\n\t}\n}",
        "func broken%d() {\n\tx := \n}",
        "func copies%d(xs []int) {\n\tfor _, x := range xs {\n\t\tx := x\n\t\tgo func() { println(x) }()\n\t}\n}",
        "// comment %d\n/* multi\nline */",
        "//nolint\nfunc n%d(xs []int) { for _, x := range xs { go func() { println(x) }() } }",
        "func d%d(xs []int) {\n\tfor _, x := range xs {\n\t\t//captureguard:ignore loopvar-capture joined\n"
                + "\t\tgo func() { println(x) }()\n\t}\n}",
        "func s%d() {\n\ts := \"😀 } {\"\n\tfor i := range 3 {\n\t\tgo func() { println(s, i) }()\n\t}\n}",
        "var f%d func()",
        "func decl%d()",
        "func (T) Run() {}",
        "func (*T) Ptr() {}",
        "func w%d(xs []int) {\n\tvar p *int\n\tfor _, x := range xs {\n\t\tp = &x\n\t}\n\t_ = p\n}",
        "func nest%d() {\n\tv := 1\n\tgo func() {\n\t\tgo func() { println(v) }()\n\t\tv = 3\n\t}()\n\tv = 2\n}",
        "func e%d(m map[int]int) {\n\tvar k, v int\n\tfor k, v = range m {\n\t\tgo func() { println(k, v) }()\n\t}\n}",
    };
    private static final String[] SEPARATORS = {"\n\n", "\n", "; ", "\n\n\n", ";\n", "\n/* x */ ", "\n// y\n", "\n\t",
        "\n ", ";\n\t"};
    static final List<String> INSERTS = List.of("x", "{", "}", "(", ")", "`", "\"", "/*", "*/", "//", "\n", "\r", "\r\n", ";",
        " ", "\t", "func", "\nfunc", "\nvar", "var ", "😀", "\uFEFF", "go func() { println(x) }()", "\n}\n",
        "}\n\nfunc z() {", "for i := 0; i < 3; i++ {", "defer func() { println(i) }()\n", "\nimport \"fmt\"\n",
        "package q\n", "L:", "goto L\n", "//nolint\n", "//captureguard:ignore late-binding r\n", "x := x\n", ":=", "=",
        "&x", "\r\r");

    private final Random random;

    RiskyLayouts(long seed) {
        this.random = new Random(seed);
    }

    String file() {
        StringBuilder out = new StringBuilder(random.nextInt(5) == 0 ? "package p; " : "package p\n\n");
        if (random.nextBoolean()) {
            out.append("import (\n\t\"log\"\n\t\"time\"\n)\n\n");
        }
        if (random.nextInt(3) > 0) {
            out.append("type T struct {\n\tvs []T\n\tf  func()\n}\n\nfunc (T) Run() {}\n\nfunc (*T) Ptr() {}\n\n");
        }
        int count = 2 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            out.append(String.format(DECLS[random.nextInt(DECLS.length)], i));
            out.append(random.nextInt(3) == 0 ? SEPARATORS[random.nextInt(SEPARATORS.length)] : "\n\n");
        }
        return lineEnds(out.toString());
    }

    /** LF as written, all CRLF, or a mix with lone CRs. */
    private String lineEnds(String text) {
        int style = random.nextInt(6);
        if (style == 0) {
            return text.replace("\n", "\r\n");
        }
        if (style > 1) {
            return text;
        }
        StringBuilder mixed = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ((c == '\n' && random.nextInt(3) == 0) || (c == ' ' && random.nextInt(8) == 0)) {
                mixed.append('\r');
            }
            mixed.append(c);
        }
        return mixed.toString();
    }
}
