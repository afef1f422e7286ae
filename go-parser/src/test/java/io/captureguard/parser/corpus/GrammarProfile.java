package io.captureguard.parser.corpus;

import io.captureguard.parser.antlr.GoGrammar;
import io.captureguard.parser.syntax.AntlrParse;
import io.captureguard.parser.syntax.TokenizedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses files with ANTLR's profiler in LL mode and adds up, per grammar decision, what makes a
 * parse slow: SLL conflicts that needed the full-context (LL) fallback, reported ambiguities,
 * and the longest SLL lookahead.
 */
public final class GrammarProfile {
    /** One decision's totals over all profiled files, with an example file for each problem. */
    public static final class Decision {
        final int number;
        long llFallbacks;
        long ambiguities;
        long sllMaxLook;
        long timeInPrediction;
        Path maxLookFile;
        Path fallbackFile;

        Decision(int number) {
            this.number = number;
        }

        @Override
        public String toString() {
            return "decision " + number + " (rule " + ruleOf(number) + "): LL fallbacks " + llFallbacks
                    + ", ambiguities " + ambiguities + ", max SLL lookahead " + sllMaxLook
                    + (fallbackFile != null ? ", e.g. " + fallbackFile : "")
                    + (maxLookFile != null ? ", longest lookahead in " + maxLookFile : "");
        }
    }

    private final List<Decision> decisions = new ArrayList<>();
    private final List<Path> failedFiles = new ArrayList<>();

    public GrammarProfile() {
        for (int i = 0; i < GoGrammar._ATN.getNumberOfDecisions(); i++) {
            decisions.add(new Decision(i));
        }
    }

    public void profile(Path file) {
        TokenizedFile tokens = TokenizedFile.of(GoSourceTree.read(file));
        GoGrammar parser = AntlrParse.newParser(tokens.tokens());
        parser.setProfile(true);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            parser.sourceFile();
        } catch (ParseCancellationException e) {
            failedFiles.add(file);
        }
        for (DecisionInfo info : parser.getParseInfo().getDecisionInfo()) {
            Decision d = decisions.get(info.decision);
            d.llFallbacks += info.LL_Fallback;
            d.ambiguities += info.ambiguities.size();
            d.timeInPrediction += info.timeInPrediction;
            if (info.LL_Fallback > 0 && d.fallbackFile == null) {
                d.fallbackFile = file;
            }
            if (System.getProperty("profile.verbose") != null) {
                for (var e : info.contextSensitivities) {
                    System.out.println("  ctx-sens " + info.decision + " " + file.getFileName() + ": "
                            + describe(tokens, e.startIndex, e.stopIndex));
                }
                if (info.SLL_MaxLook > 6 && info.SLL_MaxLookEvent != null) {
                    System.out.println("  look " + info.decision + " " + file.getFileName() + ": "
                            + describe(tokens, info.SLL_MaxLookEvent.startIndex, info.SLL_MaxLookEvent.stopIndex));
                }
                for (var e : info.ambiguities) {
                    System.out.println("  ambig " + info.decision + " " + file.getFileName() + ": "
                            + describe(tokens, e.startIndex, e.stopIndex));
                }
            }
            if (info.SLL_MaxLook > d.sllMaxLook) {
                d.sllMaxLook = info.SLL_MaxLook;
                d.maxLookFile = file;
            }
        }
    }

    public List<Decision> decisions() {
        return decisions;
    }

    public List<Path> failedFiles() {
        return failedFiles;
    }

    public long maxLookahead() {
        return decisions.stream().mapToLong(d -> d.sllMaxLook).max().orElse(0);
    }

    private static String describe(TokenizedFile tokens, int start, int stop) {
        StringBuilder sb = new StringBuilder("line " + tokens.tokens().get(start).getLine() + ": ");
        for (int i = Math.max(0, start - 3); i <= Math.min(stop, start + 12); i++) {
            sb.append(i == start ? "[" : "").append(tokens.tokens().get(i).getText().replace("\n", "⏎")).append(i == start ? "]" : "").append(' ');
        }
        return sb.toString();
    }

    static String ruleOf(int decision) {
        int rule = GoGrammar._ATN.getDecisionState(decision).ruleIndex;
        return GoGrammar.ruleNames[rule];
    }
}
