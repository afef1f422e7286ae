package io.captureguard.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Operator;
import io.captureguard.parser.ast.Stmt;
import io.captureguard.parser.ast.Walker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The syntax tree for the Go constructs rules care about, on small pieces of real Go. */
class GoParserTest {

    private static ParseResult valid(String body) {
        ParseResult result = GoParser.parse("package p\n\n" + body);
        assertFalse(result.hasErrors(), () -> "unexpected errors: " + result.errors());
        return result;
    }

    private static <T extends Node> List<T> all(ParseResult result, Class<T> type) {
        List<T> found = new ArrayList<>();
        Walker.walk(result.file(), n -> {
            if (type.isInstance(n)) {
                found.add(type.cast(n));
            }
            return true;
        });
        return found;
    }

    private static String text(ParseResult result, Node node) {
        return result.source().substring(node.start(), node.end());
    }

    @Test
    void theClassicDeferInALoop() {
        ParseResult r = valid("func main() {\n\tfor i := 0; i < 3; i++ {\n"
                + "\t\tdefer func() { fmt.Println(\"i =\", i) }()\n\t}\n}\n");
        Stmt.For loop = all(r, Stmt.For.class).get(0);
        assertEquals("i := 0", text(r, loop.init()));
        assertEquals("i < 3", text(r, loop.condition()));
        assertEquals("i++", text(r, loop.post()));
        Stmt.Defer defer = all(r, Stmt.Defer.class).get(0);
        Expr.Call call = assertInstanceOf(Expr.Call.class, defer.call());
        Expr.FuncLit literal = assertInstanceOf(Expr.FuncLit.class, call.function());
        assertEquals("func() { fmt.Println(\"i =\", i) }", text(r, literal));
        assertEquals("defer func() { fmt.Println(\"i =\", i) }()", text(r, defer));
    }

    @Test
    void rangeLoopsKeepTheirHeaderParts() {
        ParseResult r = valid("func f(m map[string]int, ch chan int) {\n"
                + "\tfor k, v := range m {}\n\tfor k, v = range m {}\n\tfor range ch {}\n"
                + "\tfor i := range 10 {}\n\tfor x := range seq {}\n}\n");
        List<Stmt.Range> loops = all(r, Stmt.Range.class);
        assertEquals(5, loops.size());
        assertTrue(loops.get(0).declares());
        assertEquals("k", text(r, loops.get(0).key()));
        assertEquals("v", text(r, loops.get(0).value()));
        assertEquals(Operator.ASSIGN, loops.get(1).operator());
        assertNull(loops.get(2).operator());
        assertEquals("10", text(r, loops.get(3).x()));
    }

    @Test
    void semicolonsAreInsertedAfterTheSpecsTokens() {
        ParseResult r = valid("func f() int {\n\tx := 1\n\tx++\n\tif x > 0 {\n\t\treturn\n\t}\n"
                + "\tg(\n\t\tx,\n\t)\n\treturn x\n}\n");
        List<Stmt> body = ((Decl.FuncDecl) r.file().decls().get(0)).body().statements();
        assertEquals(5, body.size());
        assertInstanceOf(Stmt.IncDec.class, body.get(1));
        Stmt.If ifStmt = assertInstanceOf(Stmt.If.class, body.get(2));
        assertEquals(List.of(), ((Stmt.Return) ifStmt.body().statements().get(0)).results());
    }

    @Test
    void aBlockCommentSpanningLinesEndsAStatement() {
        ParseResult r = valid("func f() {\n\tx := 1 /* a\n\tb */ y := 2\n\t_, _ = x, y\n}\n");
        assertEquals(3, ((Decl.FuncDecl) r.file().decls().get(0)).body().statements().size());
    }

    @Test
    void compositeLiteralsInHeadersFollowGo() {
        ParseResult r = valid("func f(p T) {\n\tif p == (T{}) {}\n"
                + "\tfor _, v := range []T{{1}, {2}} { _ = v }\n\tswitch x := (T{}); x {}\n"
                + "\tfor _, s := range []struct{ a int }{{1}} { _ = s }\n}\n");
        assertEquals(4, all(r, Expr.CompositeLit.class).stream().filter(c -> c.type() != null).count());
        ParseResult bad = GoParser.parse("package p\n\nfunc f(p T) {\n\tif p == T{} {\n\t}\n}\n");
        assertTrue(bad.hasErrors(), "T{} unparenthesised in an if header is a Go syntax error");
    }

