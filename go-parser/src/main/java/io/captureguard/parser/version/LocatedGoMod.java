package io.captureguard.parser.version;

import java.nio.file.Path;
import java.util.Objects;

/** A parsed {@code go.mod} together with where it lives, so the editor can name it. */
public record LocatedGoMod(Path path, GoMod goMod) {
    public LocatedGoMod {
        Objects.requireNonNull(path);
        Objects.requireNonNull(goMod);
    }
}
