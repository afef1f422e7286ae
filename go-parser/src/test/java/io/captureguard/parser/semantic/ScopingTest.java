package io.captureguard.parser.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each scoping rule of the Go spec on a small snippet. Occurrences of a name are counted from 1
 * in source order (whole words only); "x#3 -> x#1" means the third x names the variable the
 * first x declares.
 */
class ScopingTest {

    private static final class Snippet {
        final ParseResult parsed;
        final SemanticModel model;

        Snippet(String body) {
            parsed = GoParser.parse("package p\n\n" + body);
            assertFalse(parsed.hasErrors(), parsed.errors()::toString);
            model = SemanticModel.build(parsed.file());
        }

        int occurrence(String name, int n) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(parsed.source());
            List<Integer> found = new ArrayList<>();
            while (m.find()) {
                found.add(m.start());
            }
            return found.get(n - 1);
        }

        Optional<LocalVariable> at(String name, int n) {
            return model.variableAt(occurrence(name, n));
        }

        void binds(String name, int use, int declaration) {
            Optional<LocalVariable> v = at(name, use);
            assertTrue(v.isPresent(), name + "#" + use + " names no local variable");
            assertEquals(occurrence(name, declaration), v.get().name().start(),
                    name + "#" + use + " should name the variable declared at " + name + "#" + declaration);
        }

