package io.captureguard.parser.version;

import static io.captureguard.parser.version.LanguageVersion.Origin.BUILD_LINE;
import static io.captureguard.parser.version.LanguageVersion.Origin.GO_MOD;
import static io.captureguard.parser.version.LanguageVersion.Origin.GO_MOD_DEFAULT;
import static io.captureguard.parser.version.LanguageVersion.Origin.NO_MODULE;
import static io.captureguard.parser.version.LanguageVersion.Origin.OVERRIDE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix of docs/product-spec.md#s5: which version a file gets, and why. */
class FileGoVersionTest {

    private static final String LOOP = """

            package worker

            func startAll(jobs []string) {
            	for _, j := range jobs {
            		go func() { run(j) }()
            	}
            }
            """;

    @TempDir
    Path root;

    private FileGoVersion versions;

    @BeforeEach
    void setUp() {
        versions = new FileGoVersion(new ModuleLocator(new SandboxGoModFiles(root)));
    }

    private void goMod(String text) throws IOException {
        Files.writeString(root.resolve("go.mod"), text);
    }

    private LanguageVersion versionOf(String source) {
        return versions.of(root.resolve("worker/worker.go"), source, Optional.empty());
    }

    private static GoVersion v(String text) {
        return GoVersion.parse(text).orElseThrow();
    }

    @Test
    void withoutBuildLineTheGoModGoLineDecides() throws IOException {
        goMod("module example.com/worker\n\ngo 1.21\n");

        LanguageVersion version = versionOf(LOOP);

        assertEquals(new LanguageVersion(v("1.21"), GO_MOD, Optional.of(root.resolve("go.mod"))), version);
        assertFalse(version.version().hasPerIterationLoopVars());
    }

    @Test
    void buildLineRaisesTheVersionAboveGoMod() throws IOException {
        goMod("module example.com/worker\n\ngo 1.21\n");

        LanguageVersion version = versionOf("//go:build go1.22\n" + LOOP);

        assertEquals(new LanguageVersion(v("1.22"), BUILD_LINE, Optional.empty()), version);
        assertTrue(version.version().hasPerIterationLoopVars());
    }

    @Test
    void buildLineLowersTheVersionBelowGoMod() throws IOException {
        goMod("module example.com/worker\n\ngo 1.22\n");

        LanguageVersion version = versionOf("//go:build go1.21\n" + LOOP);

        assertEquals(new LanguageVersion(v("1.21"), BUILD_LINE, Optional.empty()), version);
        assertFalse(version.version().hasPerIterationLoopVars());
    }

    @Test
    void orOfVersionsTakesTheLowerOne() throws IOException {
        goMod("module example.com/worker\n\ngo 1.20\n");

        assertEquals(new LanguageVersion(v("1.22"), BUILD_LINE, Optional.empty()),
                versionOf("//go:build go1.23 || go1.22\n" + LOOP));
    }

    @Test
    void orWithAPlainTagImpliesNoVersionSoGoModDecides() throws IOException {
        goMod("module example.com/worker\n\ngo 1.21\n");

        assertEquals(GO_MOD, versionOf("//go:build linux || go1.22\n" + LOOP).origin());
    }

    @Test
    void andOfATagAndAVersionTakesTheVersion() throws IOException {
        goMod("module example.com/worker\n\ngo 1.21\n");

        assertEquals(new LanguageVersion(v("1.22"), BUILD_LINE, Optional.empty()),
                versionOf("//go:build linux && go1.22\n" + LOOP));
    }

    @Test
    void negatedVersionImpliesNoVersionSoGoModDecides() throws IOException {
        goMod("module example.com/worker\n\ngo 1.22\n");

        LanguageVersion version = versionOf("//go:build !go1.21\n" + LOOP);

        assertEquals(new LanguageVersion(v("1.22"), GO_MOD, Optional.of(root.resolve("go.mod"))), version);
    }

    @Test
    void plusBuildLineIsIgnored() throws IOException {
        goMod("module example.com/worker\n\ngo 1.21\n");

        assertEquals(GO_MOD, versionOf("// +build go1.22\n" + LOOP).origin());
    }

    @Test
    void buildLineAfterThePackageClauseIsIgnored() throws IOException {
        goMod("module example.com/worker\n\ngo 1.21\n");

        assertEquals(GO_MOD, versionOf(LOOP + "\n//go:build go1.22\n").origin());
    }