    @Test
    void instantiationIndexAndConversionLookAlikeAsInGoAst() {
        ParseResult r = valid("var a = f[int](x)\nvar b = m[k](c)\nvar c = []byte(s)\nvar d = (*T)(p)\n"
                + "var e = Pair[string, int]{}\nvar g = reflect.TypeFor[[]ast.Expr]()\n");
        List<Expr.Call> calls = all(r, Expr.Call.class);
        assertInstanceOf(Expr.Index.class, calls.get(0).function());
        assertInstanceOf(Expr.Index.class, calls.get(1).function());
        assertInstanceOf(Expr.ArrayType.class, calls.get(2).function());
        Expr.Paren paren = assertInstanceOf(Expr.Paren.class, calls.get(3).function());
        assertInstanceOf(Expr.Star.class, paren.x());
        Expr.CompositeLit pair = all(r, Expr.CompositeLit.class).get(0);
        assertEquals(2, assertInstanceOf(Expr.Index.class, pair.type()).indices().size());
    }

    @Test
    void genericDeclarationsAndArrayTypesAreToldApart() {
        ParseResult r = valid("type A [N]int\ntype B[T any] struct{ v T }\ntype C[K comparable, V any] map[K]V\n"
                + "type D[S ~[]E, E any] struct{}\ntype E [2 * N]byte\ntype F[P *Q] int\n"
                + "func Map[T, U any](xs []T, f func(T) U) []U { return nil }\n");
        List<Decl.TypeSpec> specs = all(r, Decl.TypeSpec.class);
        assertInstanceOf(Expr.ArrayType.class, specs.get(0).type());
        assertEquals(1, specs.get(1).typeParams().size());
        assertEquals(2, specs.get(2).typeParams().size());
        assertEquals(2, specs.get(3).typeParams().size());
        assertEquals("~[]E", text(r, specs.get(3).typeParams().get(0).type()));
        assertInstanceOf(Expr.ArrayType.class, specs.get(4).type());
        assertInstanceOf(Expr.ArrayType.class, specs.get(5).type(), "go/parser reads [P *Q] as a length");
        Decl.FuncDecl map = all(r, Decl.FuncDecl.class).get(0);
        assertEquals(2, map.type().typeParams().get(0).names().size());
    }

    @Test
    void parametersAreGroupedAsGoAstGroupsThem() {
        ParseResult r = valid("func f(a, b int, c ...string) (n int, err error) { return }\n"
                + "func g(int, string) {}\nfunc h(x []int, y [4]T, z List[int], w pkg.T) {}\n");
        Decl.FuncDecl f = all(r, Decl.FuncDecl.class).get(0);
        assertEquals(2, f.type().params().size());
        assertEquals(2, f.type().params().get(0).names().size());
        assertInstanceOf(Expr.Ellipsis.class, f.type().params().get(1).type());
        assertEquals(2, f.type().results().size());
        Decl.FuncDecl g = all(r, Decl.FuncDecl.class).get(1);
        assertTrue(g.type().params().stream().allMatch(p -> p.names().isEmpty()));
        ParseResult mixed = GoParser.parse("package p\n\nfunc h(x []int, y [4]T, z List[int], pkg.T) {}\n");
        assertTrue(mixed.errors().stream().anyMatch(e -> e.message().contains("mixed named and unnamed")));
    }

    @Test
    void methodsAndReceivers() {
        ParseResult r = valid("func (l *List[T]) Len() int { return l.n }\nfunc (T) m() {}\n");
        Decl.FuncDecl len = all(r, Decl.FuncDecl.class).get(0);
        assertEquals("l", len.receiver().names().get(0).name());
        assertEquals("*List[T]", text(r, len.receiver().type()));
    }

    @Test
    void channelsAndReceiveChannelTypes() {
        ParseResult r = valid("var a chan<- chan int\nvar b <-chan int\nvar c chan<- <-chan int\n"
                + "func f() <-chan struct{} { return nil }\nvar d = make([]<-chan []error, 3)\n"
                + "func g(ch chan int) { ch <- <-ch }\n");
        List<Expr.ChanType> chans = all(r, Expr.ChanType.class);
        assertEquals(Expr.ChanDir.SEND, chans.get(0).direction());
        assertEquals(Expr.ChanDir.BOTH, chans.get(1).direction());
        assertEquals(Expr.ChanDir.RECEIVE, chans.get(2).direction());
        assertEquals(1, all(r, Stmt.Send.class).size());
    }

    @Test
    void statementsOfEveryKind() {
        ParseResult r = valid("func f(x any, ch chan int) {\nouter:\n\tfor {\n\t\tselect {\n"
                + "\t\tcase v := <-ch:\n\t\t\t_ = v\n\t\t\tbreak outer\n\t\tcase ch <- 1:\n\t\tdefault:\n\t\t\tgoto done\n\t\t}\n\t}\n"
                + "\tswitch y := x.(type) {\n\tcase int, string:\n\t\t_ = y\n\tdefault:\n\t}\n"
                + "\tswitch {\n\tcase true:\n\t\tfallthrough\n\tdefault:\n\t}\n"
                + "done:\n\tgo func(n int) {}(1)\n}\n");
        assertEquals(1, all(r, Stmt.Select.class).get(0).clauses().stream().filter(c -> c.comm() == null).count());
        Stmt.TypeSwitch ts = all(r, Stmt.TypeSwitch.class).get(0);
        assertEquals(2, ts.clauses().get(0).expressions().size());
        assertEquals(2, all(r, Stmt.Labeled.class).size());
        assertEquals(3, all(r, Stmt.Branch.class).size());
        assertEquals(1, all(r, Stmt.Go.class).size());
    }

