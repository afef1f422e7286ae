package io.captureguard.parser.semantic;

import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.GoFile;
import io.captureguard.parser.ast.Stmt;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the names of one file mean: every identifier that names a local variable (parameters,
 * results and receivers included) bound to that variable, each variable with all its uses, and
 * every loop header with its variables. Built in one pass by {@link #build}.
 */
public final class SemanticModel {
    private final GoFile file;
    private final Map<Integer, LocalVariable> bindings;
    private final Set<Integer> localNonVariables;
    private final List<LocalVariable> variables;
    private final List<LoopHeader> loops;
    private final boolean complete;

    private final Map<Integer, String> selected;
    private PackageIndex.View pkg;
    private TypeInference types;

    SemanticModel(GoFile file, Map<Integer, LocalVariable> bindings, Set<Integer> localNonVariables,
                  Map<Integer, String> selected, List<LocalVariable> variables, List<LoopHeader> loops,
                  boolean complete) {
        this.selected = selected;
        this.file = file;
        this.bindings = bindings;
        this.localNonVariables = localNonVariables;
        this.variables = Collections.unmodifiableList(variables);
        this.loops = Collections.unmodifiableList(loops);
        this.complete = complete;
    }

    /** Resolves a file against the declarations of its package (its sibling files). */
    public static SemanticModel build(GoFile file, PackageIndex index) {
        PackageIndex.View pkg = index.view(file); // made once: it reads the file's own declarations
        SemanticModel model = new Resolver(pkg).resolve(file);
        model.pkg = pkg;
        model.markPointerReceiverCalls();
        return model;
    }

    /**
     * {@code v.M} where M has a pointer receiver and v is a variable of the named type itself:
     * Go takes {@code &v}. Needs v's type, so it runs once the bindings are known.
     */
    private void markPointerReceiverCalls() {
        if (selected.isEmpty()) {
            return;
        }
        TypeInference types = types();
        for (LocalVariable v : variables) {
            List<Use> uses = v.uses();
            for (int i = 0; i < uses.size(); i++) {
                Use use = uses.get(i);
                String method = selected.get(use.ident().start());
                if (method == null || use.access() != Access.READ) {
                    continue;
                }
                boolean pointerMethod = types.typeOf(v)
                        .filter(t -> t.expr() instanceof Expr.Ident)
                        .flatMap(t -> pkg.method(((Expr.Ident) t.expr()).name(), method))
                        .filter(m -> m.declaration().receiver().type() instanceof Expr.Star)
                        .isPresent();
                if (pointerMethod) {
                    v.replace(i, new Use(use.ident(), v, Access.POINTER_RECEIVER, use.literals()));
                }
            }
        }
    }

    /** Resolves a file on its own (no sibling files known). */
    public static SemanticModel build(GoFile file) {
        return build(file, PackageIndex.empty());
    }

    public GoFile file() {
        return file;
    }

    /** Light types of this file's variables, against the package the model was built with (made once). */
    public TypeInference types() {
        if (types == null) {
            types = new TypeInference(this, pkg);
        }
        return types;
    }

    /** The local variable an identifier names (its declaration included), if it names one. */
    public Optional<LocalVariable> variableOf(Expr.Ident ident) {
        // every binding is recorded together with a use at the same offset (Resolver.bind), so the
        // map alone answers: no scan of the variable's uses per identifier
        return variableAt(ident.start());
    }

    /** The local variable named by the identifier starting at {@code offset}, if any. */
    public Optional<LocalVariable> variableAt(int offset) {
        return Optional.ofNullable(bindings.get(offset));
    }

    /** True when the identifier at {@code offset} names a local constant or type (which shadow package names). */
    public boolean namesLocalNonVariable(int offset) {
        return localNonVariables.contains(offset);
    }

    /** Every local variable of the file, in the order of their declarations. */
    public List<LocalVariable> variables() {
        return variables;
    }

    /** Every for statement whose header declares or assigns variables, outer loops first. */
    public List<LoopHeader> loops() {
        return loops;
    }

    public Optional<LoopHeader> loopHeader(Stmt loop) {
        return loops.stream().filter(h -> h.loop() == loop).findFirst();
    }

    /** False when the file was too deeply nested to resolve entirely. */
    public boolean isComplete() {
        return complete;
    }
}
