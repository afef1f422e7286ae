package io.captureguard.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which build of the tool is running, for the result cache: the version string stays the same
 * across snapshots, so it cannot tell two builds apart. The id is a digest of the jar's table of
 * contents (every entry's name, size, CRC-32 and time), which a rebuild changes and which reads
 * in a few milliseconds where hashing the whole jar would not.
 */
final class BuildId {
    private BuildId() {
    }

    /** The running jar's id; empty when running from class folders, which have no build to name. */
    static Optional<String> ofRunningJar() {
        try {
            CodeSource source = BuildId.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(jar) ? Optional.of(of(jar)) : Optional.empty();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String of(Path jar) throws IOException {
        MessageDigest d = ResultCache.digest();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                d.update((e.getName() + "\0" + e.getSize() + "\0" + e.getCrc() + "\0" + e.getTime() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
