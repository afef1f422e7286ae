package io.captureguard.fixes.engine;

import java.util.Objects;
import java.util.function.Function;

/**
 * A result computed from one file that several rules read, such as which closures outlive the
 * statement that creates them: computed once per analysis, on first use, by the engine. A rule
 * lists the analyses it reads in {@code Rule.requires()} and reads them with
 * {@link Pass#resultOf}, as go/analysis passes declare {@code Requires} and read {@code ResultOf}.
 * The same contract as a rule's holds: a result may depend on one function at a time and on
 * package-level facts, never on one function's body for another function.
 *
 * @param <T> what the analysis computes; the key's type parameter types every read
 */
public final class FileAnalysis<T> {
    private final String name;
    private final Function<FileContext, T> compute;

    private FileAnalysis(String name, Function<FileContext, T> compute) {
        this.name = name;
        this.compute = compute;
    }

    public static <T> FileAnalysis<T> of(String name, Function<FileContext, T> compute) {
        return new FileAnalysis<>(name, compute);
    }

    T computeFor(FileContext file) {
        return Objects.requireNonNull(compute.apply(file), () -> name + " computed nothing");
    }

    @Override
    public String toString() {
        return name;
    }
}
