package io.captureguard.fixes.realcode;

import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.Finding;
import io.captureguard.fixes.rules.DeferInLoop;
import io.captureguard.fixes.engine.Analyzer;
import io.captureguard.fixes.engine.Document;
import io.captureguard.parser.GoParser;
import io.captureguard.parser.LineMap;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.version.GoVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Counts defer-in-loop findings over the standard library and the corpus at Go 1.21, as
 * RealCodeRun reads them, and writes them to target/real-code/defer-in-loop-*.tsv. Only this
 * rule runs, so it takes a minute rather than the full run's several: it is how the rule's
 * reach is measured before and after a change. Run with -Dcaptureguard.countDeferInLoop=true.
 */
@EnabledIfSystemProperty(named = "captureguard.countDeferInLoop", matches = "true")
class DeferInLoopCountRun {
    private static final Analyzer ENGINE = new Analyzer(AnalysisOptions.DEFAULTS.withRules(Set.of(DeferInLoop.ID)));

    @Test
    void count() throws Exception {
        count("stdlib", Paths.get("/usr/lib/go-1.22/src"));
        count("corpus", Paths.get("/opt/go-corpus/usr/share/gocode/src"));
    }

    private static void count(String name, Path tree) throws Exception {
        Path root = tree.toRealPath();
        List<Path> goFiles;
        try (Stream<Path> walk = Files.walk(root)) {
            goFiles = walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p))
                    .filter(p -> !root.relativize(p).toString().contains("testdata"))
                    .sorted().collect(Collectors.toList());
        }
        Map<Path, PackageIndex> indexes = new HashMap<>();
        List<String> rows = new ArrayList<>();
        for (Path file : goFiles) {
            String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            ParseResult parsed = GoParser.parse(source);
            if (parsed.hasErrors()) {
                continue;
            }
            PackageIndex index = indexes.computeIfAbsent(file.getParent(), PackageIndex::ofDirectory);
            LineMap lines = new LineMap(source);
            for (Finding f : ENGINE.findings(Document.parsed(parsed, index, GoVersion.GO_1_21))) {
                rows.add(root.relativize(file) + "\t" + lines.line(f.start()) + "\t" + f.message());
            }
        }
        Path out = Paths.get("target/real-code/defer-in-loop-" + name + ".tsv");
        Files.createDirectories(out.getParent());
        Files.write(out, rows);
        System.out.println("defer-in-loop " + name + ": " + rows.size() + " findings in " + goFiles.size() + " files");
    }
}
