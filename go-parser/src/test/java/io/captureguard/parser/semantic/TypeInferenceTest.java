package io.captureguard.parser.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Light types of local variables, written as the file would write them; unknown rather than a guess. */
class TypeInferenceTest {

    private static Optional<String> typeOf(String body, String variable) {
        ParseResult parsed = GoParser.parse("package p\n\n" + body);
        assertFalse(parsed.hasErrors(), parsed.errors()::toString);
        SemanticModel model = SemanticModel.build(parsed.file());
        TypeInference types = new TypeInference(model, PackageIndex.empty());
        LocalVariable v = model.variables().stream().filter(x -> x.name().name().equals(variable)).findFirst()
                .orElseThrow(() -> new AssertionError("no variable " + variable));
        return types.typeText(v);
    }

    private static void assertType(String expected, String body, String variable) {
        assertEquals(Optional.of(expected), typeOf(body, variable), variable + " in\n" + body);
    }

    private static void assertUnknown(String body, String variable) {
        assertEquals(Optional.empty(), typeOf(body, variable), variable + " in\n" + body);
    }

    @Test
    void threeClauseLoopsTakeTheDefaultTypeOfTheirConstant() {
        assertType("int", "func f() { for i := 0; i < 3; i++ {} }\n", "i");
        assertType("float64", "func f() { for x := 0.5; x < 3; x++ {} }\n", "x");
        assertType("int64", "func f() { for i := int64(0); i < 3; i++ {} }\n", "i");
    }

    @Test
    void rangeOverEveryKindOfOperand() {
        String decls = "type Item struct{ name string }\n";
        assertType("int", decls + "func f(xs []*Item) { for i, x := range xs { _, _ = i, x } }\n", "i");
        assertType("*Item", decls + "func f(xs []*Item) { for i, x := range xs { _, _ = i, x } }\n", "x");
        assertType("string", "func f(m map[string][]int) { for k, v := range m { _, _ = k, v } }\n", "k");
        assertType("[]int", "func f(m map[string][]int) { for k, v := range m { _, _ = k, v } }\n", "v");
        assertType("rune", "func f(s string) { for i, c := range s { _, _ = i, c } }\n", "c");
        assertType("error", "func f(ch <-chan error) { for e := range ch { _ = e } }\n", "e");
        assertType("int", "func f() { for i := range 10 { _ = i } }\n", "i");
        assertType("uint8", "func f(n uint8) { for i := range n { _ = i } }\n", "i");
        assertType("byte", "func f(a [4]byte) { for _, b := range a { _ = b } }\n", "b");
        assertType("byte", "func f(a *[4]byte) { for _, b := range a { _ = b } }\n", "b");
    }

    @Test
    void typesFollowDeclarationsInThePackage() {
        String decls = "type Names []string\ntype Server struct{ conns map[int]*Conn }\ntype Conn struct{}\n"
                + "func load() (Names, error) { return nil, nil }\nfunc (s *Server) all() []*Conn { return nil }\n";
        assertType("string", decls + "func f() { ns, _ := load(); for _, n := range ns { _ = n } }\n", "n");
        assertType("*Conn", decls + "func f(s *Server) { for _, c := range s.conns { _ = c } }\n", "c");
        assertType("*Conn", decls + "func f(s *Server) { for _, c := range s.all() { _ = c } }\n", "c");
        assertType("error", decls + "func f() { _, err := load(); _ = err }\n", "err");
    }

    @Test
    void compositeLiteralsMakeNewAndConversions() {
        assertType("[]string", "func f() { xs := []string{\"a\"}; _ = xs }\n", "xs");
        assertType("[3]int", "func f() { xs := [...]int{1, 2, 3}; _ = xs }\n", "xs");
        assertType("map[string]bool", "func f() { m := make(map[string]bool); _ = m }\n", "m");
        assertType("*bytes.Buffer", "import \"bytes\"\nfunc f() { b := new(bytes.Buffer); _ = b }\n", "b");
        assertType("[]byte", "func f(s string) { b := []byte(s); _ = b }\n", "b");
        assertType("func(x int) bool", "func f() { g := func(x int) bool { return x > 0 }; _ = g }\n", "g");
        assertType("*T", "type T struct{}\nfunc f() { t := &T{}; _ = t }\n", "t");
    }

    @Test
    void importedNamesAreWrittenAsTheFileImportsThem() {
        assertType("[]str.Builder", "import str \"strings\"\nfunc f(bs []str.Builder) { for _, b := range bs { _ = b } }\n"
                .replace("for _, b := range bs { _ = b }", "x := bs; _ = x"), "x");
    }

    @Test
    void indexSliceAndCommaOkForms() {
        assertType("byte", "func f(s string) { c := s[0]; _ = c }\n", "c");
        assertType("string", "func f(s string) { t := s[1:]; _ = t }\n", "t");
        assertType("[]int", "func f(a [4]int) { t := a[:]; _ = t }\n", "t");
        assertType("bool", "func f(m map[string]int) { v, ok := m[\"k\"]; _, _ = v, ok }\n", "ok");
        assertType("int", "func f(m map[string]int) { v, ok := m[\"k\"]; _, _ = v, ok }\n", "v");
        assertType("error", "func f(x any) { e, ok := x.(error); _, _ = e, ok }\n", "e");
    }

    @Test
    void unknownRatherThanAGuess() {
        assertUnknown("import \"os\"\nfunc f() { for _, e := range os.Environ() { _ = e } }\n", "e");
        assertUnknown("import \"strings\"\nfunc f() { s := strings.ToUpper(\"a\"); _ = s }\n", "s");
        assertUnknown("func f[T any](xs []T) { for _, x := range xs { _ = x }; y := g(xs); _ = y }\n"
                + "func g[T any](xs []T) T { var z T; return z }\n", "y");
        assertUnknown("func f() { const c = 2; x := c; _ = x }\n", "x");
        assertUnknown("type E struct{ Base }\ntype Base struct{ n int }\nfunc f(e E) { n := e.n; _ = n }\n", "n");
    }
}
