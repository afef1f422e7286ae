package io.captureguard.server.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** The file behind a document URI, when there is one ({@code untitled:} buffers have none). */
final class GoFiles {
    private GoFiles() {
    }

    static Optional<Path> path(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                return Optional.empty();
            }
            return Optional.of(Path.of(parsed).toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return Optional.empty(); // not a URI we can map to disk: analyse the text alone
        }
    }
}
