package io.captureguard.parser.corpus;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;

/**
 * For grammar work: profiles a tree (argument: its root) and prints the decisions worth a look;
 * with -Dprofile.verbose=1 also where each long lookahead, fallback or ambiguity happened.
 */
public final class GrammarProfileReport {
    public static void main(String[] args) {
        GrammarProfile profile = new GrammarProfile();
        for (Path f : new GoSourceTree("x", Paths.get(args[0])).goFiles()) {
            profile.profile(f);
        }
        System.out.println("failed: " + profile.failedFiles() + " max lookahead " + profile.maxLookahead());
        profile.decisions().stream()
                .filter(d -> d.llFallbacks > 0 || d.ambiguities > 0 || d.sllMaxLook > 2)
                .sorted(Comparator.comparingLong((GrammarProfile.Decision d) -> -d.sllMaxLook))
                .forEach(System.out::println);
        profile.decisions().stream()
                .sorted(Comparator.comparingLong((GrammarProfile.Decision d) -> -d.timeInPrediction)).limit(8)
                .forEach(d -> System.out.println("time " + d.timeInPrediction / 1_000_000 + " ms: " + d));
    }
}
