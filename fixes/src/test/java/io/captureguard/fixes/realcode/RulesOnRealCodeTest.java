package io.captureguard.fixes.realcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import io.captureguard.fixes.toolchain.GoToolchain;
import org.junit.jupiter.api.io.TempDir;

/**
 * All rules over the standard library and the real-world corpus at Go 1.21 semantics: nothing
 * throws; every safe fix leaves a file that parses, is stable when applied again and removes
 * what it targeted; fixed packages still type-check under go vet; and every go vet -loopclosure
 * finding is one of ours. The findings are written to target/real-code/ for review.
 */
class RulesOnRealCodeTest {
    private static final Pattern VET_LOOPCLOSURE = Pattern.compile("^(\\S+\\.go):(\\d+):\\d+: loop variable .* captured by func literal$");

    @TempDir
    Path temp;

    private GoToolchain go;

    @Test
    void standardLibrary() throws Exception {
        go = GoToolchain.require();
        Path root = GoToolchain.sourceTree("captureguard.go.src", "/usr/lib/go-1.22/src");
        RealCodeRun run = RealCodeRun.over(root);
        report("stdlib", run);
        assertEquals(List.of(), run.problems);
        // The standard library is a go 1.22 module: go vet's loopclosure is silent there, so it
        // is compared on the corpus (GOPATH mode, pre-1.22 semantics) instead.
        vetFixedPackages("stdlib", run, List.of(), root);
    }

    @Test
    void realWorldCorpusAgreesWithGoVet() throws Exception {
        go = GoToolchain.require();
        Path src = GoToolchain.sourceTree("captureguard.go.corpus", "/opt/go-corpus/usr/share/gocode/src");
        RealCodeRun run = RealCodeRun.over(src);
        report("corpus", run);
        assertEquals(List.of(), run.problems);

        List<String> complete = completePackages(src);
        Set<String> ours = new TreeSet<>();
        run.findings.stream().filter(f -> f.endsWith(": loopvar-capture"))
                .forEach(f -> ours.add(f.substring(0, f.lastIndexOf(": "))));
        List<String> vetArgs = new ArrayList<>(List.of("vet", "-loopclosure"));
        vetArgs.addAll(complete);
        GoToolchain.Result vet = go.goInGopath(src, vetArgs);
        Set<String> vetFindings = new TreeSet<>();
        for (String line : vet.output().split("\n")) {
            Matcher m = VET_LOOPCLOSURE.matcher(line.trim());
            if (m.matches()) {
                vetFindings.add(relative(src, m.group(1)) + ":" + m.group(2));
            }
        }
        Set<String> missed = new TreeSet<>(vetFindings);
        missed.removeAll(ours);
        Files.writeString(reportDir().resolve("corpus-vet.txt"), "go vet -loopclosure over " + complete.size()
                + " packages that load offline: " + vetFindings.size() + " findings, missed by us: " + missed + "\n"
                + vet.output());
        assertEquals(Set.of(), missed, "go vet -loopclosure findings we do not report");
        vetFixedPackages("corpus", run, complete, src);
    }

    /** The packages whose fixed files are in place (by -overlay) still pass go vet's type check. */
    private void vetFixedPackages(String name, RealCodeRun run, List<String> allowed, Path root) throws Exception {
        Set<String> packages = new LinkedHashSet<>();
        StringBuilder overlay = new StringBuilder("{\"Replace\":{");
        int n = 0;
        for (Map.Entry<Path, String> e : run.fixedFiles.entrySet()) {
            String pkg = run.relative(e.getKey().getParent());
            if (!allowed.isEmpty() && !allowed.contains(pkg)) {
                continue;
            }
            Path fixed = temp.resolve("fixed-" + n++ + ".go");
            Files.writeString(fixed, e.getValue());
            overlay.append(n > 1 ? "," : "").append(json(e.getKey().toString())).append(':').append(json(fixed.toString()));
            packages.add(pkg);
        }
        overlay.append("}}");
        if (packages.isEmpty()) {
            return;
        }
        Path overlayFile = Files.writeString(temp.resolve("overlay.json"), overlay);
        List<String> args = new ArrayList<>(List.of("vet", "-overlay=" + overlayFile, "-loopclosure"));
        args.addAll(packages);
        GoToolchain.Result vet = go.goInGopath(root, args);
        List<String> typeErrors = new ArrayList<>();
        for (String line : vet.output().split("\n")) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("warning: GOPATH set to GOROOT")
                    && !VET_LOOPCLOSURE.matcher(line.trim()).matches()) {
                typeErrors.add(line);
            }
        }
        Files.writeString(reportDir().resolve(name + "-fixed-vet.txt"),
                "go vet over " + packages.size() + " fixed packages\n" + vet.output());
        assertEquals(List.of(), typeErrors, "go vet on packages after the safe fixes");
        assertTrue(vet.exit() == 0 || typeErrors.isEmpty());
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private List<String> completePackages(Path src) throws Exception {
        GoToolchain.Result list = go.goInGopath(src, List.of("list", "-e", "-test", "-f", "{{.ImportPath}} {{.Incomplete}}", "./..."));
        Set<String> all = new TreeSet<>();
        Set<String> incomplete = new TreeSet<>();
        for (String line : list.output().split("\n")) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String base = line.substring(0, space).split(" \\[")[0];
            if (base.endsWith(".test")) {
                continue;
            }
            base = base.endsWith("_test") ? base.substring(0, base.length() - 5) : base;
            all.add(base);
            if (line.substring(space + 1).equals("true")) {
                incomplete.add(base);
            }
        }
        all.removeAll(incomplete);
        return new ArrayList<>(all);
    }

    private static String relative(Path root, String path) {
        Path p = Paths.get(path);
        return p.isAbsolute() ? root.relativize(p).toString() : path.startsWith("./") ? path.substring(2) : path;
    }

    private static Path reportDir() throws IOException {
        return Files.createDirectories(Paths.get("target", "real-code"));
    }

    private static void report(String name, RealCodeRun run) throws IOException {
        StringBuilder text = new StringBuilder(run.files + " files; findings per rule: " + run.perRule + "; "
                + run.fixedFiles.size() + " files changed by safe fixes\n");
        run.findings.forEach(f -> text.append(f).append('\n'));
        run.problems.forEach(p -> text.append("PROBLEM ").append(p).append('\n'));
        Files.writeString(reportDir().resolve(name + ".txt"), text);
    }
}
