package io.captureguard.server;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ParseResult;
import io.captureguard.parser.SyntaxError;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code captureguard parse}: reads Go files with our parser and reports syntax errors the way the
 * Go tools do ({@code path:line:col: message}, columns in bytes), so editors' error parsers work.
 */
final class ParseCommand {
    private final PrintStream out;
    private final PrintStream err;

    ParseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        List<Path> files = new ArrayList<>();
        String[] paths = args.length == 0 ? new String[] {"."} : args;
        for (String arg : paths) {
            Path path = Paths.get(arg.endsWith("/...") ? arg.substring(0, arg.length() - 4) : arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    err.println("captureguard: cannot read " + path + ": " + e.getMessage());
                    return 2;
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                err.println("captureguard: no such file or directory: " + arg);
                return 2;
            }
        }
        int withErrors = 0;
        for (Path file : files) {
            String source;
            try {
                source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("captureguard: cannot read " + file + ": " + e.getMessage());
                return 2;
            }
            ParseResult result = GoParser.parse(source);
            if (result.hasErrors()) {
                withErrors++;
            }
            for (SyntaxError e : result.errors()) {
                out.println(file + ":" + e.line() + ":" + byteColumn(source, e) + ": " + e.message());
            }
        }
        err.println(files.size() + " files read, " + withErrors + " with syntax errors");
        return withErrors > 0 ? 1 : 0;
    }

    /** Go tools count columns in UTF-8 bytes; our offsets count UTF-16 units. */
    private static int byteColumn(String source, SyntaxError e) {
        int lineStart = e.offset() - (e.column() - 1);
        return source.substring(Math.max(0, lineStart), e.offset()).getBytes(StandardCharsets.UTF_8).length + 1;
    }
}
