package io.captureguard.parser.corpus;

import io.captureguard.parser.syntax.AntlrParse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Development aid: parse a tree and print the files with syntax errors. */
public final class ScratchParseMain {
    public static void main(String[] args) {
        Path root = Paths.get(args[0]);
        List<Path> files = new GoSourceTree("x", root).goFiles();
        int bad = 0;
        long bytes = 0;
        long t0 = System.nanoTime();
        for (Path f : files) {
            String src = GoSourceTree.read(f);
            bytes += src.length();
            AntlrParse.Result r = AntlrParse.run(src);
            if (!r.errors().isEmpty()) {
                bad++;
                if (bad <= Integer.parseInt(args.length > 1 ? args[1] : "40")) {
                    System.out.println(f + ": " + r.errors().subList(0, Math.min(3, r.errors().size())));
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d files, %d bad, %.1f MB in %.1fs = %.1f MB/s%n", files.size(), bad, bytes / 1e6, secs, bytes / 1e6 / secs);
    }
}
