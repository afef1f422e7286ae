package io.captureguard.server.lsp;

import io.captureguard.fixes.FileContext;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.GeneratedCode;
import io.captureguard.fixes.Rules;
import io.captureguard.fixes.incremental.AnalysisInputs;
import io.captureguard.fixes.incremental.AnalyzedText;
import io.captureguard.fixes.incremental.IncrementalAnalysis;
import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.GoVersion;
import io.captureguard.parser.version.LanguageVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs the selected rules over one document snapshot: its package (sibling files) from
 * {@link PackageIndexes}, its Go version from go.mod and build lines (or the settings), severities
 * from the settings. Plain engine types out; the protocol layer converts.
 */
final class DocumentAnalyzer {
    private final PackageIndexes indexes;
    private final DocumentGoVersion versions;
    /** The package of a buffer without a file: one instance, so that its analyses can build on each other. */
    private final PackageIndex noPackage = PackageIndex.empty();
    /** Each open document's last analysis, which the next one builds on. */
    private final Map<String, AnalyzedText> previous = new ConcurrentHashMap<>();

    DocumentAnalyzer(PackageIndexes indexes, DocumentGoVersion versions) {
        this.indexes = indexes;
        this.versions = versions;
    }

    Analysis analyze(OpenDocument document, Settings settings) {
        return analyze(document, settings, () -> false);
    }

    /**
     * @param superseded asked between the parse and the rules (the two costly phases): when it
     *                   says yes, the analysis stops and returns null
     */
    Analysis analyze(OpenDocument document, Settings settings, BooleanSupplier superseded) {
        if (!settings.enable() || GeneratedCode.isGenerated(document.text())) {
            previous.remove(document.uri());
            return new Analysis(document, List.of(), "");
        }
        Optional<Path> path = GoFiles.path(document.uri());
        Optional<Path> directory = path.map(Path::getParent);
        PackageIndex index = directory.map(indexes::forDirectory).orElse(noPackage);
        LanguageVersion version = versions.of(path, document.text(), settings.goVersion());
        AnalyzedText analysed = reanalyze(document, index, version, settings)
                .orElseGet(() -> analyseWhole(document.text(), path, index, version, settings, superseded));
        if (analysed == null) {
            return null;
        }
        previous.put(document.uri(), analysed);
        return new Analysis(document, withSeverities(analysed.findings(), settings), version.describe());
    }

    /** Forgets what the document's last analysis left for the next one (the document closed). */
    void forget(String uri) {
        previous.remove(uri);
    }

    /** Most edits touch one function: analyse that one, keep the rest from the last analysis. */
    private Optional<AnalyzedText> reanalyze(OpenDocument document, PackageIndex index, LanguageVersion version,
                                             Settings settings) {
        AnalyzedText last = previous.get(document.uri());
        return last == null ? Optional.empty() : IncrementalAnalysis.reanalyze(last, document.text(),
                AnalysisInputs.of(index, version.version(), settings.rules(), settings.analysisOptions()));
    }

    private AnalyzedText analyseWhole(String text, Optional<Path> path, PackageIndex index, LanguageVersion version,
                                      Settings settings, BooleanSupplier superseded) {
        ParseResult parse = GoParser.parse(text);
        if (superseded.getAsBoolean()) {
            return null;
        }
        path.filter(p -> p.getParent() != null).ifPresent(p -> indexes.updateOpen(p, parse.file()));
        // Inputs are read before the rules read the index: a sibling changing meanwhile then
        // shows as a newer generation, and the next edit is analysed whole again.
        return AnalyzedText.analyse(parse, AnalysisInputs.of(index, version.version(), settings.rules(),
                settings.analysisOptions()));
    }

    /** A function from text to findings for fix-all, which re-analyses the text as it changes. */
    Function<String, List<Finding>> reanalyzer(OpenDocument document, Settings settings) {
        Optional<Path> path = GoFiles.path(document.uri());
        PackageIndex index = path.map(p -> p.getParent()).map(indexes::forDirectory).orElse(noPackage);
        return text -> withSeverities(Rules.analyze(new FileContext(GoParser.parse(text), index,
                versions.of(path, text, settings.goVersion()).version()), settings.rules(),
                settings.analysisOptions()), settings);
    }

    private static List<Finding> withSeverities(List<Finding> findings, Settings settings) {
        return findings.stream()
                .map(f -> new Finding(f.rule(), f.message(), f.start(), f.end(),
                        settings.severityOf(f.rule(), f.severity()), f.related(), f.fixes()))
                .toList();
    }
}
