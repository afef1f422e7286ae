package io.captureguard.parser.version;

import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * The cheap fingerprint of a file: when it changes, the cached parse of that file is stale.
 * The size catches a rewrite within one tick of a coarse file-system clock.
 */
public record FileStamp(FileTime lastModified, long size) {
    public FileStamp {
        Objects.requireNonNull(lastModified);
    }
}
