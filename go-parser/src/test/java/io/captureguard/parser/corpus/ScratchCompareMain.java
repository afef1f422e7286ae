package io.captureguard.parser.corpus;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Development aid: compare our tree with go/ast hashes made by tools/goref asthash. */
public final class ScratchCompareMain {
    public static void main(String[] args) throws Exception {
        Path root = Paths.get(args[0]).toRealPath();
        List<String> ref = Files.readAllLines(Paths.get(args[1]));
        int bad = 0;
        for (String line : ref) {
            String[] parts = line.split(" ");
            ParseResult r = GoParser.parse(GoSourceTree.read(root.resolve(parts[0])));
            List<String> ours = CanonicalNodes.of(r);
            if (!CanonicalNodes.hash(ours).equals(parts[1])) {
                bad++;
                if (bad <= 15) {
                    System.out.println("MISMATCH " + parts[0] + " ours=" + ours.size() + " go=" + parts[2] + " errors=" + r.errors());
                }
            }
        }
        System.out.println(ref.size() + " files, " + bad + " mismatches");
    }
}
