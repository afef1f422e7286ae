package io.captureguard.server.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Go module on disk for a test: a go.mod with a version and files beside it. */
final class GoModule {
    /** A goroutine-free hazard: before Go 1.22 every deferred closure prints the last i. */
    static final String HAZARD = """
            package main

            import "fmt"

            func main() {
            \tfor i := 0; i < 3; i++ {
            \t\tdefer func() { fmt.Println(i) }()
            \t}
            }
            """;
    /** Where {@code i} is read inside the literal in {@link #HAZARD}: line 6 (0-based), after "\t\tdefer func() { fmt.Println(". */
    static final int HAZARD_LINE = 6;
    static final int HAZARD_CHARACTER = "\t\tdefer func() { fmt.Println(".length();

    final Path dir;

    GoModule(Path dir, String goVersion) throws IOException {
        this.dir = dir;
        write("go.mod", "module example.com/m\n\ngo " + goVersion + "\n");
    }

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    String uri(String name) {
        return dir.resolve(name).toUri().toString();
    }
}
