package io.captureguard.parser.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The semantic model judged by go/types: which declaration every local-variable identifier names
 * (all of them must agree), and the type of every loop-header variable (a type we claim must be
 * go/types' own, written relative to the file's imports; coverage is reported and held).
 */
class SemanticModelAgreementTest {
    /** Measured coverage of loop-variable types (known / all), minus a little room for drift. */
    static final double STDLIB_TYPE_COVERAGE_FLOOR = 85.0;
    static final double CORPUS_TYPE_COVERAGE_FLOOR = 75.0;

    @Test
    void everyLocalVariableOfTheStandardLibraryIsBoundAsGoTypesBindsIt() {
        assertBindingsAgree("standard library", GoSourceTree.standardLibrary());
    }

    @Test
    void everyLocalVariableOfTheCorpusIsBoundAsGoTypesBindsIt() {
        assertBindingsAgree("corpus", GoSourceTree.realWorldCorpus());
    }

    @Test
    void loopVariableTypesOfTheStandardLibraryAreNeverWrong() {
        assertTypesRight("standard library", GoSourceTree.standardLibrary(), STDLIB_TYPE_COVERAGE_FLOOR);
    }

    @Test
    void loopVariableTypesOfTheCorpusAreNeverWrong() {
        assertTypesRight("corpus", GoSourceTree.realWorldCorpus(), CORPUS_TYPE_COVERAGE_FLOOR);
    }

    private static void assertBindingsAgree(String name, GoSourceTree tree) {
        SemanticAgreement result = SemanticAgreement.bindings(tree);
        System.out.printf("[bindings] %s: %d identifiers, %.4f%% agree, %d extra%n",
                name, result.goBindings, result.agreementPercent(), result.extra.size());
        assertTrue(result.goBindings > 1_000_000, "goref reported only " + result.goBindings);
        assertAll(
                () -> assertEquals(List.of(), result.missed.subList(0, Math.min(20, result.missed.size())),
                        "go/types bindings we miss: " + result.missed.size()),
                () -> assertEquals(List.of(), result.extra.subList(0, Math.min(20, result.extra.size())),
                        "bindings go/types does not have: " + result.extra.size()));
    }

    private static void assertTypesRight(String name, GoSourceTree tree, double coverageFloor) {
        SemanticAgreement result = SemanticAgreement.loopTypes(tree);
        System.out.printf("[types] %s: %d loop variables, %d typed (%.1f%%), %d wrong%n",
                name, result.loopVariables, result.typed, result.coveragePercent(), result.wrongTypes.size());
        assertAll(
                () -> assertTrue(result.wrongTypes.isEmpty(), "wrong types: " + SemanticAgreement.firstFew(result.wrongTypes)),
                () -> assertTrue(result.coveragePercent() >= coverageFloor, "coverage fell to " + result.coveragePercent()));
    }
}
