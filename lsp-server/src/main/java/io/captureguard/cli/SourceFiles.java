package io.captureguard.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the paths of a command line (files, folders, {@code dir/...} patterns) into the Go files to
 * check. Folders are walked recursively; what the {@link SourceFilter} leaves out is skipped.
 */
final class SourceFiles {

    /** A file to check, by the path the user will read. */
    record Source(Path path) {
    }

    /** The files found, in a stable order, and what could not be read on the way (folders). */
    record Found(List<Source> files, List<FileResult> unreadable) {
    }

    private SourceFiles() {
    }

    /**
     * @throws UsageException when a path does not exist: a typo in a CI configuration must fail
     *                        the run rather than check less than was meant
     */
    static Found find(List<String> args, SourceFilter filter) throws UsageException {
        List<Path> roots = new ArrayList<>();
        for (String arg : args) {
            Path path = Paths.get(arg.equals("...") ? "." : arg.endsWith("/...") ? arg.substring(0, arg.length() - 4) : arg);
            if (!Files.exists(path)) {
                throw new UsageException("no such file or directory: " + arg);
            }
            roots.add(path);
        }
        Map<Path, Source> byRealPath = new LinkedHashMap<>();
        List<FileResult> problems = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                byRealPath.putIfAbsent(root.toAbsolutePath().normalize(), new Source(display(root)));
                continue;
            }
            List<Path> found = new ArrayList<>();
            walk(root, filter, found, problems);
            found.sort(null);
            for (Path file : found) {
                byRealPath.putIfAbsent(file.toAbsolutePath().normalize(), new Source(display(file)));
            }
        }
        return new Found(List.copyOf(byRealPath.values()), List.copyOf(problems));
    }

    /**
     * Symbolic links inside the tree are not followed (as the go command does not), but a root
     * that is one is: /usr/lib/go/src is a link on Debian. Files keep the path the user gave.
     */
    private static void walk(Path given, SourceFilter filter, List<Path> found, List<FileResult> problems) {
        Path root;
        try {
            root = given.toRealPath();
        } catch (IOException e) {
            problems.add(FileResult.unreadable(display(given), "cannot read: " + reason(e)));
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && filter.skipsDirectory(dir)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.toString().endsWith(".go") && !filter.skipsFile(file)) {
                        found.add(given.resolve(root.relativize(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(FileResult.unreadable(display(given.resolve(root.relativize(file))), "cannot read: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(FileResult.unreadable(display(given), "cannot read: " + reason(e)));
        }
    }

    /** {@code ./a/b.go} reads as {@code a/b.go}, as the Go tools print it. */
    static Path display(Path path) {
        Path normal = path.normalize();
        return normal.toString().isEmpty() ? Paths.get(".") : normal;
    }

    static String reason(IOException e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file or directory";
            default -> e.getMessage() == null ? name : e.getMessage();
        };
    }
}
