package io.captureguard.parser.version;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The Go language version a file is compiled with, and where that answer came from, so the
 * editor can show "Go 1.21 (from go.mod)" and users can see why a rule fires or stays silent.
 *
 * @param goMod the {@code go.mod} that decided, present exactly for {@link Origin#GO_MOD} and
 *              {@link Origin#GO_MOD_DEFAULT}
 */
public record LanguageVersion(GoVersion version, Origin origin, Optional<Path> goMod) {

    /** Where a file's version comes from, strongest first. */
    public enum Origin {
        /** The user's settings, which win over everything. */
        OVERRIDE("from settings"),
        /** The minimum version implied by the file's {@code //go:build} line. */
        BUILD_LINE("from //go:build"),
        /** The {@code go} line of the nearest {@code go.mod}. */
        GO_MOD("from go.mod"),
        /** A {@code go.mod} without a (readable) {@code go} line, which means 1.16. */
        GO_MOD_DEFAULT("go.mod has no go line"),
        /** No {@code go.mod} above the file: the newest semantics are assumed. */
        NO_MODULE("no go.mod, newest semantics");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public LanguageVersion {
        Objects.requireNonNull(version);
        Objects.requireNonNull(origin);
        Objects.requireNonNull(goMod);
        boolean fromGoMod = origin == Origin.GO_MOD || origin == Origin.GO_MOD_DEFAULT;
        if (fromGoMod != goMod.isPresent()) {
            throw new IllegalArgumentException(origin + " with go.mod " + goMod);
        }
    }

    /** For the status bar: {@code Go 1.21 (from go.mod)}. */
    public String describe() {
        return "Go " + version + " (" + origin.label() + ")";
    }
}
