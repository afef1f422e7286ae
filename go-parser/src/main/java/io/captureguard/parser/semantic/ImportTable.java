package io.captureguard.parser.semantic;

import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.GoFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A file's imports: which package path each name stands for. Type text written in one file is
 * rewritten through these tables before it is printed in another ({@code bytes.Buffer} in a
 * sibling file is {@code b.Buffer} where the current file imports "bytes" as b).
 */
public final class ImportTable {
    private final Map<String, String> pathByName = new HashMap<>();
    private final Map<String, String> nameByPath = new HashMap<>();
    private boolean dotImport;

    public static ImportTable of(GoFile file) {
        ImportTable table = new ImportTable();
        for (Decl.ImportSpec spec : file.imports()) {
            if (spec.path() == null || spec.path().value().length() < 2) {
                continue;
            }
            String path = spec.path().value().substring(1, spec.path().value().length() - 1);
            String name = spec.name() != null ? spec.name().name() : lastElement(path);
            if (name.equals(".")) {
                table.dotImport = true;
                continue;
            }
            if (name.equals("_")) {
                continue;
            }
            table.pathByName.put(name, path);
            table.nameByPath.putIfAbsent(path, name);
        }
        return table;
    }

    /**
     * The package path a qualifier names in this file. Without an explicit name the qualifier is
     * the imported package's own name, which is the last element of its path for every package
     * that follows the convention; when it does not, the lookup fails and the type stays unknown.
     */
    public Optional<String> pathOf(String qualifier) {
        return Optional.ofNullable(pathByName.get(qualifier));
    }

    /** True when the file imports a package with {@code import . "path"}: bare names may be its. */
    public boolean hasDotImport() {
        return dotImport;
    }

    /** The name under which this file refers to the package at {@code path}. */
    public Optional<String> nameOf(String path) {
        return Optional.ofNullable(nameByPath.get(path));
    }

    private static String lastElement(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
