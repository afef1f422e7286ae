package io.captureguard.server.lsp;

import io.captureguard.fixes.FileContext;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.GeneratedCode;
import io.captureguard.fixes.Rules;
import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.FileGoVersion;
import io.captureguard.parser.version.GoVersion;
import io.captureguard.parser.version.LanguageVersion;
import io.captureguard.parser.version.ModuleLocator;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs the selected rules over one document snapshot: its package (sibling files) from
 * {@link PackageIndexes}, its Go version from go.mod and build lines (or the settings), severities
 * from the settings. Plain engine types out; the protocol layer converts.
 */
final class DocumentAnalyzer {
    private static final Path UNTITLED = Path.of("/untitled.go");
    private final PackageIndexes indexes;
    private final FileGoVersion versions = new FileGoVersion(ModuleLocator.onDisk());

    DocumentAnalyzer(PackageIndexes indexes) {
        this.indexes = indexes;
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
            return new Analysis(document, List.of(), "");
        }
        Optional<Path> path = GoFiles.path(document.uri());
        ParseResult parse = GoParser.parse(document.text());
        if (superseded.getAsBoolean()) {
            return null;
        }
        PackageIndex index = PackageIndex.empty();
        if (path.isPresent() && path.get().getParent() != null) {
            indexes.updateOpen(path.get(), parse.file());
            index = indexes.forDirectory(path.get().getParent());
        }
        LanguageVersion version = languageVersion(path, document.text(), settings.goVersion());
        List<Finding> findings = findings(new FileContext(parse, index, version.version()), settings);
        return new Analysis(document, findings, version.describe());
    }

    /** A function from text to findings for fix-all, which re-analyses the text as it changes. */
    Function<String, List<Finding>> reanalyzer(OpenDocument document, Settings settings) {
        Optional<Path> path = GoFiles.path(document.uri());
        PackageIndex index = path.map(p -> p.getParent()).map(indexes::forDirectory).orElse(PackageIndex.empty());
        return text -> findings(new FileContext(GoParser.parse(text), index,
                languageVersion(path, text, settings.goVersion()).version()), settings);
    }

    private List<Finding> findings(FileContext context, Settings settings) {
        return Rules.analyze(context, settings.rules(), settings.analysisOptions()).stream()
                .map(f -> new Finding(f.rule(), f.message(), f.start(), f.end(),
                        settings.severityOf(f.rule(), f.severity()), f.related(), f.fixes()))
                .toList();
    }

    private LanguageVersion languageVersion(Optional<Path> path, String text, Optional<GoVersion> override) {
        // A buffer without a file has no go.mod: the build line or the setting decides, else newest.
        Path file = path.orElse(UNTITLED);
        return versions.of(file, text, override);
    }
}
