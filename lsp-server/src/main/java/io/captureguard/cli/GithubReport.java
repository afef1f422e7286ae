package io.captureguard.cli;

import io.captureguard.fixes.Finding;
import io.captureguard.parser.SyntaxError;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --format github}: workflow commands ({@code ::warning file=…,line=…::message}) that
 * GitHub Actions turns into annotations on the pull request's diff. Paths are relative to the
 * repository root, which is where Actions checks the code out. GitHub drops the columns of an
 * annotation that spans lines, so those get lines only.
 */
final class GithubReport implements Report {
    private final Path root;

    GithubReport(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(List<FileResult> results, PrintStream out) {
        for (FileResult r : results) {
            Positions at = new Positions(r.text());
            String file = relative(r.path());
            for (SyntaxError e : r.syntaxErrors()) {
                out.println("::error " + properties(file, at, e.offset(), e.offset(), "syntax error")
                        + "::" + data("syntax error: " + e.message()));
            }
            for (Finding f : r.findings()) {
                String command = switch (f.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFORMATION, HINT -> "notice";
                };
                out.println("::" + command + " " + properties(file, at, f.start(), f.end(), Tool.NAME + "(" + f.rule().name() + ")")
                        + "::" + data(f.message() + " (" + f.rule().name() + ")"));
            }
        }
    }

    private static String properties(String file, Positions at, int start, int end, String title) {
        int line = at.line(start);
        int endLine = at.line(end);
        StringBuilder p = new StringBuilder("file=").append(property(file)).append(",line=").append(line);
        if (endLine == line) {
            p.append(",col=").append(at.utf16Column(start)).append(",endColumn=").append(at.utf16Column(end));
        } else {
            p.append(",endLine=").append(endLine);
        }
        return p.append(",title=").append(property(title)).toString();
    }

    private String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString();
    }

    /** The escapes the Actions runner undoes in a command's message. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** And in its properties, where ':' and ',' are separators. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
