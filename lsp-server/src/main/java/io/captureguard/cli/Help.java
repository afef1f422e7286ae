package io.captureguard.cli;

/** The help texts users read; docs/cli.md says the same at more length. */
public final class Help {
    private Help() {
    }

    public static final String MAIN = """
            usage: captureguard <command> [arguments]

            commands:
              check [flags] [paths...]  find closure-capture hazards in Go files, folders
                                        (recursively) and ./... patterns; exit 1 when found
              fix [flags] [paths...]    apply the safe fixes (same as check --fix)
              rules                     list the rules
              explain <rule>            print a rule's documentation
              cache dir|clean           print where check keeps its results, or empty it
              serve                     run the language server (editors start it)
              parse [paths...]          report syntax errors only
              version                   print the version

            Run 'captureguard check --help' for the flags.
            """;

    private static final String FLAGS = """
            output:
              -f, --format text|json|sarif|github
                                  text: path:line:col: message (rule), columns in bytes as the Go
                                  tools count them; json: docs/schema/findings-v1.json; sarif:
                                  SARIF 2.1.0 for code scanning; github: workflow annotations
              --exit-zero         exit 0 even when there are findings (errors still exit 2 or 3)
              --no-progress       no progress line on stderr (shown only on a terminal anyway)

            fixing:
              --fix               apply safe fixes in place, then report what is left
              --unsafe-fixes      with --fix or --diff: apply unsafe fixes too (check the result)
              --diff              print the fixes as a unified diff and write nothing

            rules:
              --select r1,r2      run only these rules ('suppression' names the findings about
                                  //captureguard:ignore comments)
              --ignore r1,r2      do not run these rules
              --go-version 1.21   check every file as this Go version (default: per file, from
                                  its //go:build line, else its go.mod, else the newest)
              --no-nolint         do not honour bare //nolint comments
              --prefer-parameter-form
                                  where a loop variable can be copied or passed as a parameter,
                                  prefer the parameter

            cache (check's results are kept per file in $XDG_CACHE_HOME/captureguard, else
            ~/.cache/captureguard, keyed by the file, its package's files, its Go version, the
            rules and options and the build of captureguard; never used with --fix or --diff):
              --no-cache          neither read nor write the cache
              --cache-dir DIR     keep it in DIR instead
              --cache-size SIZE   its bound (default 256M); past it, the least recently used
                                  entries go
              -v, --verbose       say on stderr how many files the cache answered

            files (by default, as the go command: vendor/, testdata/, names starting with . or _,
            and generated files are skipped; paths named on the command line never are):
              --include-vendor  --include-testdata  --include-hidden  --include-generated
              -j, --jobs N        folders checked at once (default: the number of cores)

            exit codes: 0 nothing found, 1 findings or syntax errors, 2 bad usage or input
            (missing path, unreadable file, file changed while fixing), 3 internal error
            """;

    public static final String CACHE = """
            usage: captureguard cache dir [--cache-dir DIR]     print where check keeps its results
                   captureguard cache clean [--cache-dir DIR]   empty it

            The place is $XDG_CACHE_HOME/captureguard, else ~/.cache/captureguard.
            """;

    public static final String CHECK = "usage: captureguard check [flags] [paths...]   (default path: .)\n\n" + FLAGS;

    public static final String FIX = "usage: captureguard fix [flags] [paths...]   (check --fix)\n\n" + FLAGS;
}
