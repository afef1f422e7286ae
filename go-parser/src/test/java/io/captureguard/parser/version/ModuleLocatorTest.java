package io.captureguard.parser.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleLocatorTest {

    @TempDir
    Path root;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    // Sets the time explicitly: a rewrite within one file-system clock tick must not make tests flaky.
    private static void rewrite(Path file, String text, int secondsLater) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + secondsLater * 1000L));
    }

    @Test
    void findsGoModInTheFilesOwnDirectory() throws IOException {
        write(root.resolve("go.mod"), "module example.com/m\n\ngo 1.21\n");
        ModuleLocator locator = new ModuleLocator(new SandboxGoModFiles(root));

        LocatedGoMod found = locator.nearest(root.resolve("main.go")).orElseThrow();

        assertEquals(root.resolve("go.mod"), found.path());
        assertEquals(Optional.of(GoVersion.GO_1_21), found.goMod().goVersion());
    }

    @Test
    void walksUpToTheNearestEnclosingGoMod() throws IOException {
        write(root.resolve("go.mod"), "module example.com/m\n\ngo 1.21\n");
        ModuleLocator locator = new ModuleLocator(new SandboxGoModFiles(root));

        LocatedGoMod found = locator.nearest(root.resolve("internal/store/sql/db.go")).orElseThrow();

        assertEquals(root.resolve("go.mod"), found.path());
    }

    @Test
    void aNestedModuleWinsOverTheOuterOne() throws IOException {
        write(root.resolve("go.mod"), "module example.com/outer\n\ngo 1.21\n");
        write(root.resolve("tools/go.mod"), "module example.com/outer/tools\n\ngo 1.23\n");
        ModuleLocator locator = new ModuleLocator(new SandboxGoModFiles(root));

        assertEquals(Optional.of("example.com/outer/tools"),
                locator.nearest(root.resolve("tools/gen/main.go")).flatMap(m -> m.goMod().modulePath()));
        assertEquals(Optional.of("example.com/outer"),
                locator.nearest(root.resolve("cmd/main.go")).flatMap(m -> m.goMod().modulePath()));
    }

    @Test
    void aDirectoryNamedGoModIsNotAGoMod() throws IOException {
        write(root.resolve("go.mod"), "module example.com/m\n\ngo 1.20\n");
        Files.createDirectories(root.resolve("pkg/go.mod"));
        ModuleLocator locator = new ModuleLocator(new SandboxGoModFiles(root));

        assertEquals(root.resolve("go.mod"), locator.nearest(root.resolve("pkg/x.go")).orElseThrow().path());
    }

    @Test
    void noGoModAnywhereAboveIsEmpty() {
        ModuleLocator locator = new ModuleLocator(new SandboxGoModFiles(root));

        assertEquals(Optional.empty(), locator.nearest(root.resolve("scratch/main.go")));
    }

    @Test
    void anUnchangedGoModIsParsedOnlyOnceAcrossManyCalls() throws IOException {
        write(root.resolve("go.mod"), "module example.com/m\n\ngo 1.21\n");
        SandboxGoModFiles files = new SandboxGoModFiles(root);
        ModuleLocator locator = new ModuleLocator(files);

        for (int keystroke = 0; keystroke < 100; keystroke++) {
            locator.nearest(root.resolve("a/b/c.go"));
        }

        assertEquals(1, files.reads.get());
    }

    @Test
    void anEditedGoModIsReadAgain() throws IOException {
        Path goMod = root.resolve("go.mod");
        write(goMod, "module example.com/m\n\ngo 1.21\n");
        SandboxGoModFiles files = new SandboxGoModFiles(root);
        ModuleLocator locator = new ModuleLocator(files);
        assertEquals(Optional.of(GoVersion.GO_1_21), locator.nearest(root.resolve("x.go")).orElseThrow().goMod().goVersion());

        rewrite(goMod, "module example.com/m\n\ngo 1.22\n", 5);

        assertEquals(Optional.of(GoVersion.GO_1_22), locator.nearest(root.resolve("x.go")).orElseThrow().goMod().goVersion());
        assertEquals(2, files.reads.get());
    }

    @Test
    void aRewriteOfDifferentSizeIsNoticedEvenWithTheSameModificationTime() throws IOException {
        Path goMod = root.resolve("go.mod");
        write(goMod, "module example.com/m\n\ngo 1.21\n");
        ModuleLocator locator = new ModuleLocator(new SandboxGoModFiles(root));
        locator.nearest(root.resolve("x.go"));
        FileTime sameTime = Files.getLastModifiedTime(goMod);

        Files.writeString(goMod, "module example.com/m\n\ngo 1.22.0\n");
        Files.setLastModifiedTime(goMod, sameTime);

        assertEquals(Optional.of(GoVersion.GO_1_22), locator.nearest(root.resolve("x.go")).orElseThrow().goMod().goVersion());
    }

    @Test
    void aCreatedGoModTakesEffectAtOnce() throws IOException {
        write(root.resolve("go.mod"), "module example.com/outer\n\ngo 1.20\n");
        ModuleLocator locator = new ModuleLocator(new SandboxGoModFiles(root));
        Path file = root.resolve("sub/main.go");
        assertEquals(root.resolve("go.mod"), locator.nearest(file).orElseThrow().path());

        write(root.resolve("sub/go.mod"), "module example.com/sub\n\ngo 1.22\n");

        assertEquals(root.resolve("sub/go.mod"), locator.nearest(file).orElseThrow().path());
    }

    @Test
    void aDeletedGoModFallsBackToTheOuterModule() throws IOException {
        write(root.resolve("go.mod"), "module example.com/outer\n\ngo 1.20\n");
        write(root.resolve("sub/go.mod"), "module example.com/sub\n\ngo 1.22\n");
        ModuleLocator locator = new ModuleLocator(new SandboxGoModFiles(root));
        Path file = root.resolve("sub/main.go");
        assertEquals(root.resolve("sub/go.mod"), locator.nearest(file).orElseThrow().path());

        Files.delete(root.resolve("sub/go.mod"));

        assertEquals(root.resolve("go.mod"), locator.nearest(file).orElseThrow().path());
    }

    @Test
    void relativeAndDottedPathsAreResolved() throws IOException {
        write(root.resolve("go.mod"), "module example.com/m\n\ngo 1.21\n");
        ModuleLocator locator = new ModuleLocator(new SandboxGoModFiles(root));

        assertEquals(root.resolve("go.mod"),
                locator.nearest(root.resolve("a/../b/./c.go")).orElseThrow().path());
    }

    @Test
    void anUnreadableGoModIsAProblemNotAnException() {
        Path goMod = root.resolve("go.mod");
        GoModFiles failing = new GoModFiles() {
            @Override
            public Optional<FileStamp> stamp(Path path) {
                return path.equals(goMod) ? Optional.of(new FileStamp(FileTime.fromMillis(0), 10)) : Optional.empty();
            }

            @Override
            public String read(Path path) throws IOException {
                throw new IOException("Permission denied");
            }
        };

        GoMod mod = new ModuleLocator(failing).nearest(root.resolve("x.go")).orElseThrow().goMod();

        assertEquals(Optional.empty(), mod.goVersion());
        assertEquals(List.of(new GoMod.Problem(0, "cannot read go.mod: Permission denied")), mod.problems());
    }

    @Test
    void invalidUtf8InGoModStillParses() throws IOException {
        Path goMod = root.resolve("go.mod");
        byte[] bytes = "module example.com/m\n\u0000\n\ngo 1.21\n".getBytes(StandardCharsets.UTF_8);
        byte[] withGarbage = new byte[bytes.length + 2];
        withGarbage[0] = (byte) 0xC3;
        withGarbage[1] = (byte) 0x28; // an invalid UTF-8 sequence
        System.arraycopy(bytes, 0, withGarbage, 2, bytes.length);
        Files.write(goMod, withGarbage);

        GoMod mod = new ModuleLocator(new SandboxGoModFiles(root)).nearest(root.resolve("x.go")).orElseThrow().goMod();

        assertEquals(Optional.of(GoVersion.GO_1_21), mod.goVersion());
        assertTrue(!mod.problems().isEmpty());
    }
}
