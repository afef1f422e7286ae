package io.captureguard.parser.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole Go 1.22 standard library, judged by go/parser. */
class StandardLibraryTest {

    @Test
    void everyFileParsesWithoutErrorsIntoTheTreeGoAstHas() {
        TreeAgreement result = TreeAgreement.check(GoSourceTree.standardLibrary());
        assertTrue(result.files > 5000, "expected the whole standard library, found " + result.files + " files");
        assertAll(
                () -> assertTrue(result.withSyntaxErrors.isEmpty(),
                        "valid files with syntax errors: " + TreeAgreement.firstFew(result.withSyntaxErrors)),
                () -> assertTrue(result.treeMismatches.isEmpty(),
                        "trees that differ from go/ast: " + TreeAgreement.firstFew(result.treeMismatches)));
    }

    /**
     * testdata folders hold files go/parser rejects on purpose: we reject exactly those, and
     * none of them makes the parser throw.
     */
    @Test
    void testdataFilesAreRejectedExactlyWhenGoParserRejectsThem() {
        GoSourceTree tree = GoSourceTree.standardLibrary();
        List<String> disagreements = disagreementsWithGoParser(tree);
        assertEquals(List.of(), disagreements);
    }

    static List<String> disagreementsWithGoParser(GoSourceTree tree) {
        List<String> disagreements = new ArrayList<>();
        for (String line : GoReference.run("syntaxcheck", tree.root().toString())) {
            String[] parts = line.split(" ");
            Path file = tree.resolve(parts[0]);
            boolean goRejects = parts[1].equals("error");
            ParseResult parsed = GoParser.parse(GoSourceTree.read(file));
            if (goRejects != parsed.hasErrors()) {
                disagreements.add(parts[0] + (goRejects ? ": go/parser rejects it at " + parts[2] + ", we accept it"
                        : ": go/parser accepts it, we report " + parsed.errors().get(0)));
            }
        }
        return disagreements;
    }
}
