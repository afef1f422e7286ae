package io.captureguard.server.lsp;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ast.GoFile;
import io.captureguard.parser.semantic.PackageIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One package index per directory, built when a document of the directory is first analysed and
 * kept live afterwards: open documents contribute their current text, files on disk their saved
 * text. {@link PackageIndex} itself is thread-safe; this map is too.
 */
final class PackageIndexes {
    private final Map<Path, PackageIndex> byDirectory = new ConcurrentHashMap<>();

    PackageIndex forDirectory(Path directory) {
        return byDirectory.computeIfAbsent(directory, d -> {
            try {
                return PackageIndex.ofDirectory(d);
            } catch (UncheckedIOException e) {
                return new PackageIndex(); // a directory we cannot list: the file alone
            }
        });
    }

    /** An open document's current text, so that its siblings see unsaved declarations. */
    void updateOpen(Path file, GoFile parsed) {
        forDirectory(file.getParent()).update(file, parsed);
    }

    /** Re-reads a file from disk after it changed, appeared or vanished there. */
    void reload(Path file) {
        PackageIndex index = byDirectory.get(file.getParent());
        if (index == null) {
            return; // no open document in that package yet: read when one opens
        }
        try {
            if (Files.isRegularFile(file)) {
                index.update(file, GoParser.parse(Files.readString(file, StandardCharsets.UTF_8)).file());
            } else {
                index.remove(file);
            }
        } catch (IOException | UncheckedIOException e) {
            index.remove(file);
        }
    }
}
