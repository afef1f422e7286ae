package io.captureguard.server;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The runnable jar's entry point. Today it reads Go (the parser is the first piece of the engine
 * that stands); {@code check}, {@code fix} and {@code serve} come with the rules and the server.
 */
public final class Main {
    static final String VERSION = "0.1.0-SNAPSHOT";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns its exit code: 0 clean, 1 problems found, 2 usage or input error. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(usage());
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "version":
            case "--version":
                out.println("captureguard " + VERSION);
                return 0;
            case "parse":
                return new ParseCommand(out, err).run(rest);
            default:
                err.println("captureguard: unknown command '" + args[0] + "'");
                err.print(usage());
                return 2;
        }
    }

    static String usage() {
        return """
                usage: captureguard <command> [arguments]

                commands:
                  parse [paths...]  read Go files (folders recursively, ./... too) and report syntax
                                    errors as path:line:col: message; exit 1 when there are any
                  version           print the version

                Finding and fixing capture hazards (check, fix, serve) is on its way.
                """;
    }
}
