package io.captureguard.cli;

import io.captureguard.fixes.Finding;
import io.captureguard.parser.SyntaxError;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code path:line:col: message (rule)}: the shape of go vet's output, with 1-based byte columns,
 * so that Vim's errorformat, efm-langserver and nvim-lint read it unchanged.
 */
final class TextReport implements Report {
    @Override
    public void write(List<FileResult> results, PrintStream out) {
        for (FileResult r : results) {
            Positions at = new Positions(r.text());
            for (SyntaxError e : r.syntaxErrors()) {
                out.println(r.path() + ":" + at.line(e.offset()) + ":" + at.byteColumn(e.offset())
                        + ": syntax error: " + e.message());
            }
            for (Finding f : r.findings()) {
                out.println(r.path() + ":" + at.line(f.start()) + ":" + at.byteColumn(f.start())
                        + ": " + f.message() + " (" + f.rule().name() + ")");
            }
        }
    }
}
