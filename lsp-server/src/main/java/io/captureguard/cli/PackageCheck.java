package io.captureguard.cli;

import io.captureguard.fixes.FixAll;
import io.captureguard.fixes.GeneratedCode;
import io.captureguard.fixes.engine.Analyzer;
import io.captureguard.fixes.engine.Document;
import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.FileGoVersion;
import io.captureguard.parser.version.GoVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Checks the chosen files of one directory. Every {@code .go} file of the directory is parsed
 * once: the chosen ones to be checked, all of them for the package index that lets rules see
 * the types and functions their siblings declare.
 */
final class PackageCheck {
    private final CheckOptions options;
    private final FileGoVersion versions;
    private final Analyzer engine;
    /** Runs before each file's analysis: where tests make a file fail as a bug of ours would. */
    private final Consumer<Path> beforeAnalysis;

    PackageCheck(CheckOptions options, FileGoVersion versions, Consumer<Path> beforeAnalysis) {
        this.options = options;
        this.versions = versions;
        this.engine = new Analyzer(options.analysis());
        this.beforeAnalysis = beforeAnalysis;
    }

    List<FileResult> run(Path directory, List<SourceFiles.Source> chosen) {
        Map<Path, SourceFiles.Source> byFile = new HashMap<>();
        for (SourceFiles.Source s : chosen) {
            byFile.put(s.path().toAbsolutePath().normalize(), s);
        }
        PackageIndex index = PackageIndex.empty();
        Map<Path, Read> reads = new HashMap<>();
        for (Path sibling : siblings(directory, byFile.keySet())) {
            Read read = Read.of(sibling);
            reads.put(sibling, read);
            if (read.parse() != null) {
                index.update(sibling, read.parse().file());
            }
        }
        List<FileResult> results = new ArrayList<>();
        for (Map.Entry<Path, SourceFiles.Source> e : byFile.entrySet()) {
            results.add(check(e.getValue(), reads.get(e.getKey()), index));
        }
        return results;
    }

    private FileResult check(SourceFiles.Source source, Read read, PackageIndex index) {
        Path path = source.path();
        if (read.problem() != null) {
            return FileResult.unreadable(path, read.problem());
        }
        String text = read.text().text();
        if (!options.filter().generated() && GeneratedCode.isGenerated(text)) {
            return FileResult.generated(path);
        }
        if (read.parse().hasErrors()) {
            return FileResult.syntaxErrors(path, read.bytes(), text, read.parse().errors());
        }
        try {
            beforeAnalysis.accept(path);
            GoVersion version = versions.of(path, text, options.goVersion()).version();
            Document document = Document.parsed(read.parse(), index, version);
            if (!options.fixing()) {
                return FileResult.checked(path, read.bytes(), text, engine.findings(document), 0);
            }
            return fixed(path, read, document);
        } catch (RuntimeException | StackOverflowError e) {
            return FileResult.internalError(path, read.bytes(), text, e.toString());
        }
    }

    private FileResult fixed(Path path, Read read, Document document) {
        String text = read.text().text();
        boolean crlf = LineEndings.isCrlf(text);
        // Fixes are computed on LF text (their inserted lines end in \n) and written back with the file's endings.
        FixAll.Result result = engine.fixAll(crlf ? document.withText(LineEndings.toLf(text)) : document,
                options.unsafeFixes());
        if (result.applied() == 0) {
            return FileResult.checked(path, read.bytes(), text, crlf ? engine.findings(document) : result.findings(), 0);
        }
        String output = crlf ? LineEndings.toCrlf(result.text()) : result.text();
        ParseResult after = GoParser.parse(output);
        if (after.hasErrors()) {
            // Fixes must never break the code (docs/product-spec.md#f0); if one does, keep the file as it is.
            return FileResult.internalError(path, read.bytes(), text,
                    "a fix produced code that does not parse (" + after.errors().get(0) + "); file left unchanged");
        }
        if (!read.text().exact()) {
            return FileResult.notWritten(path,
                    "not valid UTF-8, so not fixed (writing it back would re-encode bytes no fix touches)");
        }
        return FileResult.checked(path, read.bytes(), output,
                crlf ? engine.findings(Document.parsed(after, document.pkg(), document.version())) : result.findings(),
                result.applied());
    }

    /** The directory's .go files (for the index), plus the chosen ones wherever their name. */
    private static List<Path> siblings(Path directory, Set<Path> chosen) {
        List<Path> all = new ArrayList<>(chosen);
        try (Stream<Path> list = Files.list(directory)) {
            list.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p))
                    .map(p -> p.toAbsolutePath().normalize())
                    .filter(p -> !chosen.contains(p))
                    .forEach(all::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            // Without a listing the chosen files are checked alone; reading each reports its own problem.
        }
        return all;
    }

    /** One file read and parsed, or why it could not be read. */
    private record Read(byte[] bytes, DecodedSource text, ParseResult parse, String problem) {
        static Read of(Path file) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                DecodedSource text = DecodedSource.decode(bytes);
                return new Read(bytes, text, GoParser.parse(text.text()), null);
            } catch (IOException e) {
                return new Read(null, null, null, "cannot read: " + SourceFiles.reason(e));
            } catch (OutOfMemoryError e) {
                return new Read(null, null, null, "too large to read");
            }
        }
    }
}
