package io.captureguard.parser;

import io.captureguard.parser.antlr.GoLexer;
import io.captureguard.parser.syntax.AntlrParse;
import java.util.List;
import org.antlr.v4.runtime.atn.ATNSimulator;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * The lexer's and parser's shared prediction caches (ANTLR DFAs), which grow as new input is
 * seen and make later parses fast. Small for this grammar (see docs/benchmarks.md), but a
 * long-running server can watch them and start over.
 */
public final class PredictionCache {
    private PredictionCache() {
    }

    /** Number of DFA states held by the parser's and the lexer's caches. */
    public static long states() {
        return states(parserSimulator()) + states(lexerSimulator());
    }

    /** Drops both caches; the next parses rebuild them. */
    public static void clear() {
        parserSimulator().clearDFA();
        lexerSimulator().clearDFA();
    }

    /** Parses a few typical constructs so that the first real file is not the one to pay for a cold cache. */
    public static void warmUp() {
        GoParser.parse(String.join("\n", List.of(
                "package warm", "import (\"fmt\"; \"sync\")",
                "type T[K comparable, V any] struct { m map[K]V; mu sync.Mutex }",
                "func (t *T[K, V]) Get(k K) (v V, ok bool) { t.mu.Lock(); defer t.mu.Unlock(); v, ok = t.m[k]; return }",
                "func main() { var wg sync.WaitGroup; for i := 0; i < 3; i++ { wg.Add(1); go func() { defer wg.Done();"
                        + " fmt.Println(i) }() }; for _, s := range []string{\"a\"} { if s != \"\" { continue } };"
                        + " switch x := any(1).(type) { case int: _ = x }; select { default: }; wg.Wait() }",
                "")));
    }

    private static ATNSimulator parserSimulator() {
        return AntlrParse.newParser(List.of()).getInterpreter();
    }

    private static ATNSimulator lexerSimulator() {
        return new GoLexer(null).getInterpreter();
    }

    private static long states(ATNSimulator simulator) {
        DFA[] dfas = simulator instanceof org.antlr.v4.runtime.atn.ParserATNSimulator p ? p.decisionToDFA
                : ((org.antlr.v4.runtime.atn.LexerATNSimulator) simulator).decisionToDFA;
        long n = 0;
        for (DFA dfa : dfas) {
            n += dfa.states.size();
        }
        return n;
    }
}
