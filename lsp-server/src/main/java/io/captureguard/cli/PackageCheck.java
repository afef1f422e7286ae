package io.captureguard.cli;

import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.FixAll;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.GeneratedCode;
import io.captureguard.fixes.engine.Analyzer;
import io.captureguard.fixes.engine.Document;
import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.FileGoVersion;
import io.captureguard.parser.version.GoVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Checks the chosen files of one directory. Every {@code .go} file of the directory is parsed
 * once: the chosen ones to be checked, all of them for the package index that lets rules see
 * the types and functions their siblings declare. With a {@link ResultCache}, the files are
 * first only read and hashed; when every chosen file's answer is cached, nothing is parsed.
 */
final class PackageCheck {
    private final CheckOptions options;
    private final FileGoVersion versions;
    private final Analyzer engine;
    /** Where answers are kept between runs, or null (--no-cache, fixing). */
    private final ResultCache cache;
    private final String optionsKey;
    /** Runs before each file's analysis: where tests make a file fail as a bug of ours would. */
    private final Consumer<Path> beforeAnalysis;

    PackageCheck(CheckOptions options, FileGoVersion versions, ResultCache cache, Consumer<Path> beforeAnalysis) {
        this.options = options;
        this.versions = versions;
        this.cache = cache;
        this.optionsKey = optionsKey(options);
        this.engine = new Analyzer(options.analysis());
        this.beforeAnalysis = beforeAnalysis;
    }

    List<FileResult> run(Path directory, List<SourceFiles.Source> chosen) {
        Map<Path, SourceFiles.Source> byFile = new HashMap<>();
        for (SourceFiles.Source s : chosen) {
            byFile.put(s.path().toAbsolutePath().normalize(), s);
        }
        Map<Path, Read> reads = new LinkedHashMap<>();
        for (Path sibling : siblings(directory, byFile.keySet())) {
            reads.put(sibling, Read.of(sibling));
        }
        boolean cached = cache != null && !options.fixing();
        byte[] packageDigest = cached ? packageDigest(reads) : null;
        List<FileResult> results = new ArrayList<>();
        Map<Path, String> toAnalyse = new LinkedHashMap<>();
        for (Map.Entry<Path, SourceFiles.Source> e : byFile.entrySet()) {
            Path path = e.getValue().path();
            Read read = reads.get(e.getKey());
            if (read.problem() != null) {
                results.add(FileResult.unreadable(path, read.problem()));
                continue;
            }
            String text = read.text().text();
            if (!options.filter().generated() && GeneratedCode.isGenerated(text)) {
                results.add(FileResult.generated(path));
                continue;
            }
            String key = null;
            if (cached) {
                String version = versions.of(path, text, options.goVersion()).version().toString();
                key = cache.keyOf(e.getKey().getFileName().toString(), read.digest(), packageDigest, version, optionsKey);
                Optional<ResultCache.Entry> hit = cache.get(key);
                if (hit.isPresent()) {
                    results.add(hit.get().syntaxErrors().isEmpty()
                            ? FileResult.checked(path, read.bytes(), text, hit.get().findings(), 0)
                            : FileResult.syntaxErrors(path, read.bytes(), text, hit.get().syntaxErrors()));
                    continue;
                }
            }
            toAnalyse.put(e.getKey(), key);
        }
        if (toAnalyse.isEmpty()) {
            return results; // every answer came from the cache: nothing parsed
        }
        PackageIndex index = PackageIndex.empty();
        for (Map.Entry<Path, Read> e : reads.entrySet()) {
            if (e.getValue().parse() != null) {
                index.update(e.getKey(), e.getValue().parse().file());
            }
        }
        for (Map.Entry<Path, String> e : toAnalyse.entrySet()) {
            FileResult result = check(byFile.get(e.getKey()), reads.get(e.getKey()), index);
            if (e.getValue() != null) {
                switch (result.outcome()) {
                    case CHECKED -> cache.put(e.getValue(), new ResultCache.Entry(result.findings(), List.of()));
                    case SYNTAX_ERRORS -> cache.put(e.getValue(), new ResultCache.Entry(List.of(), result.syntaxErrors()));
                    default -> {
                        // internal errors are not answers to keep
                    }
                }
            }
            results.add(result);
        }
        return results;
    }

    /**
     * What the package index is built from, without parsing: every file's name and digest, in
     * name order. A file that could not be read adds nothing to the index, and its problem here.
     */
    private static byte[] packageDigest(Map<Path, Read> reads) {
        List<Path> names = new ArrayList<>(reads.keySet());
        names.sort(Comparator.comparing(p -> p.getFileName().toString()));
        MessageDigest d = ResultCache.digest();
        for (Path p : names) {
            Read read = reads.get(p);
            d.update((p.getFileName() + "\0").getBytes(StandardCharsets.UTF_8));
            d.update(read.problem() != null ? read.problem().getBytes(StandardCharsets.UTF_8) : read.digest());
            d.update((byte) '\n');
        }
        return d.digest();
    }

    /** The options that change what a file's check reports, for the cache key. */
    private static String optionsKey(CheckOptions options) {
        AnalysisOptions a = options.analysis();
        StringBuilder key = new StringBuilder("rules=");
        a.rules().stream().map(RuleId::name).sorted().forEach(r -> key.append(r).append(','));
        key.append(";nolint=").append(a.respectNolint())
                .append(";parameterForm=").append(a.preferParameterForm())
                .append(";generated=").append(options.filter().generated())
                .append(";severities=");
        a.severities().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(s -> key.append(s.getKey().name()).append('=').append(s.getValue().name()).append(','));
        return key.toString();
    }

    private FileResult check(SourceFiles.Source source, Read read, PackageIndex index) {
        Path path = source.path();
        String text = read.text().text();
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

    /** One file read (parsed only when some file of the package is analysed), or why it could not be read. */
    private static final class Read {
        private final byte[] bytes;
        private final DecodedSource text;
        private final String problem;
        private ParseResult parse;
        private byte[] digest;

        private Read(byte[] bytes, DecodedSource text, String problem) {
            this.bytes = bytes;
            this.text = text;
            this.problem = problem;
        }

        static Read of(Path file) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                return new Read(bytes, DecodedSource.decode(bytes), null);
            } catch (IOException e) {
                return new Read(null, null, "cannot read: " + SourceFiles.reason(e));
            } catch (OutOfMemoryError e) {
                return new Read(null, null, "too large to read");
            }
        }

        byte[] bytes() {
            return bytes;
        }

        DecodedSource text() {
            return text;
        }

        String problem() {
            return problem;
        }

        /** The parse, or null for a file that could not be read. */
        ParseResult parse() {
            if (parse == null && problem == null) {
                parse = GoParser.parse(text.text());
            }
            return parse;
        }

        byte[] digest() {
            if (digest == null) {
                digest = ResultCache.sha256(bytes);
            }
            return digest;
        }
    }
}