        void notLocal(String name, int use) {
            assertTrue(at(name, use).isEmpty(), name + "#" + use + " should not name a local variable");
        }
    }

    @Test
    void parametersResultsAndReceivers() {
        Snippet s = new Snippet("func (r *T) m(a int, b ...string) (n int, err error) { n = a; _ = b; _ = r; return }\n");
        s.binds("a", 2, 1);
        s.binds("b", 2, 1);
        s.binds("n", 2, 1);
        s.binds("r", 2, 1);
        assertEquals(LocalVariable.Kind.RESULT, s.at("n", 1).orElseThrow().kind());
        assertEquals(LocalVariable.Kind.RECEIVER, s.at("r", 1).orElseThrow().kind());
    }

    @Test
    void aVariablesScopeStartsAfterItsDeclaration() {
        Snippet s = new Snippet("func f(x int) {\n\t{\n\t\tx := x + 1\n\t\t_ = x\n\t}\n\tvar y = y0\n\t_ = y\n}\nvar y0 = 1\n");
        s.binds("x", 3, 1); // the right side of x := x + 1 reads the parameter
        s.binds("x", 4, 2);
        s.binds("x", 2, 2);
        s.notLocal("y0", 1);
    }

    @Test
    void shortVariableDeclarationsReuseNamesOfTheSameBlock() {
        Snippet s = new Snippet("func f() (err error) {\n\ta, err := g()\n\tb, err := g()\n\t_, _ = a, b\n"
                + "\tif true {\n\t\tc, err := g()\n\t\t_, _ = c, err\n\t}\n\treturn err\n}\n");
        s.binds("err", 2, 1); // redeclared at the top level of the body: the named result
        s.binds("err", 3, 1);
        s.binds("err", 5, 4); // := in an inner block declares a new err
        s.binds("err", 6, 1);
    }

    @Test
    void shadowingIsExact() {
        Snippet s = new Snippet("func f(v int) {\n\tfor v := 0; v < 3; v++ {\n\t\tv := v\n\t\t_ = v\n\t}\n\t_ = v\n}\n");
        s.binds("v", 3, 2);
        s.binds("v", 4, 2);
        s.binds("v", 5, 5);
        s.binds("v", 6, 2); // v := v: the right side is the loop's v
        s.binds("v", 7, 5);
        s.binds("v", 8, 1);
    }

    @Test
    void ifSwitchAndForHeadersOpenScopes() {
        Snippet s = new Snippet("func f() {\n\tif x := 1; x > 0 {\n\t\t_ = x\n\t} else {\n\t\t_ = x\n\t}\n"
                + "\tswitch x := 2; x {\n\tcase 1:\n\t\t_ = x\n\t}\n\tx := 3\n\t_ = x\n}\n");
        s.binds("x", 3, 1);
        s.binds("x", 4, 1); // the else branch is inside the if's scope
        s.binds("x", 6, 5);
        s.binds("x", 7, 5);
        s.binds("x", 9, 8);
    }

    @Test
    void eachTypeSwitchClauseHasItsOwnVariable() {
        Snippet s = new Snippet("func f(x any) {\n\tswitch y := x.(type) {\n\tcase int:\n\t\t_ = y\n\tcase string:\n\t\t_ = y\n\t}\n}\n");
        LocalVariable first = s.at("y", 2).orElseThrow();
        LocalVariable second = s.at("y", 3).orElseThrow();
        assertEquals(s.occurrence("y", 1), first.name().start());
        assertTrue(first != second, "two clauses, two variables");
        assertEquals(LocalVariable.Kind.TYPE_SWITCH, first.kind());
        assertTrue(s.at("y", 1).isEmpty(), "the guard's name itself is no use (as in go/types)");
    }

    @Test
    void selectClausesDeclareTheirReceivedValue() {
        Snippet s = new Snippet("func f(ch chan int) {\n\tselect {\n\tcase v, ok := <-ch:\n\t\t_, _ = v, ok\n\tdefault:\n\t}\n}\n");
        s.binds("v", 2, 1);
        s.binds("ok", 2, 1);
    }

    @Test
    void structLiteralKeysAreFieldsAndMapLiteralKeysAreValues() {
        Snippet s = new Snippet("type point struct{ x, y int }\ntype index map[int]string\n"
                + "func f(x, y int) {\n\t_ = point{x: x, y: 1}\n\t_ = map[int]int{x: y}\n\t_ = index{x: \"a\"}\n"
                + "\t_ = []point{{x: y}}\n\t_ = map[string]point{\"k\": {x: 1}}\n}\n");
        s.notLocal("x", 3); // point{x: …} key is the field
        s.binds("x", 4, 2);
        s.binds("x", 5, 2); // map literal key is an expression
        s.binds("x", 6, 2); // index is a map type declared in the package
        s.notLocal("x", 7); // elided element type point
        s.notLocal("x", 8);
    }

    @Test
    void selectorsMethodsAndLabelsAreNotVariables() {
        Snippet s = new Snippet("func f(t T, next int) {\nnext:\n\tfor {\n\t\t_ = t.next\n\t\tbreak next\n\t}\n\t_ = next\n}\n");
        s.notLocal("next", 2); // the label
        s.notLocal("next", 3); // t.next
        s.notLocal("next", 4); // break next
        s.binds("next", 5, 1);
    }

    @Test
    void localConstantsAndTypesShadowVariables() {
        Snippet s = new Snippet("func f(n int) {\n\t{\n\t\tconst n = 3\n\t\t_ = n\n\t}\n\t{\n\t\ttype n int\n\t\tvar _ n\n\t}\n\t_ = n\n}\n");
        s.notLocal("n", 3);
        s.notLocal("n", 5);
        s.binds("n", 6, 1);
    }

    @Test
    void closuresSeeEnclosingVariablesAndRecordTheCapture() {
        Snippet s = new Snippet("func f() {\n\tfor i := 0; i < 3; i++ {\n\t\tdefer func() { println(i) }()\n"
                + "\t\tgo func(i int) { println(i) }(i)\n\t}\n}\n");
        s.binds("i", 4, 1);
        Use captured = s.at("i", 4).orElseThrow().uses().stream()
                .filter(u -> u.ident().start() == s.occurrence("i", 4)).findFirst().orElseThrow();
        assertTrue(captured.isCaptured());
        s.binds("i", 6, 5); // the literal's own parameter
        Use ownParameter = s.at("i", 6).orElseThrow().uses().stream()
                .filter(u -> u.ident().start() == s.occurrence("i", 6)).findFirst().orElseThrow();
        assertFalse(ownParameter.isCaptured());
        s.binds("i", 7, 1); // the argument is evaluated in the loop
    }

    @Test
    void packageLevelFunctionLiteralsHaveLocals() {
        Snippet s = new Snippet("var handler = func(w int) { _ = w }\n");
        s.binds("w", 2, 1);
    }

    @Test
    void typeParametersAreNotVariables() {
        Snippet s = new Snippet("func Map[T any](xs []T, f func(T) T) []T {\n\tvar T0 T\n\t_ = T0\n\treturn xs\n}\n");
        s.notLocal("T", 2);
        s.binds("xs", 2, 1);
        s.binds("f", 1, 1);
    }

    @Test
    void accessesAreClassified() {
        Snippet s = new Snippet("func f(a, b, c, d, e int, s []int) {\n\ta = 1\n\tb += 1\n\tc++\n\t_ = &d\n\ts[0] = e\n}\n");
        assertEquals(Access.WRITE, accessOf(s, "a", 2));
        assertEquals(Access.READ_WRITE, accessOf(s, "b", 2));
        assertEquals(Access.READ_WRITE, accessOf(s, "c", 2));
        assertEquals(Access.ADDRESS, accessOf(s, "d", 2));
        assertEquals(Access.PART_WRITE, accessOf(s, "s", 2));
        assertEquals(Access.READ, accessOf(s, "e", 2));
    }

    @Test
    void pointerReceiverMethodsOnAValueTakeItsAddress() {
        Snippet s = new Snippet("type Counter struct{ n int }\nfunc (c *Counter) Inc() { c.n++ }\n"
                + "func (c Counter) Get() int { return c.n }\n"
                + "func f(a Counter, b *Counter) {\n\ta.Inc()\n\t_ = a.Get()\n\tb.Inc()\n\tgo a.Inc()\n}\n");
        assertEquals(Access.POINTER_RECEIVER, accessOf(s, "a", 2));
        assertEquals(Access.READ, accessOf(s, "a", 3), "a value-receiver method reads a copy");
        assertEquals(Access.READ, accessOf(s, "b", 2), "b is already a pointer: b itself is only read");
        assertEquals(Access.POINTER_RECEIVER, accessOf(s, "a", 4), "the method value in go saves &a");
    }

    private static Access accessOf(Snippet s, String name, int occurrence) {
        int offset = s.occurrence(name, occurrence);
        return s.model.variableAt(offset).orElseThrow().uses().stream()
                .filter(u -> u.ident().start() == offset).findFirst().orElseThrow().access();
    }

    @Test
    void loopHeadersKnowTheirFormAndSharing() {
        Snippet s = new Snippet("func f(m map[string]int) {\n\tvar k string\n\tfor i := 0; i < 3; i++ {}\n"
                + "\tfor k, v := range m { _, _ = k, v }\n\tfor k = range m {}\n}\n");
        List<LoopHeader> loops = s.model.loops();
        assertEquals(3, loops.size());
        assertTrue(loops.get(0).declares());
        assertTrue(loops.get(0).isThreeClause());
        assertTrue(loops.get(0).isShared(io.captureguard.parser.version.GoVersion.GO_1_21));
        assertFalse(loops.get(0).isShared(io.captureguard.parser.version.GoVersion.GO_1_22));
        assertEquals(List.of("k", "v"), loops.get(1).variables().stream().map(v -> v.name().name()).toList());
        assertFalse(loops.get(2).declares());
        assertTrue(loops.get(2).isShared(io.captureguard.parser.version.GoVersion.GO_1_22));
        assertEquals(s.occurrence("k", 1), loops.get(2).variables().get(0).name().start());
        assertEquals(loops.get(1), s.at("v", 1).orElseThrow().loop());
    }
}
