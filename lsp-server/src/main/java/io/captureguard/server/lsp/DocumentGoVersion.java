package io.captureguard.server.lsp;

import io.captureguard.parser.version.BuildLine;
import io.captureguard.parser.version.FileGoVersion;
import io.captureguard.parser.version.GoVersion;
import io.captureguard.parser.version.LanguageVersion;
import io.captureguard.parser.version.ModuleLocator;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Go version in effect for an open document, decided in one place for the analysis and for
 * {@code captureguard/fileInfo}: the settings' override, else the build line of the document's
 * current text, else the nearest go.mod. A buffer without a file belongs to no module.
 */
final class DocumentGoVersion {
    private final FileGoVersion versions = new FileGoVersion(ModuleLocator.onDisk());

    LanguageVersion of(Optional<Path> file, String text, Optional<GoVersion> override) {
        if (file.isPresent()) {
            return versions.of(file.get(), text, override);
        }
        return FileGoVersion.decide(override, BuildLine.findIn(text).flatMap(BuildLine::minimumGoVersion),
                Optional.empty());
    }
}
