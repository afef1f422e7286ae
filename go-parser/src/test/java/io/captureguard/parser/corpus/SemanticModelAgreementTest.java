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
        SemanticAgreement result = SemanticAgreement.bindings(GoSourceTree.standardLibrary());
        System.out.printf("[bindings] standard library: %d identifiers, %.4f%% agree, %d extra%n",
                result.goBindings, result.agreementPercent(), result.extra.size());
        assertTrue(result.goBindings > 1_000_000, "goref reported only " + result.goBindings);
        assertAll(
                () -> assertEquals(List.of(), result.missed.subList(0, Math.min(20, result.missed.size())),
                        "go/types bindings we miss: " + result.missed.size()),
                () -> assertEquals(List.of(), result.extra.subList(0, Math.min(20, result.extra.size())),
                        "bindings go/types does not have: " + result.extra.size()));
    }

    @Test
    void everyLocalVariableOfTheCorpusIsBoundAsGoTypesBindsIt() {
        SemanticAgreement result = SemanticAgreement.bindings(GoSourceTree.realWorldCorpus());
        System.out.printf("[bindings] corpus: %d identifiers, %.4f%% agree, %d extra%n",
                result.goBindings, result.agreementPercent(), result.extra.size());
        assertTrue(result.goBindings > 1_000_000, "goref reported only " + result.goBindings);
        assertAll(
                () -> assertEquals(List.of(), result.missed.subList(0, Math.min(20, result.missed.size())),
                        "go/types bindings we miss: " + result.missed.size()),
                () -> assertEquals(List.of(), result.extra.subList(0, Math.min(20, result.extra.size())),
                        "bindings go/types does not have: " + result.extra.size()));
    }

    @Test
    void loopVariableTypesOfTheStandardLibraryAreNeverWrong() {
        SemanticAgreement result = SemanticAgreement.loopTypes(GoSourceTree.standardLibrary());
        System.out.printf("[types] standard library: %d loop variables, %d typed (%.1f%%), %d wrong%n",
                result.loopVariables, result.typed, result.coveragePercent(), result.wrongTypes.size());
        assertAll(
                () -> assertTrue(result.wrongTypes.isEmpty(), "wrong types: " + SemanticAgreement.firstFew(result.wrongTypes)),
                () -> assertTrue(result.coveragePercent() >= STDLIB_TYPE_COVERAGE_FLOOR,
                        "coverage fell to " + result.coveragePercent()));
    }

    @Test
    void loopVariableTypesOfTheCorpusAreNeverWrong() {
        SemanticAgreement result = SemanticAgreement.loopTypes(GoSourceTree.realWorldCorpus());
        System.out.printf("[types] corpus: %d loop variables, %d typed (%.1f%%), %d wrong%n",
                result.loopVariables, result.typed, result.coveragePercent(), result.wrongTypes.size());
        assertAll(
                () -> assertTrue(result.wrongTypes.isEmpty(), "wrong types: " + SemanticAgreement.firstFew(result.wrongTypes)),
                () -> assertTrue(result.coveragePercent() >= CORPUS_TYPE_COVERAGE_FLOOR,
                        "coverage fell to " + result.coveragePercent()));
    }
}
