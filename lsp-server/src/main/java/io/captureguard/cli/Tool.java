package io.captureguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Who we are, for {@code captureguard version}, the server's info and the metadata of reports. */
public final class Tool {
    public static final String NAME = "captureguard";
    /** The pom's version, which the build writes into tool.properties: written nowhere else. */
    public static final String VERSION = readVersion();
    public static final String URL = "https://github.com/captureguard/captureguard";

    private Tool() {
    }

    private static String readVersion() {
        try (InputStream in = Tool.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("tool.properties is missing from the jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isEmpty() || version.contains("${")) {
                throw new IllegalStateException("tool.properties was not filtered by the build: " + version);
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
