package io.captureguard.fixes.realcode;

import io.captureguard.fixes.engine.Analyzer;
import io.captureguard.fixes.engine.Document;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.FixAll;
import io.captureguard.parser.GoParser;
import io.captureguard.parser.LineMap;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.GoVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * All rules over a tree of real Go at Go 1.21 semantics, with every safe fix applied: what was
 * found (as {@code path:line: rule}), which files changed, and anything that went wrong.
 */
final class RealCodeRun {
    private static final Analyzer ENGINE = Analyzer.withDefaults();
    final Path root;
    final List<String> findings = new ArrayList<>();
    final Map<String, Integer> perRule = new TreeMap<>();
    final Map<Path, String> fixedFiles = new HashMap<>();
    final List<String> problems = new ArrayList<>();
    int files;

    private RealCodeRun(Path root) {
        this.root = root;
    }

    static RealCodeRun over(Path root) throws IOException {
        RealCodeRun run = new RealCodeRun(root.toRealPath());
        Map<Path, PackageIndex> indexes = new HashMap<>();
        List<Path> goFiles;
        try (Stream<Path> walk = Files.walk(run.root)) {
            goFiles = walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p))
                    .filter(p -> !run.root.relativize(p).toString().contains("testdata"))
                    .sorted().collect(Collectors.toList());
        }
        for (Path file : goFiles) {
            run.files++;
            PackageIndex index = indexes.computeIfAbsent(file.getParent(), PackageIndex::ofDirectory);
            try {
                run.analyze(file, index);
            } catch (RuntimeException | StackOverflowError e) {
                run.problems.add(run.relative(file) + ": " + e);
            }
        }
        return run;
    }

    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private void analyze(Path file, PackageIndex index) {
        String source;
        try {
            source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParseResult parsed = GoParser.parse(source);
        if (parsed.hasErrors()) {
            return; // real files that do not parse are the parser tests' business
        }
        List<Finding> found = analyze(parsed, index);
        LineMap lines = new LineMap(source);
        for (Finding f : found) {
            findings.add(relative(file) + ":" + lines.line(f.start()) + ": " + f.rule());
            perRule.merge(f.rule().name(), 1, Integer::sum);
        }
        if (found.stream().anyMatch(f -> FixAll.chosen(f, false).isPresent())) {
            FixAll.Result fixed = FixAll.apply(source, text -> analyze(GoParser.parse(text), index), false);
            ParseResult reparsed = GoParser.parse(fixed.text());
            if (reparsed.hasErrors()) {
                problems.add(relative(file) + ": fixed text does not parse: " + reparsed.errors().get(0));
            } else if (FixAll.apply(fixed.text(), text -> analyze(GoParser.parse(text), index), false).applied() != 0) {
                problems.add(relative(file) + ": applying the safe fixes again changes the text");
            }
            if (analyze(reparsed, index).stream().anyMatch(f -> FixAll.chosen(f, false).isPresent())) {
                problems.add(relative(file) + ": safe fixes left findings they should have removed");
            }
            fixedFiles.put(file, fixed.text());
        }
    }

    private static List<Finding> analyze(ParseResult parsed, PackageIndex index) {
        return ENGINE.findings(Document.parsed(parsed, index, GoVersion.GO_1_21));
    }
}
