package io.captureguard.parser.semantic;

import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A variable declared inside a function (parameters, results and receivers included), with every
 * identifier that uses it. Identity matters: two clauses of a type switch declare two variables
 * with the same declaring identifier.
 */
public final class LocalVariable {

    public enum Kind { RECEIVER, PARAMETER, RESULT, VARIABLE, TYPE_SWITCH }

    private final Expr.Ident name;
    private final Kind kind;
    private final Node function;
    private final Node declaration;
    private final Expr declaredType;
    private LoopHeader loop;
    private final List<Use> uses = new ArrayList<>();

    LocalVariable(Expr.Ident name, Kind kind, Node function, Node declaration, Expr declaredType) {
        this.name = name;
        this.kind = kind;
        this.function = function;
        this.declaration = declaration;
        this.declaredType = declaredType;
    }

    public Expr.Ident name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** The {@code FuncDecl} or {@code FuncLit} whose body (or signature) declares it. */
    public Node function() {
        return function;
    }

    /**
     * The node that declares it: the Assign of a {@code :=}, the ValueSpec of a {@code var}, the
     * Range or For of a loop header, the Field of a parameter, the TypeSwitch clause's guard.
     */
    public Node declaration() {
        return declaration;
    }

    /** The type written in its declaration ({@code var x T}, a parameter's type), or null. */
    public Expr declaredType() {
        return declaredType;
    }

    /** The loop whose header declares it, or null. */
    public LoopHeader loop() {
        return loop;
    }

    void declaredBy(LoopHeader header) {
        this.loop = header;
    }

    /** Every use, declaration first, in source order. */
    public List<Use> uses() {
        return Collections.unmodifiableList(uses);
    }

    void add(Use use) {
        uses.add(use);
    }

    void replace(int index, Use use) {
        uses.set(index, use);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + " " + name.name() + "@" + name.start();
    }
}
