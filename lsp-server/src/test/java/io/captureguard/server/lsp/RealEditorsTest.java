package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real editors, headless, against the real server process: the scripts under {@code editors/}
 * open a Go file, wait for the diagnostic, apply the preferred code action, save and compare.
 * Skipped (with the reason) only when the editor is missing on a developer's machine; under
 * CI=true a missing editor fails, since {@code .ci/install-editors} must have installed it.
 */
class RealEditorsTest {
    private static final Path EDITORS = Path.of(System.getProperty("user.dir")).resolveSibling("editors");
    private static final long TIMEOUT_SECONDS = 120;

    @ParameterizedTest
    @ValueSource(strings = {"nvim", "emacs"})
    void theEditorAppliesThePreferredFixAndTheFileIsAsExpected(String editor, @TempDir Path dir) throws Exception {
        Path work = workspace(editor, dir);
        Result result = run(editor, work, "main.go", 60_000);
        assertEquals(0, result.exitCode, result.output);
        assertEquals(Files.readString(work.resolve("main.go.expected")), Files.readString(work.resolve("main.go")),
                result.output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nvim", "emacs"})
    void theScriptFailsWhenNoDiagnosticComes(String editor, @TempDir Path dir) throws Exception {
        Path work = workspace(editor, dir);
        Result result = run(editor, work, "clean.go", 4_000);
        assertNotEquals(0, result.exitCode, result.output);
        assertTrue(result.output.contains("no loopvar-capture diagnostic"), result.output);
    }

    private static Path workspace(String editor, Path dir) throws IOException {
        boolean present = Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(p -> Files.isExecutable(Path.of(p, editor)));
        if (!present) {
            if ("true".equals(System.getenv("CI"))) {
                fail(editor + " is not installed, and CI must run this test: .ci/install-editors installs it");
            }
            assumeTrue(false, editor + " is not installed here; run .ci/install-editors (as root) to run this test");
        }
        Path work = dir.resolve("work");
        Files.createDirectories(work);
        try (Stream<Path> files = Files.list(EDITORS.resolve("testdata"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, work.resolve(f.getFileName()));
            }
        }
        Path server = dir.resolve("captureguard-serve");
        Files.writeString(server, "#!/bin/sh\nexec '" + String.join("' '", ServerProcess.command("-XX:+UseSerialGC"))
                + "'\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(server, PosixFilePermissions.fromString("rwxr-xr-x"));
        return work;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String editor, Path work, String file, int waitMs) throws Exception {
        List<String> command = editor.equals("nvim")
                ? List.of("nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n",
                        "+luafile " + EDITORS.resolve("neovim/fix-preferred.lua"))
                : List.of("emacs", "--batch", "-Q", "-l", EDITORS.resolve("emacs/fix-preferred.el").toString());
        Path log = work.resolveSibling(editor + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("CG_SERVER", work.resolveSibling("captureguard-serve").toString());
        builder.environment().put("CG_FILE", work.resolve(file).toString());
        builder.environment().put("CG_EXPECTED", work.resolve("main.go.expected").toString());
        builder.environment().put("CG_WAIT_MS", Integer.toString(waitMs));
        builder.environment().put("HOME", work.getParent().toString()); // no user configuration, no writes to ~
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(editor + " still running after " + TIMEOUT_SECONDS + " s:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), editor + " said:\n" + Files.readString(log));
    }
}
