package io.captureguard.parser.corpus;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.semantic.LocalVariable;
import io.captureguard.parser.semantic.LoopHeader;
import io.captureguard.parser.semantic.PackageIndex;
import io.captureguard.parser.semantic.SemanticModel;
import io.captureguard.parser.semantic.TypeInference;
import io.captureguard.parser.semantic.Use;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares our semantic model with go/types through {@code goref bindings} and
 * {@code goref looptypes}. Files where go/types gave up on some names (type errors from missing
 * dependencies, cgo) are marked by goref; there only its positive facts are compared.
 */
final class SemanticAgreement {
    long goBindings;
    long agreeing;
    final List<String> missed = new ArrayList<>();
    final List<String> extra = new ArrayList<>();
    long loopVariables;
    long typed;
    final List<String> wrongTypes = new ArrayList<>();

    private final GoSourceTree tree;
    private final Map<Path, PackageIndex> indexes = new HashMap<>();
    private final Set<String> incomplete = new HashSet<>();

    private SemanticAgreement(GoSourceTree tree) {
        this.tree = tree;
    }

    static SemanticAgreement bindings(GoSourceTree tree) {
        SemanticAgreement result = new SemanticAgreement(tree);
        Map<String, Set<String>> reference = result.read(GoReference.run("bindings", tree.root().toString()));
        reference.forEach(result::compareBindings);
        return result;
    }

    static SemanticAgreement loopTypes(GoSourceTree tree) {
        SemanticAgreement result = new SemanticAgreement(tree);
        Map<String, Set<String>> reference = result.read(GoReference.run("looptypes", tree.root().toString()));
        reference.forEach(result::compareLoopTypes);
        return result;
    }

    /** goref lines by file: "offset rest"; "! file N" lines mark files go/types left incomplete. */
    private Map<String, Set<String>> read(List<String> lines) {
        Map<String, Set<String>> byFile = new TreeMap<>();
        for (String line : lines) {
            if (line.startsWith("! ")) {
                incomplete.add(line.split(" ")[1]);
                continue;
            }
            int space = line.indexOf(' ');
            byFile.computeIfAbsent(line.substring(0, space), k -> new HashSet<>()).add(line.substring(space + 1));
        }
        return byFile;
    }

    private SemanticModel model(String relative) {
        Path file = tree.resolve(relative);
        PackageIndex index = indexes.computeIfAbsent(file.getParent(), PackageIndex::ofDirectory);
        return SemanticModel.build(GoParser.parse(GoSourceTree.read(file)).file(), index);
    }

    private void compareBindings(String file, Set<String> reference) {
        SemanticModel model = model(file);
        Set<String> ours = new HashSet<>();
        for (LocalVariable v : model.variables()) {
            for (Use use : v.uses()) {
                ours.add(use.ident().start() + " " + v.name().start());
            }
        }
        for (String pair : reference) {
            goBindings++;
            if (ours.contains(pair)) {
                agreeing++;
            } else {
                missed.add(file + " " + pair);
            }
        }
        if (!incomplete.contains(file)) {
            for (String pair : ours) {
                if (!reference.contains(pair)) {
                    extra.add(file + " " + pair);
                }
            }
        }
    }

    private void compareLoopTypes(String file, Set<String> reference) {
        SemanticModel model = model(file);
        TypeInference types = new TypeInference(model, indexes.get(tree.resolve(file).getParent()));
        Map<Integer, LocalVariable> declared = new HashMap<>();
        for (LoopHeader loop : model.loops()) {
            if (loop.declares()) {
                loop.variables().forEach(v -> declared.put(v.name().start(), v));
            }
        }
        for (String entry : reference) {
            int space = entry.indexOf(' ');
            String goType = entry.substring(space + 1);
            if (goType.contains("invalid type")) {
                continue; // go/types has no answer either
            }
            loopVariables++;
            LocalVariable v = declared.get(Integer.parseInt(entry.substring(0, space)));
            Optional<String> ours = v == null ? Optional.empty() : types.typeText(v);
            if (ours.isPresent()) {
                typed++;
                if (!ours.get().equals(goType)) {
                    wrongTypes.add(file + " @" + entry.substring(0, space) + ": ours " + ours.get() + ", go/types " + goType);
                }
            }
        }
    }

    double agreementPercent() {
        return goBindings == 0 ? 0 : 100.0 * agreeing / goBindings;
    }

    double coveragePercent() {
        return loopVariables == 0 ? 0 : 100.0 * typed / loopVariables;
    }

    static String firstFew(List<String> items) {
        return items.size() + ", e.g.\n  " + String.join("\n  ", items.subList(0, Math.min(10, items.size())));
    }
}
