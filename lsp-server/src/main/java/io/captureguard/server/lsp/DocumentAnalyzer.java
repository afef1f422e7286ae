package io.captureguard.server.lsp;

import io.captureguard.fixes.GeneratedCode;
import io.captureguard.fixes.engine.AnalyzedText;
import io.captureguard.fixes.engine.Analyzer;
import io.captureguard.fixes.engine.Document;
import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.LanguageVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Runs the engine over one document snapshot: its package (sibling files) from
 * {@link PackageIndexes}, its Go version from go.mod and build lines (or the settings), the rules,
 * directives and severities from the settings. Plain engine types out; the protocol layer converts.
 */
final class DocumentAnalyzer {
    private final PackageIndexes indexes;
    private final DocumentGoVersion versions;
    /** The package of a buffer without a file: one instance, so that its analyses can build on each other. */
    private final PackageIndex noPackage = PackageIndex.empty();
    /** Each open document's last analysis, which the next one builds on. */
    private final Map<String, AnalyzedText> previous = new ConcurrentHashMap<>();
    /** The engine for the settings in effect; settings change rarely, keystrokes often. */
    private volatile Engine engine = new Engine(Settings.DEFAULTS, new Analyzer(Settings.DEFAULTS.analysisOptions()));

    private record Engine(Settings settings, Analyzer analyzer) {
    }

    /**
     * When a test sets it: how many analyses and fix-alls ran, per "analyze uri" and "fixAll uri".
     * Superseded or cancelled work shows only here, never on the wire.
     */
    static volatile Map<String, java.util.concurrent.atomic.AtomicInteger> work;

    private static void count(String what, String uri) {
        Map<String, java.util.concurrent.atomic.AtomicInteger> counts = work;
        if (counts != null) {
            counts.computeIfAbsent(what + " " + uri, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        }
    }

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
        count("analyze", document.uri());
        if (!settings.enable() || GeneratedCode.isGenerated(document.text())) {
            previous.remove(document.uri());
            return new Analysis(document, List.of(), "");
        }
        Optional<Path> path = GoFiles.path(document.uri());
        LanguageVersion version = versions.of(path, document.text(), settings.goVersion());
        Analyzer analyzer = engineFor(settings);
        Document input = Document.of(document.text(), packageOf(path), version.version());
        AnalyzedText last = previous.get(document.uri());
        // Most edits touch one function: the engine analyses that one and keeps the rest.
        Optional<AnalyzedText> reused = last == null ? Optional.empty() : analyzer.reanalyze(last, input);
        AnalyzedText analysed = reused.isPresent() ? reused.get() : analyseWhole(analyzer, input, path, superseded);
        if (analysed == null) {
            return null;
        }
        previous.put(document.uri(), analysed);
        return new Analysis(document, analysed.findings(), version.describe());
    }

    /** Forgets what the document's last analysis left for the next one (the document closed). */
    void forget(String uri) {
        previous.remove(uri);
    }

    /**
     * The document's text with every safe fix applied, the engine building each round on the one
     * before, starting from the document's last analysis.
     */
    String fixAll(Analysis analysis, Settings settings) {
        OpenDocument document = analysis.document();
        count("fixAll", document.uri());
        Optional<Path> path = GoFiles.path(document.uri());
        Document input = Document.of(document.text(), packageOf(path),
                versions.of(path, document.text(), settings.goVersion()).version());
        Analyzer analyzer = engineFor(settings);
        AnalyzedText last = previous.get(document.uri());
        return (last == null ? analyzer.fixAll(input, false) : analyzer.fixAll(input, last, false)).text();
    }

    private AnalyzedText analyseWhole(Analyzer analyzer, Document input, Optional<Path> path,
                                      BooleanSupplier superseded) {
        ParseResult parse = GoParser.parse(input.text());
        if (superseded.getAsBoolean()) {
            return null;
        }
        // The siblings' analyses must see this buffer's declarations, saved or not. The engine only
        // reads the index, so it is brought up to date here, before the engine reads it.
        path.filter(p -> p.getParent() != null).ifPresent(p -> indexes.updateOpen(p, parse.file()));
        return analyzer.analyze(Document.parsed(parse, input.pkg(), input.version()));
    }

    private PackageIndex packageOf(Optional<Path> path) {
        return path.map(Path::getParent).map(indexes::forDirectory).orElse(noPackage);
    }

    private Analyzer engineFor(Settings settings) {
        Engine current = engine;
        if (current.settings() != settings) {
            current = new Engine(settings, new Analyzer(settings.analysisOptions()));
            engine = current;
        }
        return current.analyzer();
    }
}