    @Test
    void literalsOfEveryKind() {
        ParseResult r = valid("var (\n\ta = 0x1_F\n\tb = 0o17\n\tc = 1.5e3\n\td = 0x1p-2\n\te = 3i\n"
                + "\tf = 'x'\n\tg = '\\u00e9'\n\th = \"s\\n\"\n\ti = `raw\nstring`\n\tj = 0123i\n)\n");
        List<Expr.LiteralKind> kinds = all(r, Expr.BasicLit.class).stream().map(Expr.BasicLit::kind).toList();
        assertEquals(List.of(Expr.LiteralKind.INT, Expr.LiteralKind.INT, Expr.LiteralKind.FLOAT,
                Expr.LiteralKind.FLOAT, Expr.LiteralKind.IMAGINARY, Expr.LiteralKind.RUNE, Expr.LiteralKind.RUNE,
                Expr.LiteralKind.STRING, Expr.LiteralKind.STRING, Expr.LiteralKind.IMAGINARY), kinds);
    }

    @Test
    void commentsAndDirectivesAreKept() {
        String source = "//go:build linux && go1.21\n\n// Package p does things.\npackage p\n\n"
                + "func f() {\n\tdefer g() //captureguard:ignore defer-in-loop reason\n}\n";
        ParseResult r = GoParser.parse(source);
        assertFalse(r.hasErrors());
        assertEquals(List.of("go:build linux && go1.21", " Package p does things.",
                "captureguard:ignore defer-in-loop reason"),
                r.file().comments().stream().map(c -> c.body()).toList());
    }

    @Test
    void halfTypedCodeKeepsEveryOtherDeclaration() {
        String source = "package p\n\nfunc before() {\n\tgo work()\n}\n\nfunc broken() {\n\tx := \n\tfor i := range {\n}\n\n"
                + "func after() {\n\tdefer func() { println(1) }()\n}\n";
        ParseResult r = GoParser.parse(source);
        assertTrue(r.hasErrors());
        List<String> names = all(r, Decl.FuncDecl.class).stream().map(f -> f.name().name()).toList();
        assertTrue(names.containsAll(List.of("before", "after")), names.toString());
        assertEquals(1, all(r, Stmt.Defer.class).size());
        assertEquals(1, all(r, Stmt.Go.class).size());
    }

    @Test
    void errorsCarryExactPositions() {
        ParseResult r = GoParser.parse("package p\n\nfunc f() {\n\tx := 1 +\n}\n");
        SyntaxError first = r.errors().get(0);
        assertEquals(5, first.line());
        assertEquals(1, first.column());
        assertEquals(r.source().indexOf("}"), first.offset());
    }

    @Test
    void goParserRejectionsBeyondTheGrammarAreErrors() {
        String[][] cases = {
            {"func f() { defer recover }", "must be function call"},
            {"func f() { go 1 }", "must be function call"},
            {"func f(s []int) { _ = s[1::] }", "middle index required"},
            {"func f(s string) { for a, b, c := range s {} }", "at most two iteration variables"},
            {"var r = '\\q'", "unknown escape sequence"},
            {"var r = 'ab'", "more than one character"},
            {"func (T) m[P any]() {}", "method must have no type parameters"},
            {"var x = (struct{}){}", "cannot parenthesize"},
        };
        for (String[] c : cases) {
            ParseResult r = GoParser.parse("package p\n\n" + c[0] + "\n");
            assertTrue(r.errors().stream().anyMatch(e -> e.message().contains(c[1])), c[0] + " -> " + r.errors());
        }
    }

    @Test
    void offsetsCountUtf16UnitsPastEmojiAndCjk() {
        ParseResult r = valid("// 日本語 😀\nvar s = \"😀\"; var y = s\n");
        Expr.Ident y = all(r, Expr.Ident.class).stream().filter(i -> i.name().equals("y")).findFirst().orElseThrow();
        assertEquals(r.source().indexOf("y ="), y.start());
        LineMap lines = new LineMap(r.source());
        assertEquals(4, lines.line(y.start()));
    }

    @Test
    void identifiersMayUseAnyUnicodeLetter() {
        ParseResult r = valid("var größe, π, 変数, x١ = 1, 2, 3, 4\n");
        assertEquals(List.of("größe", "π", "変数", "x١"),
                all(r, Decl.ValueSpec.class).get(0).names().stream().map(Expr.Ident::name).toList());
    }
}
