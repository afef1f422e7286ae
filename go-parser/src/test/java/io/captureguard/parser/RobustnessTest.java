package io.captureguard.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.captureguard.parser.ast.Decl;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bad input never escapes as an exception and never hangs: each case gets syntax errors (or a
 * clean parse) within a generous bound. The bounds catch hangs and runaway backtracking; speed
 * itself is measured by the benchmark under bench/.
 */
class RobustnessTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    private static ParseResult parseWithin(String source) {
        return assertTimeoutPreemptively(BOUND, () -> GoParser.parse(source));
    }

    private static String validFunction(int i) {
        return "func f" + i + "(xs []int) (total int) {\n\tfor _, x := range xs {\n\t\ttotal += x\n\t}\n"
                + "\treturn total\n}\n\n";
    }

    @Test
    void randomBytesGiveErrors() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 4000; i++) {
                sb.append((char) random.nextInt(0x3000));
            }
            assertTrue(parseWithin(sb.toString()).hasErrors());
        }
    }

    @Test
    void randomGoTokensGiveErrorsNotExceptions() {
        String[] words = {"func", "(", ")", "{", "}", "[", "]", "x", ":=", "=", "go", "defer", "for", "range",
            "if", ";", "\n", ",", "*", "<-", "chan", "map", "struct", "interface", "1", "\"s\"", ".", "type", "..."};
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder("package p\n");
            for (int i = 0; i < 300; i++) {
                sb.append(words[random.nextInt(words.length)]).append(' ');
            }
            parseWithin(sb.toString());
        }
    }

    @Test
    void aMissingPackageNameIsASyntaxErrorNotACrash() {
        // Error recovery makes up the missing name; it used to have no position at all.
        ParseResult result = parseWithin("package\n\nfunc a() {}\n");
        assertTrue(result.hasErrors());
        assertTrue(result.file().decls().stream().anyMatch(d -> d instanceof Decl.FuncDecl), result.file().toString());
    }

    @Test
    void everyPrefixAndEveryOneCharacterDeletionOfAFileParses() {
        // What typing goes through: each state on the way to a file, and each one-key slip in it.
        String file = """
                package p

                import (
                	"fmt"
                	"sync"
                )

                type T[K comparable] struct{ m map[K]func(int) (int, error) }

                func (t *T[K]) Run(xs []int, ch chan<- int) (n int, err error) {
                	var wg sync.WaitGroup
                	for i, x := range xs {
                		wg.Add(1)
                		go func(v int) { defer wg.Done(); ch <- v + i }(x)
                	}
                	switch y := n.(type) { case int: fmt.Println(y) }
                	select { case v := <-make(chan int): n = v; default: }
                	label: for { break label }
                	return n, fmt.Errorf("%d %s", n, `raw`)
                }
                """;
        for (int i = 0; i <= file.length(); i++) {
            parseWithin(file.substring(0, i));
            if (i < file.length()) {
                parseWithin(file.substring(0, i) + file.substring(i + 1));
            }
        }
    }

    @Test
    void nulBytesAreInvalidCharacters() {
        ParseResult result = parseWithin("package p\n\nvar x = 1\u0000\nfunc f() {}\n");
        assertTrue(result.errors().stream().anyMatch(e -> e.message().contains("invalid character U+0000")),
                result.errors().toString());
    }

    @Test
    void invalidUtf16StillParsesTheRest() {
        // A lone surrogate is what invalid UTF-8 becomes after lenient decoding.
        ParseResult result = parseWithin("package p\n\n// bad \uD800 comment\nvar s = \"\uDC00\"\n"
                + validFunction(1));
        assertFalse(result.hasErrors(), result.errors().toString());
        assertTrue(result.file().decls().stream().anyMatch(d -> d instanceof Decl.FuncDecl));
    }

    @Test
    void aLeadingBomIsIgnoredAndOffsetsStayExact() {
        String source = "\uFEFFpackage p\n\nvar x = 1\n";
        ParseResult result = parseWithin(source);
        assertFalse(result.hasErrors(), result.errors().toString());
        assertTrue(source.startsWith("package", result.file().packageName().start() - "package ".length()));
    }

    @Test
    void aBomInTheMiddleIsAnError() {
        ParseResult result = parseWithin("package p\n\nvar x = 1\uFEFF\n");
        assertTrue(result.errors().stream().anyMatch(e -> e.message().contains("BOM")), result.errors().toString());
    }

    @Test
    void crlfLineEndsParseCleanly() {
        ParseResult result = parseWithin(("package p\n\n" + validFunction(1) + "// done\n").replace("\n", "\r\n"));
        assertFalse(result.hasErrors(), result.errors().toString());
    }

    @Test
    void aTenMegabyteFileParses() {
        StringBuilder sb = new StringBuilder("package p\n\n");
        for (int i = 0; sb.length() < 10_000_000; i++) {
            sb.append(validFunction(i));
        }
        ParseResult result = parseWithin(sb.toString());
        assertFalse(result.hasErrors(), result.errors().toString());
        assertTrue(result.file().decls().size() > 100_000);
    }

    @Test
    void aTenMegabyteFileOfGarbageGivesErrors() {
        StringBuilder sb = new StringBuilder("package p\n\n");
        Random random = new Random(3);
        String pieces = "{}()[]xy=:;,\n\"`'";
        while (sb.length() < 10_000_000) {
            sb.append(pieces.charAt(random.nextInt(pieces.length())));
        }
        assertTrue(parseWithin(sb.toString()).hasErrors());
    }

    @Test
    void hundredThousandNestedParenthesesGiveAnErrorNotAStackOverflow() {
        String source = "package p\n\nvar x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n"
                + validFunction(1);
        ParseResult result = parseWithin(source);
        assertTrue(result.errors().stream().anyMatch(e -> e.message().contains("nested deeper")),
                result.errors().toString());
        assertTrue(result.file().decls().stream().anyMatch(d -> d instanceof Decl.FuncDecl),
                "the function after the deep expression is still there");
    }

    @Test
    void hundredThousandNestedBracesGiveAnErrorNotAStackOverflow() {
        String source = "package p\n\nfunc f() " + "{".repeat(100_000) + "}".repeat(100_000) + "\n";
        assertTrue(parseWithin(source).hasErrors());
    }

    @Test
    void deepButAllowedNestingParses() {
        String source = "package p\n\nvar x = " + "(".repeat(900) + "1" + ")".repeat(900) + "\n";
        ParseResult result = parseWithin(source);
        assertFalse(result.hasErrors(), result.errors().toString());
    }

    @Test
    void longUnaryChainsDoNotOverflowTheStack() {
        String source = "package p\n\nvar x = " + "-".repeat(200_000) + "1\n";
        parseWithin(source); // errors or not, it must come back
    }

    @Test
    void longOperatorChainsBuildWithoutRecursion() {
        String source = "package p\n\nvar x = 1" + " + 1".repeat(200_000) + "\n";
        ParseResult result = parseWithin(source);
        assertFalse(result.hasErrors(), result.errors().toString());
    }

    @Test
    void anUnterminatedRawStringAtTheTopOfALargeFileIsOneError() {
        StringBuilder sb = new StringBuilder("package p\n\nvar s = `never closed\n");
        for (int i = 0; sb.length() < 2_000_000; i++) {
            sb.append(validFunction(i));
        }
        ParseResult result = parseWithin(sb.toString());
        assertTrue(result.errors().stream().anyMatch(e -> e.message().contains("raw string literal not terminated")),
                result.errors().toString());
    }

    @Test
    void emptyAndNullInputGiveAPackageError() {
        assertTrue(parseWithin("").hasErrors());
        assertTrue(GoParser.parse(null).hasErrors());
    }
}
