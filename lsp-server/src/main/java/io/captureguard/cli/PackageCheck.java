package io.captureguard.cli;

import io.captureguard.fixes.FileContext;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.FixAll;
import io.captureguard.fixes.GeneratedCode;
import io.captureguard.fixes.Rules;
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
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Checks the chosen files of one directory. Every {@code .go} file of the directory is parsed
 * once: the chosen ones to be checked, all of them for the package index that lets rules see
 * the types and functions their siblings declare.
 */
final class PackageCheck {
    /**
     * Makes the file of this name fail as a bug of ours would, so that the end-to-end tests can
     * see a real process report an internal error (exit code 3) and go on with the other files.
     */
    private static final String INJECTED_FAULT = System.getProperty("captureguard.faultInjection");

    private final CheckOptions options;
    private final FileGoVersion versions;

    PackageCheck(CheckOptions options, FileGoVersion versions) {
        this.options = options;
        this.versions = versions;
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
            if (path.getFileName().toString().equals(INJECTED_FAULT)) {
                throw new IllegalStateException("injected fault");
            }
            GoVersion version = versions.of(path, text, options.goVersion()).version();
            if (!options.fixing()) {
                return FileResult.checked(path, read.bytes(), text,
                        analyze(new FileContext(read.parse(), index, version)), 0);
            }
            return fixed(path, read, index, version);
        } catch (RuntimeException | StackOverflowError e) {
            return FileResult.internalError(path, read.bytes(), text, e.toString());
        }
    }

    private FileResult fixed(Path path, Read read, PackageIndex index, GoVersion version) {
        String text = read.text().text();
        // Each text is analysed once: the file's own (parsed already) serves fix-all's first round and
        // the report when nothing was fixed; fix-all's last round serves the report of the fixed text.
        Map<String, List<Finding>> analysed = new HashMap<>();
        Function<String, List<Finding>> findings = t -> analysed.computeIfAbsent(t, k ->
                analyze(new FileContext(k.equals(text) ? read.parse() : GoParser.parse(k), index, version)));
        boolean crlf = LineEndings.isCrlf(text);
        String input = crlf ? LineEndings.toLf(text) : text;
        FixAll.Result result = FixAll.apply(input, findings, options.unsafeFixes());
        if (result.applied() == 0) {
            return FileResult.checked(path, read.bytes(), text, findings.apply(text), 0);
        }
        String output = crlf ? LineEndings.toCrlf(result.text()) : result.text();
        ParseResult after = GoParser.parse(output);
        if (after.hasErrors()) {
            // The spec promises fixes never break the code; if one does, keep the file as it is.
            return FileResult.internalError(path, read.bytes(), text,
                    "a fix produced code that does not parse (" + after.errors().get(0) + "); file left unchanged");
        }
        if (!read.text().exact()) {
            return FileResult.notWritten(path,
                    "not valid UTF-8, so not fixed (writing it back would re-encode bytes no fix touches)");
        }
        return FileResult.checked(path, read.bytes(), output,
                analysed.computeIfAbsent(output, k -> analyze(new FileContext(after, index, version))),
                result.applied());
    }

    private List<Finding> analyze(FileContext context) {
        return Rules.analyze(context, options.rules(), options.analysis()).stream()
                .filter(f -> options.selected().contains(f.rule()))
                .toList();
    }

    /** The directory's .go files (for the index), plus the chosen ones wherever their name. */
    private static List<Path> siblings(Path directory, java.util.Set<Path> chosen) {
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
