package io.captureguard.parser.corpus;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses every file of a tree once and compares it with go/parser through {@code goref}: our
 * syntax errors (there must be none) and our tree, node kind by node kind and span by span.
 */
final class TreeAgreement {
    int files;
    long chars;
    final List<String> withSyntaxErrors = new ArrayList<>();
    final List<String> treeMismatches = new ArrayList<>();

    static TreeAgreement check(GoSourceTree tree) {
        Map<String, String[]> reference = new HashMap<>();
        for (String line : GoReference.run("asthash", tree.root().toString())) {
            String[] parts = line.split(" ");
            reference.put(parts[0], parts);
        }
        TreeAgreement result = new TreeAgreement();
        for (Path file : tree.goFiles()) {
            String source = GoSourceTree.read(file);
            result.files++;
            result.chars += source.length();
            String name = tree.relative(file);
            ParseResult parsed = GoParser.parse(source);
            if (parsed.hasErrors()) {
                result.withSyntaxErrors.add(name + ": " + parsed.errors().get(0));
            }
            String[] ref = reference.get(name);
            List<String> ours = CanonicalNodes.of(parsed);
            if (ref == null || ref[1].equals("error")) {
                result.treeMismatches.add(name + ": go/parser has no tree for it");
            } else if (!CanonicalNodes.hash(ours).equals(ref[1])) {
                result.treeMismatches.add(name + ": " + ours.size() + " nodes here, " + ref[2] + " in go/ast"
                        + " (compare with: tools/goref astdump " + file + ")");
            }
        }
        return result;
    }

    static String firstFew(List<String> items) {
        return items.size() + " files, e.g.\n  " + String.join("\n  ", items.subList(0, Math.min(10, items.size())));
    }
}
