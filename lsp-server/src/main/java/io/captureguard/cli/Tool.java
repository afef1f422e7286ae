package io.captureguard.cli;

/** Who we are, for {@code captureguard version} and the metadata of JSON and SARIF reports. */
public final class Tool {
    public static final String NAME = "captureguard";
    public static final String VERSION = "0.1.0-SNAPSHOT";
    public static final String URL = "https://github.com/captureguard/captureguard";

    private Tool() {
    }
}
