package io.captureguard.fixes;

import io.captureguard.fixes.engine.FileAnalysis;
import io.captureguard.fixes.engine.Pass;
import io.captureguard.parser.ast.Node;
import java.util.List;
import java.util.Set;

/**
 * A check of Go code, with its metadata on its face (as Error Prone's checkers have).
 *
 * <p><b>How the engine runs a rule.</b> The engine walks each file's syntax tree once, in source
 * order, and hands every node whose kind the rule {@linkplain #visits() visits} to
 * {@link #visit}; the rule reports through the {@link Pass}, which gives each finding the rule's
 * id and the severity in effect. Results that several rules share (which closures outlive their
 * statement, the loop headers by statement) are {@link FileAnalysis file analyses}: a rule
 * declares those it reads in {@link #requires()}, and the engine computes each once per file.
 *
 * <p><b>What a rule may look at.</b> From a visited node, a rule may look at the function that
 * holds it (the declaration or literal, its loops and statements) and at package-level facts:
 * the file's imports, its package-level declarations and function signatures, those of its
 * sibling files through the package index, and the file's Go version and options. It must not
 * let a finding in one function depend on another function's body. The incremental analysis
 * relies on this: it re-runs the rules on the edited function alone and keeps every other
 * function's findings. A rule that broke the contract would make the server's squiggles differ
 * from {@code captureguard check}, which the random-edit agreement tests catch.
 *
 * <p>Rules are stateless and thread-safe: all per-file state lives in the pass and in file
 * analyses.
 */
public interface Rule {
    RuleDescription description();

    default RuleId id() {
        return description().id();
    }

    /** The node classes (or their supertypes) whose instances {@link #visit} is given. */
    Set<Class<? extends Node>> visits();

    /** The file analyses this rule reads through {@link Pass#resultOf}; reading another is a bug. */
    default List<FileAnalysis<?>> requires() {
        return List.of();
    }

    /** Checks one node of a kind this rule visits, reporting through {@code pass}. */
    void visit(Node node, Pass pass);
}
