package io.captureguard.server.lsp;

import io.captureguard.parser.version.LanguageVersion;

/**
 * The answer to {@code captureguard/fileInfo}, as it goes on the wire.
 *
 * @param goVersion   the language version, as go.mod writes it: {@code 1.21}
 * @param source      where it came from, for programs: {@code settings}, {@code buildLine},
 *                    {@code goMod}, {@code goModDefault} (a go.mod without a go line) or
 *                    {@code noModule} (no go.mod above the file: the newest semantics)
 * @param description the sentence the hover also uses: {@code Go 1.21 (from go.mod)}
 * @param goMod       the URI of the go.mod that decided, for {@code goMod} and
 *                    {@code goModDefault}; null (left out) otherwise
 */
public record FileInfo(String goVersion, String source, String description, String goMod) {

    static FileInfo of(LanguageVersion version) {
        // A switch without default: a new origin in go-parser must be named here before it compiles.
        String source = switch (version.origin()) {
            case OVERRIDE -> "settings";
            case BUILD_LINE -> "buildLine";
            case GO_MOD -> "goMod";
            case GO_MOD_DEFAULT -> "goModDefault";
            case NO_MODULE -> "noModule";
        };
        return new FileInfo(version.version().toString(), source, version.describe(),
                version.goMod().map(p -> p.toUri().toString()).orElse(null));
    }
}
