package io.captureguard.cli;

import io.captureguard.fixes.AnalysisOptions;
import io.captureguard.fixes.RuleId;
import io.captureguard.fixes.Rules;
import io.captureguard.parser.version.GoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of {@code captureguard check} (and {@code fix}), read once and then immutable.
 *
 * @param analysis  the engine's options; its rules are every rule minus {@code --ignore}, or
 *                  {@code --select}'s list minus {@code --ignore}; {@code suppression} stands for
 *                  the findings about suppression comments
 * @param jobs      how many directories are checked at once
 * @param cache     whether answers are kept between runs (off with {@code --no-cache}; never used
 *                  when fixing)
 * @param cacheDir  {@code --cache-dir}, else the default place ({@link ResultCache#defaultDir})
 */
public record CheckOptions(
        List<String> paths,
        OutputFormat format,
        boolean fix,
        boolean unsafeFixes,
        boolean diff,
        Optional<GoVersion> goVersion,
        boolean exitZero,
        SourceFilter filter,
        AnalysisOptions analysis,
        int jobs,
        boolean progress,
        boolean cache,
        Optional<Path> cacheDir,
        long cacheMaxBytes,
        boolean verbose) {

    /** Whether files are rewritten or diffed (so fixes are computed at all). */
    boolean fixing() {
        return fix || diff;
    }

    static CheckOptions parse(List<String> args, boolean fixCommand) throws UsageException {
        List<String> paths = new ArrayList<>();
        OutputFormat format = OutputFormat.TEXT;
        boolean fix = fixCommand;
        boolean unsafe = false;
        boolean diff = false;
        List<RuleId> select = null;
        List<RuleId> ignore = new ArrayList<>();
        Optional<GoVersion> goVersion = Optional.empty();
        boolean exitZero = false;
        boolean vendor = false;
        boolean testdata = false;
        boolean hidden = false;
        boolean generated = false;
        boolean nolint = true;
        boolean preferParameter = false;
        int jobs = Runtime.getRuntime().availableProcessors();
        boolean progress = true;
        boolean cache = true;
        Optional<Path> cacheDir = Optional.empty();
        long cacheMax = ResultCache.DEFAULT_MAX_BYTES;
        boolean verbose = false;
        boolean onlyPaths = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPaths || !arg.startsWith("-") || arg.equals("-")) {
                paths.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--" -> onlyPaths = true;
                case "--format", "-f" -> {
                    value = value != null ? value : valueOf(args, ++i, name);
                    format = OutputFormat.named(value);
                }
                case "--fix" -> fix = true;
                case "--unsafe-fixes" -> unsafe = true;
                case "--diff" -> diff = true;
                case "--select" -> select = ruleList(value != null ? value : valueOf(args, ++i, name), name);
                case "--ignore" -> ignore.addAll(ruleList(value != null ? value : valueOf(args, ++i, name), name));
                case "--go-version" -> {
                    String text = value != null ? value : valueOf(args, ++i, name);
                    goVersion = Optional.of(GoVersion.parse(text).orElseThrow(
                            () -> new UsageException("--go-version: '" + text + "' is not a Go version (like 1.21)")));
                }
                case "--exit-zero" -> exitZero = true;
                case "--include-vendor" -> vendor = true;
                case "--include-testdata" -> testdata = true;
                case "--include-hidden" -> hidden = true;
                case "--include-generated" -> generated = true;
                case "--no-nolint" -> nolint = false;
                case "--prefer-parameter-form" -> preferParameter = true;
                case "--jobs", "-j" -> jobs = positive(value != null ? value : valueOf(args, ++i, name), name);
                case "--no-progress" -> progress = false;
                case "--no-cache" -> cache = false;
                case "--cache-dir" -> {
                    String dir = value != null ? value : valueOf(args, ++i, name);
                    if (dir.isEmpty()) {
                        throw new UsageException("--cache-dir needs a folder");
                    }
                    cacheDir = Optional.of(Path.of(dir));
                }
                case "--cache-size" -> cacheMax = size(value != null ? value : valueOf(args, ++i, name), name);
                case "--verbose", "-v" -> verbose = true;
                default -> throw new UsageException("unknown flag '" + arg + "'");
            }
            if (value != null && !takesValue(name)) {
                throw new UsageException(name + " takes no value");
            }
        }
        if (unsafe && !fix && !diff) {
            throw new UsageException("--unsafe-fixes goes with --fix or --diff");
        }
        if (diff && fixCommand) {
            throw new UsageException("fix writes files; to see the changes instead, run check --diff");
        }
        if (diff) {
            fix = false; // --diff shows what --fix would write, and writes nothing
        }
        if (paths.isEmpty()) {
            paths.add(".");
        }
        Set<RuleId> selected = new LinkedHashSet<>(select == null ? Rules.ids(true) : select);
        ignore.forEach(selected::remove);
        if (selected.isEmpty()) {
            throw new UsageException("--select and --ignore leave no rule to run");
        }
        return new CheckOptions(List.copyOf(paths), format, fix, unsafe, diff, goVersion,
                exitZero, new SourceFilter(vendor, testdata, hidden, generated),
                new AnalysisOptions(selected, nolint, preferParameter, Map.of()), jobs, progress,
                cache, cacheDir, cacheMax, verbose);
    }

    private static boolean takesValue(String flag) {
        return switch (flag) {
            case "--format", "--select", "--ignore", "--go-version", "--jobs", "--cache-dir", "--cache-size" -> true;
            default -> false;
        };
    }

    private static String valueOf(List<String> args, int i, String flag) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(flag + " needs a value");
        }
        return args.get(i);
    }

    private static int positive(String text, String flag) throws UsageException {
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage error
        }
        throw new UsageException(flag + " needs a positive number, not '" + text + "'");
    }

    /** A size in bytes, or with a K, M or G suffix (powers of 1024). */
    static long size(String text, String flag) throws UsageException {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        long unit = 1;
        if (t.endsWith("K") || t.endsWith("M") || t.endsWith("G")) {
            unit = t.endsWith("K") ? 1L << 10 : t.endsWith("M") ? 1L << 20 : 1L << 30;
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t);
            if (n >= 0 && n <= Long.MAX_VALUE / unit) {
                return n * unit;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage error
        }
        throw new UsageException(flag + " needs a size like 256M, not '" + text + "'");
    }

    /** A comma-separated list of rule names, each checked against the registry. */
    private static List<RuleId> ruleList(String text, String flag) throws UsageException {
        List<RuleId> ids = new ArrayList<>();
        for (String part : text.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            ids.add(Rules.describe(name).orElseThrow(() -> new UsageException(
                    flag + ": unknown rule '" + name + "' (see captureguard rules)")).id());
        }
        return ids;
    }
}
