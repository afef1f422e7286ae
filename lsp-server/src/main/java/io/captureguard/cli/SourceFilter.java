package io.captureguard.cli;

import java.nio.file.Path;

/**
 * What a run leaves out unless asked for. A walk skips, as the go command does, {@code vendor/}
 * (someone else's code), {@code testdata/} (often deliberately broken) and folders and files whose
 * names start with {@code .} or {@code _}; a path named on the command line is never skipped for
 * its name. Generated files are skipped wherever they come from, named or found: a pre-commit
 * hook names every staged file, and nobody fixes generated code by hand.
 */
public record SourceFilter(boolean vendor, boolean testdata, boolean hidden, boolean generated) {

    boolean skipsDirectory(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return (!vendor && name.equals("vendor"))
                || (!testdata && name.equals("testdata"))
                || (!hidden && isHidden(name));
    }

    boolean skipsFile(Path file) {
        return !hidden && isHidden(file.getFileName().toString());
    }

    private static boolean isHidden(String name) {
        return (name.startsWith(".") || name.startsWith("_")) && !name.equals(".") && !name.equals("..");
    }
}
