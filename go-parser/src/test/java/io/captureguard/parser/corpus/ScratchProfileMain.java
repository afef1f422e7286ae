package io.captureguard.parser.corpus;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;

/** Development aid: profile a tree and print the decisions worth a look. */
public final class ScratchProfileMain {
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
