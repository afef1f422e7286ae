package io.captureguard.cli;

import java.nio.file.Path;

/**
 * Which parts of a tree a walk leaves out, as the go command does: {@code vendor/} (someone
 * else's code), {@code testdata/} (often deliberately broken), folders and files whose names start
 * with {@code .} or {@code _}, and generated files. Each can be asked for. Paths named on the
 * command line are never left out: naming them is asking for them.
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
