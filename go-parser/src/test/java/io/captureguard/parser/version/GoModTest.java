package io.captureguard.parser.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GoModTest {

    private static Optional<GoVersion> v(String text) {
        return GoVersion.parse(text);
    }

    @Test
    void readsModuleGoAndToolchainFromATypicalGoMod() {
        GoMod mod = GoMod.parse("""
                module github.com/acme/widgets

                go 1.22.1

                toolchain go1.22.5

                require (
                	github.com/google/go-cmp v0.6.0
                	golang.org/x/sync v0.7.0 // indirect
                )

                require golang.org/x/text v0.14.0

                replace golang.org/x/sync => ../sync

                exclude golang.org/x/net v0.1.0

                retract [v1.0.0, v1.0.5] // published by mistake

                godebug (
                	default=go1.21
                	panicnil=1
                )
                """);
        assertEquals(Optional.of("github.com/acme/widgets"), mod.modulePath());
        assertEquals(v("1.22"), mod.goVersion());
        assertEquals(Optional.of("go1.22.5"), mod.toolchain());
        assertEquals(List.of(), mod.problems());
    }

    @Test
    void goModWithoutGoLineHasNoVersionAndNoProblem() {
        GoMod mod = GoMod.parse("""
                module example.com/legacy

                require github.com/pkg/errors v0.9.1
                """);
        assertEquals(Optional.of("example.com/legacy"), mod.modulePath());
        assertEquals(Optional.empty(), mod.goVersion());
        assertEquals(Optional.empty(), mod.toolchain());
        assertEquals(List.of(), mod.problems());
    }

    @Test
    void emptyTextIsAnEmptyGoMod() {
        assertEquals(new GoMod(Optional.empty(), Optional.empty(), Optional.empty(), List.of()), GoMod.parse(""));
    }

    @Test
    void unquotesDoubleQuotedModulePaths() {
        assertEquals(Optional.of("example.com/quoted"), GoMod.parse("module \"example.com/quoted\"\n").modulePath());
        assertEquals(Optional.of("example.com//not-a-comment"),
                GoMod.parse("module \"example.com//not-a-comment\" // but this is\n").modulePath());
        assertEquals(Optional.of("example.com/a\"b"), GoMod.parse("module \"example.com/a\\\"b\"\n").modulePath());
    }

    @Test
    void backQuotedModulePathIsTakenButIsAProblemAsTheGoCommandRejectsIt() {
        GoMod mod = GoMod.parse("module `example.com/raw`\n");
        assertEquals(Optional.of("example.com/raw"), mod.modulePath());
        assertEquals(List.of(new GoMod.Problem(1, "invalid quoted string: unquoted string cannot contain quote")),
                mod.problems());
    }

    @Test
    void toleratesCrlfLineEndings() {
        GoMod mod = GoMod.parse("module example.com/win\r\n\r\ngo 1.21\r\n\r\nrequire (\r\n\tgolang.org/x/sys v0.20.0\r\n)\r\n");
        assertEquals(Optional.of("example.com/win"), mod.modulePath());
        assertEquals(v("1.21"), mod.goVersion());
        assertEquals(List.of(), mod.problems());
    }

    @Test
    void readsPastAByteOrderMarkButReportsItBecauseTheGoCommandRejectsIt() {
        GoMod mod = GoMod.parse("\uFEFFmodule example.com/bom\r\n\r\ngo 1.22\r\n");
        assertEquals(Optional.of("example.com/bom"), mod.modulePath());
        assertEquals(v("1.22"), mod.goVersion());
        assertEquals(List.of(new GoMod.Problem(1, "unexpected byte order mark (the go command rejects it)")),
                mod.problems());
    }

    @Test
    void ignoresCommentsIncludingTrailingOnesAndCommentedOutGoLines() {
        GoMod mod = GoMod.parse("""
                // Module widgets does things.
                // go 1.99
                module example.com/widgets // the canonical path

                go 1.20 // bumped when we drop 1.19
                """);
        assertEquals(v("1.20"), mod.goVersion());
        assertEquals(List.of(), mod.problems());
    }

    @Test
    void theGoLineInsideARequireBlockIsARequirementNotTheLanguageVersion() {
        GoMod mod = GoMod.parse("""
                module example.com/m

                require (
                	go 1.99
                )
                """);
        assertEquals(Optional.empty(), mod.goVersion());
    }

    @Test
    void garbageLinesBecomeProblemsWithLineNumbersAndTheRestIsStillRead() {
        GoMod mod = GoMod.parse("""
                module example.com/m
                <<<<<<< HEAD
                go 1.21
                =======
                go 1.22
                >>>>>>> feature
                """);
        assertEquals(v("1.21"), mod.goVersion());
        assertEquals(List.of(
                new GoMod.Problem(2, "unknown directive: <<<<<<<"),
                new GoMod.Problem(4, "unknown directive: ======="),
                new GoMod.Problem(5, "repeated go statement"),
                new GoMod.Problem(6, "unknown directive: >>>>>>>")), mod.problems());
    }

    @Test
    void goPrefixedGoLineIsAProblemButItsVersionIsStillUsed() {
        GoMod mod = GoMod.parse("module m\ngo go1.21\n");
        assertEquals(v("1.21"), mod.goVersion());
        assertEquals(List.of(new GoMod.Problem(2, "invalid go version 'go1.21': must match format 1.23.0")),
                mod.problems());
    }

    @Test
    void unreadableGoLineGivesNoVersionAndAProblem() {
        GoMod mod = GoMod.parse("module m\n\ngo 1.21.x\n");
        assertEquals(Optional.empty(), mod.goVersion());
        assertEquals(List.of(new GoMod.Problem(3, "invalid go version '1.21.x': must match format 1.23.0")),
                mod.problems());
    }

    @Test
    void directivesWithTheWrongNumberOfArgumentsAreProblems() {
        GoMod mod = GoMod.parse("module\ngo 1.21 1.22\ntoolchain\nmodule a b\n");
        assertEquals(Optional.empty(), mod.modulePath());
        assertEquals(Optional.empty(), mod.goVersion());
        assertEquals(List.of(
                new GoMod.Problem(1, "usage: module module/path"),
                new GoMod.Problem(2, "usage: go 1.23"),
                new GoMod.Problem(3, "usage: toolchain go1.23.0"),
                new GoMod.Problem(4, "usage: module module/path")), mod.problems());
    }

    @Test
    void anUnclosedBlockIsReportedAtItsFirstLine() {
        GoMod mod = GoMod.parse("""
                module example.com/m

                go 1.21

                require (
                	golang.org/x/sync v0.7.0
                """);
        assertEquals(v("1.21"), mod.goVersion());
        assertEquals(List.of(new GoMod.Problem(5, "'require (' block is never closed")), mod.problems());
    }

    @Test
    void anUnterminatedStringSkipsOnlyItsLine() {
        GoMod mod = GoMod.parse("module \"example.com/m\ngo 1.21\n");
        assertEquals(Optional.empty(), mod.modulePath());
        assertEquals(v("1.21"), mod.goVersion());
        assertEquals(List.of(new GoMod.Problem(1, "unterminated quoted string")), mod.problems());
    }

    @Test
    void moduleBlockIsValid() {
        GoMod mod = GoMod.parse("module (\n\texample.com/block\n)\ngo 1.23\n");
        assertEquals(Optional.of("example.com/block"), mod.modulePath());
        assertEquals(List.of(), mod.problems());
    }

    @Test
    void goBlockIsAProblemButItsVersionIsStillRead() {
        GoMod mod = GoMod.parse("module m\ngo (\n\t1.23\n)\n");
        assertEquals(v("1.23"), mod.goVersion());
        assertEquals(List.of(new GoMod.Problem(2, "unknown block type: go")), mod.problems());
    }

    @Test
    void prereleaseGoLinesAreValid() {
        GoMod mod = GoMod.parse("module m\n\ngo 1.21.0rc1\n");
        assertEquals(v("1.21"), mod.goVersion());
        assertEquals(List.of(), mod.problems());
    }

    @Test
    void strayParenthesesAreProblems() {
        GoMod mod = GoMod.parse("go 1.21\n)\nrequire ( golang.org/x/sync v0.7.0 )\n");
        assertEquals(v("1.21"), mod.goVersion());
        assertEquals(List.of(
                new GoMod.Problem(2, "unexpected parenthesis"),
                new GoMod.Problem(3, "unexpected parenthesis")), mod.problems());
    }

    @Test
    void problemsPrintWithTheirLine() {
        assertEquals("go.mod:4: repeated go statement", new GoMod.Problem(4, "repeated go statement").toString());
    }

    @Test
    void neverThrowsOnRandomText() {
        Random random = new Random(42);
        String alphabet = "module go toolchain require ( ) \" ` // \n \r \t 1.21 \uFEFF é x";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            GoMod mod = GoMod.parse(text.toString());
            assertTrue(mod.problems().stream().allMatch(p -> p.line() >= 0));
        }
    }
}
