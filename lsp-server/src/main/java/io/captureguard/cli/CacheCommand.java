package io.captureguard.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code captureguard cache dir} prints where check keeps its answers, {@code captureguard cache
 * clean} empties it; both take {@code --cache-dir DIR} as check does.
 */
public final class CacheCommand {
    private CacheCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String action = null;
        Optional<Path> dir = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h") || arg.equals("--help")) {
                out.print(Help.CACHE);
                return CheckCommand.CLEAN;
            } else if (arg.equals("--cache-dir") && i + 1 < args.size()) {
                dir = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith("--cache-dir=")) {
                dir = Optional.of(Path.of(arg.substring("--cache-dir=".length())));
            } else if (action == null && (arg.equals("dir") || arg.equals("clean"))) {
                action = arg;
            } else {
                err.println("captureguard: cache: unexpected '" + arg + "'");
                err.print(Help.CACHE);
                return CheckCommand.USAGE;
            }
        }
        if (action == null) {
            err.print(Help.CACHE);
            return CheckCommand.USAGE;
        }
        Optional<Path> place = dir.or(ResultCache::defaultDir).map(Path::toAbsolutePath);
        if (place.isEmpty()) {
            err.println("captureguard: cache: no place for it (set XDG_CACHE_HOME or HOME, or give --cache-dir)");
            return CheckCommand.USAGE;
        }
        if (action.equals("dir")) {
            out.println(place.get());
            return CheckCommand.CLEAN;
        }
        try {
            int removed = ResultCache.clean(place.get());
            err.println("captureguard: cache: removed " + removed + (removed == 1 ? " entry" : " entries")
                    + " from " + place.get());
            return CheckCommand.CLEAN;
        } catch (IOException e) {
            err.println("captureguard: cache: cannot clean " + place.get() + ": " + SourceFiles.reason(e));
            return CheckCommand.USAGE;
        }
    }
}
