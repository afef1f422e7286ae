package io.captureguard.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as a real process: its stdout is the protocol only, and it never outlives its editor. */
class ServerProcessTest {

    @Test
    void servesOverStdioAndExitsZeroAfterShutdownAndExit(@TempDir Path dir) throws Exception {
        Process process = ServerProcess.start(dir.resolve("stderr.txt").toFile());
        try (WireClient wire = new WireClient(process)) {
            JsonObject result = Messages.handshake(wire, Messages.fullCapabilities(), null);
            assertEquals("captureguard", result.getAsJsonObject("serverInfo").get("name").getAsString());
            assertEquals(System.getProperty("captureguard.projectVersion"),
                    result.getAsJsonObject("serverInfo").get("version").getAsString());
            GoModule module = new GoModule(dir.resolve("m"), "1.21");
            module.write("main.go", GoModule.HAZARD);
            wire.notify("textDocument/didOpen", Messages.didOpen(module.uri("main.go"), 1, GoModule.HAZARD));
            assertEquals(1, Diagnostics.of(Diagnostics.published(wire, module.uri("main.go"), 1),
                    "loopvar-capture").size());
            wire.call("shutdown", null);
            wire.notify("exit", null);
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "exited");
            assertEquals(0, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void serveRefusesArgumentsItDoesNotKnow() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = LanguageServerCommand.run(new String[] {"--tcp"}, new java.io.PrintStream(err, true));
        assertEquals(2, status);
        assertTrue(err.toString().contains("unknown argument '--tcp'"), err.toString());
    }

    @Test
    void exitsWhenItsInputCloses(@TempDir Path dir) throws Exception {
        Process process = ServerProcess.start(dir.resolve("stderr.txt").toFile());
        try (WireClient wire = new WireClient(process)) {
            Messages.handshake(wire, Messages.fullCapabilities(), null);
            wire.closeInput();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "exited after stdin closed");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void exitsWhenTheEditorProcessDies(@TempDir Path dir) throws Exception {
        Process editor = new ProcessBuilder("sleep", "600").start();
        Process process = ServerProcess.start(dir.resolve("stderr.txt").toFile());
        try (WireClient wire = new WireClient(process)) {
            JsonObject params = Messages.initialize(Messages.fullCapabilities(), null);
            params.addProperty("processId", editor.pid());
            assertTrue(wire.call("initialize", params).has("result"));
            assertTrue(process.isAlive());
            editor.destroy();
            // stdin stays open: only the parent's death can end the server here
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "exited after its editor died");
        } finally {
            editor.destroyForcibly();
            process.destroyForcibly();
        }
    }

    @Test
    void nothingButProtocolReachesStdout(@TempDir Path dir) throws Exception {
        Process process = ServerProcess.start(dir.resolve("stderr.txt").toFile());
        try (WireClient wire = new WireClient(process)) {
            Messages.handshake(wire, Messages.fullCapabilities(), Messages.json("{\"debounceMs\": \"soon\"}"));
            wire.send("garbage that makes the server log to stderr");
            wire.call("shutdown", null);
            wire.notify("exit", null);
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
            // The client read every byte of stdout as framed JSON-RPC (it would have stopped otherwise):
            assertTrue(wire.all(m -> m.has("id")).size() >= 2, "both replies parsed");
            assertTrue(Files.size(dir.resolve("stderr.txt")) > 0, "logging went to stderr");
        } finally {
            process.destroyForcibly();
        }
    }
}
