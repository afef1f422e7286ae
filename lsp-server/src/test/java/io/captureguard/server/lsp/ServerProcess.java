package io.captureguard.server.lsp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code captureguard serve} as its own process, from the classes this build just compiled
 * (the jar is only assembled after the tests), as an editor starts the jar.
 */
final class ServerProcess {
    private ServerProcess() {
    }

    static List<String> command(String... extraJvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(extraJvmOptions));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.captureguard.server.Main");
        command.add("serve");
        return command;
    }

    static Process start(File stderr) throws IOException {
        return new ProcessBuilder(command()).redirectError(stderr).start();
    }
}
