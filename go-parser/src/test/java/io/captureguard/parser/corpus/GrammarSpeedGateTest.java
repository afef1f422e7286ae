package io.captureguard.parser.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the grammar fast by construction: with ANTLR's profiler on, in LL prediction mode, the
 * whole standard library must parse without one SLL conflict (each would be a full-context LL
 * fallback), without one ambiguity, and with no decision looking further ahead than
 * {@link #MAX_LOOKAHEAD} tokens. A grammar change that breaks this fails here, not in a
 * benchmark weeks later.
 */
class GrammarSpeedGateTest {
    /** The largest SLL lookahead measured over the standard library and the corpus. */
    static final int MAX_LOOKAHEAD = 2;

    @Test
    void theStandardLibraryNeedsNoFallbackHasNoAmbiguityAndShortLookahead() {
        GrammarProfile profile = new GrammarProfile();
        List<Path> files = GoSourceTree.standardLibrary().goFiles();
        files.forEach(profile::profile);
        String fallbacks = describe(profile, d -> d.llFallbacks > 0);
        String ambiguities = describe(profile, d -> d.ambiguities > 0);
        String longLookahead = describe(profile, d -> d.sllMaxLook > MAX_LOOKAHEAD);
        assertAll(
                () -> assertEquals(List.of(), profile.failedFiles(), "files the SLL parse rejected"),
                () -> assertEquals("", fallbacks, "decisions that needed the LL fallback"),
                () -> assertEquals("", ambiguities, "decisions with ambiguities"),
                () -> assertEquals("", longLookahead, "decisions looking ahead more than " + MAX_LOOKAHEAD),
                () -> assertTrue(profile.maxLookahead() >= 1, "the profiler saw no decisions at all"));
    }

    private static String describe(GrammarProfile profile,
                                   java.util.function.Predicate<GrammarProfile.Decision> bad) {
        return profile.decisions().stream().filter(bad).map(Object::toString).collect(Collectors.joining("\n"));
    }
}
