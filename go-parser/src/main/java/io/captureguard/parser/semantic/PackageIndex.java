package io.captureguard.parser.semantic;

import io.captureguard.parser.GoParser;
import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Field;
import io.captureguard.parser.ast.GoFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The package-level declarations of every Go file of one directory, kept per file so that a
 * language server can update one file as it changes and let rules on an open file see its
 * siblings without reading them again. Thread-safe: updates replace a file's entry whole.
 */
public final class PackageIndex {

    /** A package-level var or const: its ValueSpec and which of its names it is. */
    public record PackageValue(Decl.ValueSpec spec, int index, Decl.Keyword keyword) {
        public Expr.Ident name() {
            return spec.names().get(index);
        }
    }

    /** A declaration with the import table of the file that declares it. */
    public record Located<T>(T declaration, ImportTable imports) {
    }

    /** What one file declares at package level: functions and methods without their bodies. */
    record FileDeclarations(String packageName, Map<String, Decl.TypeSpec> types,
                            Map<String, Decl.FuncDecl> functions, Map<String, List<Decl.FuncDecl>> methods,
                            Map<String, PackageValue> values, ImportTable imports) {

        static FileDeclarations of(GoFile file) {
            Map<String, Decl.TypeSpec> types = new HashMap<>();
            Map<String, Decl.FuncDecl> functions = new HashMap<>();
            Map<String, List<Decl.FuncDecl>> methods = new HashMap<>();
            Map<String, PackageValue> values = new HashMap<>();
            for (Decl decl : file.decls()) {
                if (decl instanceof Decl.FuncDecl full) {
                    // Lookups read signatures only; an index of a large package kept with its
                    // bodies held most of the language server's heap.
                    Decl.FuncDecl f = new Decl.FuncDecl(full.start(), full.end(), full.receiver(), full.name(),
                            full.type(), null);
                    if (f.receiver() == null) {
                        functions.put(f.name().name(), f);
                    } else {
                        receiverTypeName(f.receiver()).ifPresent(
                                t -> methods.computeIfAbsent(t, k -> new ArrayList<>()).add(f));
                    }
                } else if (decl instanceof Decl.GenDecl g) {
                    for (Decl.Spec spec : g.specs()) {
                        if (spec instanceof Decl.TypeSpec t) {
                            types.put(t.name().name(), t);
                        } else if (spec instanceof Decl.ValueSpec v) {
                            for (int i = 0; i < v.names().size(); i++) {
                                values.put(v.names().get(i).name(), new PackageValue(v, i, g.keyword()));
                            }
                        }
                    }
                }
            }
            String name = file.packageName() == null ? "" : file.packageName().name();
            return new FileDeclarations(name, types, functions, methods, values, ImportTable.of(file));
        }
    }

    private final Map<Path, FileDeclarations> files = new ConcurrentHashMap<>();
    /** Counts changes, so that a result computed against this index can tell whether it still holds. */
    private final AtomicLong generation = new AtomicLong();

    /** Reads and parses every .go file directly in {@code directory}. */
    public static PackageIndex ofDirectory(Path directory) {
        PackageIndex index = new PackageIndex();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : (Iterable<Path>) list.filter(p -> p.toString().endsWith(".go"))::iterator) {
                if (Files.isRegularFile(file)) {
                    String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    index.update(file, GoParser.parse(source).file());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    /** Records (or replaces) what {@code file} declares. */
    public void update(Path file, GoFile parsed) {
        files.put(file, FileDeclarations.of(parsed));
        generation.incrementAndGet();
    }

    public void remove(Path file) {
        files.remove(file);
        generation.incrementAndGet();
    }

    /** Changes with every {@link #update} and {@link #remove}: equal generations, equal contents. */
    public long generation() {
        return generation.get();
    }

    /** The declarations visible in package {@code packageName} (files of other packages in the directory left out). */
    public View view(String packageName) {
        return new View(packageName, null);
    }

    /**
     * The same, with {@code current}'s own declarations first: the file being analysed may be
     * newer than what the index holds for it (or not in the index at all).
     */
    public View view(GoFile current) {
        String name = current.packageName() == null ? "" : current.packageName().name();
        return new View(name, FileDeclarations.of(current));
    }

    /** An empty index: for a file on its own (an unsaved buffer, a test snippet). */
    public static PackageIndex empty() {
        return new PackageIndex();
    }

    /** Lookups among the files of one package. */
    public final class View {
        private final String packageName;
        private final FileDeclarations current;

        private View(String packageName, FileDeclarations current) {
            this.packageName = packageName;
            this.current = current;
        }

        public String packageName() {
            return packageName;
        }

        public Optional<Decl.TypeSpec> type(String name) {
            return find(d -> d.types().get(name)).map(Located::declaration);
        }

        public Optional<Located<Decl.TypeSpec>> locatedType(String name) {
            return find(d -> d.types().get(name));
        }

        public Optional<Located<Decl.FuncDecl>> function(String name) {
            return find(d -> d.functions().get(name));
        }

        public Optional<Located<PackageValue>> value(String name) {
            return find(d -> d.values().get(name));
        }

        /** A method declared on the named type, with the imports of its file. */
        public Optional<Located<Decl.FuncDecl>> method(String typeName, String methodName) {
            return find(d -> {
                for (Decl.FuncDecl f : d.methods().getOrDefault(typeName, List.of())) {
                    if (f.name().name().equals(methodName)) {
                        return f;
                    }
                }
                return null;
            });
        }

        /** Methods declared on the named type (value and pointer receivers). */
        public List<Decl.FuncDecl> methods(String typeName) {
            List<Decl.FuncDecl> out = new ArrayList<>();
            if (current != null) {
                out.addAll(current.methods().getOrDefault(typeName, List.of()));
            }
            for (FileDeclarations d : files.values()) {
                if (d.packageName().equals(packageName)) {
                    out.addAll(d.methods().getOrDefault(typeName, List.of()));
                }
            }
            return out;
        }

        private <T> Optional<Located<T>> find(java.util.function.Function<FileDeclarations, T> lookup) {
            T own = current == null ? null : lookup.apply(current);
            if (own != null) {
                return Optional.of(new Located<>(own, current.imports()));
            }
            for (FileDeclarations d : files.values()) {
                if (d.packageName().equals(packageName)) {
                    T found = lookup.apply(d);
                    if (found != null) {
                        return Optional.of(new Located<>(found, d.imports()));
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** The type name of a receiver: {@code T} for {@code (t T)}, {@code (t *T)}, {@code (t *T[K])}. */
    static Optional<String> receiverTypeName(Field receiver) {
        Expr type = receiver.type();
        while (true) {
            if (type instanceof Expr.Star s) {
                type = s.x();
            } else if (type instanceof Expr.Paren p) {
                type = p.x();
            } else if (type instanceof Expr.Index i) {
                type = i.x();
            } else {
                break;
            }
        }
        return type instanceof Expr.Ident id ? Optional.of(id.name()) : Optional.empty();
    }
}
