package io.captureguard.cli;

import java.io.PrintStream;
import java.util.List;

/** One output format: writes the results of a run to stdout. */
interface Report {
    void write(List<FileResult> results, PrintStream out);

    static Report of(OutputFormat format, java.nio.file.Path root) {
        return switch (format) {
            case TEXT -> new TextReport();
            case JSON -> new JsonReport();
            case SARIF -> new SarifReport(root);
            case GITHUB -> new GithubReport(root);
        };
    }
}
