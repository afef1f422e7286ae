package io.captureguard.parser.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** About 11,400 files of third-party Go (docker, etcd, x/tools, gvisor, incus, …), judged by go/parser. */
class RealWorldCorpusTest {

    @Test
    void everyFileParsesWithoutErrorsIntoTheTreeGoAstHas() {
        TreeAgreement result = TreeAgreement.check(GoSourceTree.realWorldCorpus());
        assertTrue(result.files > 11_000, "expected the whole corpus, found " + result.files + " files");
        assertAll(
                () -> assertTrue(result.withSyntaxErrors.isEmpty(),
                        "valid files with syntax errors: " + TreeAgreement.firstFew(result.withSyntaxErrors)),
                () -> assertTrue(result.treeMismatches.isEmpty(),
                        "trees that differ from go/ast: " + TreeAgreement.firstFew(result.treeMismatches)));
    }
}
