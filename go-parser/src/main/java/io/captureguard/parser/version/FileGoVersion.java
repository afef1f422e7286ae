package io.captureguard.parser.version;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides the Go language version of a file, which is what decides whether {@code :=} loop
 * variables are per-iteration (Go 1.22 and later) and so whether capturing them is a bug.
 *
 * <p>Strongest first: a settings override; the minimum version implied by the file's
 * {@code //go:build} line, whether above or below the module's; the {@code go} line of the
 * nearest {@code go.mod} (1.16 when it has none); and with no {@code go.mod} at all, the newest
 * semantics.
 *
 * <p>A build line's version is reported as written (docs/product-spec.md#s5). Compilers differ below 1.21:
 * Go 1.22 ignores a downgrade in a module older than 1.21, Go 1.23 and later use
 * max(build line, 1.21). Every one of them lands below 1.22 in those cases, so the loop-variable
 * question, the one the rules ask, gets the same answer.
 */
public final class FileGoVersion {

    private final ModuleLocator modules;

    public FileGoVersion(ModuleLocator modules) {
        this.modules = Objects.requireNonNull(modules);
    }

    /**
     * The version of a file, looking for its build line in {@code source} (the editor's current
     * text) and for its module on disk.
     *
     * @param override the version forced by settings, if any
     */
    public LanguageVersion of(Path file, CharSequence source, Optional<GoVersion> override) {
        if (override.isPresent()) {
            return decide(override, Optional.empty(), Optional.empty());
        }
        Optional<GoVersion> fromBuildLine = BuildLine.findIn(source).flatMap(BuildLine::minimumGoVersion);
        if (fromBuildLine.isPresent()) {
            return decide(Optional.empty(), fromBuildLine, Optional.empty());
        }
        return decide(Optional.empty(), Optional.empty(), modules.nearest(file));
    }

    /**
     * The decision itself, without any file access: usable for a buffer that has no path.
     *
     * @param override      the version forced by settings
     * @param fromBuildLine the minimum version the file's {@code //go:build} line implies
     * @param module        the file's nearest {@code go.mod}
     */
    public static LanguageVersion decide(
            Optional<GoVersion> override, Optional<GoVersion> fromBuildLine, Optional<LocatedGoMod> module) {
        if (override.isPresent()) {
            return new LanguageVersion(override.get(), LanguageVersion.Origin.OVERRIDE, Optional.empty());
        }
        if (fromBuildLine.isPresent()) {
            return new LanguageVersion(fromBuildLine.get(), LanguageVersion.Origin.BUILD_LINE, Optional.empty());
        }
        if (module.isEmpty()) {
            return new LanguageVersion(GoVersion.NEWEST, LanguageVersion.Origin.NO_MODULE, Optional.empty());
        }
        Optional<Path> where = Optional.of(module.get().path());
        return module.get().goMod().goVersion()
                .map(v -> new LanguageVersion(v, LanguageVersion.Origin.GO_MOD, where))
                .orElseGet(() -> new LanguageVersion(GoVersion.GO_1_16, LanguageVersion.Origin.GO_MOD_DEFAULT, where));
    }
}
