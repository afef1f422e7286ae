package io.captureguard.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code captureguard check [flags] [paths…]} and {@code captureguard fix}: finds the files, checks
 * them on all cores, then fixes, diffs or reports. The exit code says what happened, most serious
 * first: 3 a bug of ours, 2 a problem with the input (a bad flag, a missing path, an unreadable
 * file, a file that changed under us), 1 findings or syntax errors, 0 nothing to report.
 */
public final class CheckCommand {
    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final Progress progress;
    private final Consumer<Path> beforeAnalysis;

    public CheckCommand(PrintStream out, PrintStream err, boolean progressOnTerminal) {
        this(out, err, progressOnTerminal, file -> { });
    }

    /** @param beforeAnalysis runs before each file is analysed (tests make a file fail there as a bug would) */
    CheckCommand(PrintStream out, PrintStream err, boolean progressOnTerminal, Consumer<Path> beforeAnalysis) {
        this.out = out;
        this.err = err;
        this.progress = progressOnTerminal ? Progress.onTerminal(err) : Progress.none();
        this.beforeAnalysis = beforeAnalysis;
    }

    public int run(List<String> args, boolean fixCommand) {
        if (args.contains("-h") || args.contains("--help")) {
            out.print(fixCommand ? Help.FIX : Help.CHECK);
            return CLEAN;
        }
        CheckOptions options;
        SourceFiles.Found found;
        try {
            options = CheckOptions.parse(args, fixCommand);
            found = SourceFiles.find(options.paths(), options.filter());
        } catch (UsageException e) {
            err.println("captureguard: " + e.getMessage());
            err.println("run 'captureguard " + (fixCommand ? "fix" : "check") + " --help' for usage");
            return USAGE;
        }
        ResultCache cache = openCache(options);
        List<FileResult> results;
        try {
            results = new Checker(options, options.progress() ? progress : Progress.none(), cache, beforeAnalysis)
                    .check(found.files());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("captureguard: interrupted");
            return INTERNAL;
        }

        if (options.fix()) {
            results = writeBack(results);
        }
        results = new java.util.ArrayList<>(results);
        results.addAll(found.unreadable()); // folders the walk could not enter, reported like files
        int inputErrors = 0;
        int internalErrors = 0;
        int findings = 0;
        int syntaxErrors = 0;
        int checked = 0;
        int changedFiles = 0;
        int fixes = 0;
        for (FileResult r : results) {
            findings += r.findings().size();
            syntaxErrors += r.syntaxErrors().size();
            switch (r.outcome()) {
                case CHECKED -> checked++;
                case UNREADABLE, NOT_WRITTEN -> {
                    inputErrors++;
                    err.println("captureguard: " + r.path() + ": " + r.detail());
                }
                case INTERNAL_ERROR -> {
                    internalErrors++;
                    err.println("captureguard: internal error in " + r.path() + ": " + r.detail());
                }
                default -> {
                }
            }
            if (r.changed()) {
                changedFiles++;
                fixes += r.fixesApplied();
            }
        }

        if (options.diff()) {
            for (FileResult r : results) {
                if (r.changed()) {
                    String before = DecodedSource.decode(r.original()).text();
                    out.print(UnifiedDiff.of("a/" + r.path(), "b/" + r.path(), before, r.text()));
                }
            }
        } else {
            Report.of(options.format(), repositoryRoot()).write(results, out);
        }
        out.flush();

        StringBuilder summary = new StringBuilder("captureguard: checked ").append(checked).append(checked == 1 ? " file" : " files")
                .append(", ").append(findings).append(findings == 1 ? " finding" : " findings");
        if (syntaxErrors > 0) {
            summary.append(", ").append(syntaxErrors).append(syntaxErrors == 1 ? " syntax error" : " syntax errors");
        }
        if (options.fixing()) {
            summary.append(options.diff() ? ", " + fixes + " fixes to apply in " + changedFiles
                    : ", " + fixes + " fixes applied in " + changedFiles).append(changedFiles == 1 ? " file" : " files");
        }
        err.println(summary);
        if (cache != null) {
            cache.trimIfWritten();
        }
        if (options.verbose()) {
            err.println(cache == null ? "captureguard: cache: off"
                    : "captureguard: cache: " + cache.hits() + (cache.hits() == 1 ? " hit, " : " hits, ")
                    + cache.misses() + (cache.misses() == 1 ? " miss" : " misses") + " (" + cache.dir() + ")");
        }

        if (internalErrors > 0) {
            return INTERNAL;
        }
        if (inputErrors > 0) {
            return USAGE;
        }
        boolean somethingToReport = findings > 0 || syntaxErrors > 0 || (options.diff() && changedFiles > 0);
        return somethingToReport && !options.exitZero() ? FINDINGS : CLEAN;
    }

    /**
     * The result cache for a plain check, or null: with --no-cache, when fixing (a fix's answer
     * is a new text, not worth keeping), or when there is no build to key it by (class folders)
     * or no place for it.
     */
    private static ResultCache openCache(CheckOptions options) {
        if (!options.cache() || options.fixing()) {
            return null;
        }
        java.util.Optional<Path> dir = options.cacheDir().or(ResultCache::defaultDir);
        java.util.Optional<String> build = BuildId.ofRunningJar();
        if (dir.isEmpty() || build.isEmpty()) {
            return null;
        }
        return new ResultCache(dir.get().toAbsolutePath(), options.cacheMaxBytes(), build.get());
    }

    /**
     * Writes every fixed file; one that cannot be written is reported as such instead of with
     * findings that point into a text that never reached the disk.
     */
    private static List<FileResult> writeBack(List<FileResult> results) {
        List<FileResult> written = new java.util.ArrayList<>(results.size());
        for (FileResult r : results) {
            if (!r.changed()) {
                written.add(r);
                continue;
            }
            try {
                FileWriteBack.write(r.path(), r.original(), r.text());
                written.add(r);
            } catch (FileWriteBack.ChangedSinceRead e) {
                written.add(FileResult.notWritten(r.path(), "changed since it was read; not written (run again)"));
            } catch (IOException e) {
                written.add(FileResult.notWritten(r.path(), "cannot write: " + SourceFiles.reason(e)));
            }
        }
        return written;
    }

    /**
     * Where SARIF and GitHub paths start: the git work tree around the current directory (what
     * code scanning and annotations resolve against), else the current directory.
     */
    static Path repositoryRoot() {
        Path cwd = Paths.get("").toAbsolutePath();
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return cwd;
    }
}