    @Test
    void malformedBuildLineIsIgnoredSoGoModDecides() throws IOException {
        goMod("module example.com/worker\n\ngo 1.21\n");

        assertEquals(GO_MOD, versionOf("//go:build go1.22 &&\n" + LOOP).origin());
    }

    @Test
    void goModWithoutGoLineMeansGo116() throws IOException {
        goMod("module example.com/worker\n");

        LanguageVersion version = versionOf(LOOP);

        assertEquals(new LanguageVersion(GoVersion.GO_1_16, GO_MOD_DEFAULT, Optional.of(root.resolve("go.mod"))), version);
        assertFalse(version.version().hasPerIterationLoopVars());
    }

    @Test
    void noGoModAtAllMeansNewestSemantics() {
        LanguageVersion version = versionOf(LOOP);

        assertEquals(new LanguageVersion(GoVersion.NEWEST, NO_MODULE, Optional.empty()), version);
        assertTrue(version.version().hasPerIterationLoopVars());
    }

    @Test
    void buildLineDecidesEvenOutsideAnyModule() {
        assertEquals(new LanguageVersion(v("1.21"), BUILD_LINE, Optional.empty()),
                versionOf("//go:build go1.21\n" + LOOP));
    }

    @Test
    void overrideWinsOverBuildLineAndGoMod() throws IOException {
        goMod("module example.com/worker\n\ngo 1.21\n");

        LanguageVersion version = versions.of(root.resolve("worker/worker.go"),
                "//go:build go1.22\n" + LOOP, Optional.of(v("1.20")));

        assertEquals(new LanguageVersion(v("1.20"), OVERRIDE, Optional.empty()), version);
    }

    @Test
    void overrideWinsWithoutAnyModule() {
        LanguageVersion version = versions.of(root.resolve("x.go"), LOOP, Optional.of(v("1.21")));

        assertEquals(OVERRIDE, version.origin());
    }

    @Test
    void editingGoModChangesTheAnswerOnTheNextCall() throws IOException {
        goMod("module example.com/worker\n\ngo 1.21\n");
        assertEquals(v("1.21"), versionOf(LOOP).version());

        Files.delete(root.resolve("go.mod"));
        goMod("module example.com/worker\n\ngo 1.22.0\n\ntoolchain go1.22.4\n");

        assertEquals(v("1.22"), versionOf(LOOP).version());
    }

    @Test
    void decideWorksWithoutAnyFileForUnsavedBuffers() {
        assertEquals(new LanguageVersion(GoVersion.NEWEST, NO_MODULE, Optional.empty()),
                FileGoVersion.decide(Optional.empty(), Optional.empty(), Optional.empty()));
        LocatedGoMod module = new LocatedGoMod(Path.of("/src/go.mod"), GoMod.parse("module m\ngo 1.19\n"));
        assertEquals(new LanguageVersion(v("1.19"), GO_MOD, Optional.of(Path.of("/src/go.mod"))),
                FileGoVersion.decide(Optional.empty(), Optional.empty(), Optional.of(module)));
        assertEquals(BUILD_LINE,
                FileGoVersion.decide(Optional.empty(), Optional.of(v("1.22")), Optional.of(module)).origin());
    }

    @Test
    void describesTheVersionAndItsOriginForTheStatusBar() {
        Optional<Path> goMod = Optional.of(Path.of("/src/go.mod"));
        assertEquals("Go 1.21 (from go.mod)", new LanguageVersion(v("1.21"), GO_MOD, goMod).describe());
        assertEquals("Go 1.16 (go.mod has no go line)", new LanguageVersion(GoVersion.GO_1_16, GO_MOD_DEFAULT, goMod).describe());
        assertEquals("Go 1.22 (from //go:build)", new LanguageVersion(v("1.22"), BUILD_LINE, Optional.empty()).describe());
        assertEquals("Go 1.20 (from settings)", new LanguageVersion(v("1.20"), OVERRIDE, Optional.empty()).describe());
        assertEquals("Go 1.23 (no go.mod, newest semantics)",
                new LanguageVersion(GoVersion.NEWEST, NO_MODULE, Optional.empty()).describe());
    }

    @Test
    void aGoModPathGoesWithExactlyTheGoModOrigins() {
        assertThrows(IllegalArgumentException.class,
                () -> new LanguageVersion(v("1.21"), GO_MOD, Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new LanguageVersion(v("1.21"), BUILD_LINE, Optional.of(Path.of("/src/go.mod"))));
    }
}
