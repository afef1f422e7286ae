package io.captureguard.parser.semantic;

import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Field;
import io.captureguard.parser.ast.GoFile;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Operator;
import io.captureguard.parser.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a file once, following the Go spec's block structure, and binds every identifier that
 * names a local variable to its declaration. Names not declared in a function are package-level,
 * imported or predeclared: never local variables, so they need no package scope here.
 *
 * <p>Go's scoping details honoured: a variable's scope starts after its ValueSpec or short
 * variable declaration (so {@code x := x} reads the outer x); {@code :=} reuses names already
 * declared in the same block; parameters and a function body's top level share one block; each
 * type-switch clause declares its own variable; local constants and types shadow variables;
 * struct-literal keys and selectors name fields, not variables.
 */
final class Resolver {
    /** What a name declared inside a function stands for when it is not a variable. */
    private record LocalType(Decl.TypeSpec spec) {
    }

    private static final Object OTHER = new Object(); // local const, type parameter

    private static final class Scope {
        final Scope parent;
        final Map<String, Object> names = new HashMap<>(8);

        Scope(Scope parent) {
            this.parent = parent;
        }
    }

    private final PackageIndex.View pkg;
    private final Map<Integer, LocalVariable> bindings = new HashMap<>();
    private final java.util.Set<Integer> localNonVariables = new java.util.HashSet<>();
    private final Map<Integer, String> selected = new HashMap<>(); // v.name: v's offset -> name
    private final List<LocalVariable> variables = new ArrayList<>();
    private final List<LoopHeader> loops = new ArrayList<>();
    private final Deque<Node> functions = new ArrayDeque<>();
    private final Deque<Expr.FuncLit> literals = new ArrayDeque<>();
    private Scope scope;

    Resolver(PackageIndex.View pkg) {
        this.pkg = pkg;
    }

    SemanticModel resolve(GoFile file) {
        boolean complete = true;
        try {
            for (Decl decl : file.decls()) {
                if (decl instanceof Decl.FuncDecl f) {
                    function(f);
                } else if (decl instanceof Decl.GenDecl g && g.keyword() != Decl.Keyword.IMPORT) {
                    packageLevel(g);
                }
            }
        } catch (StackOverflowError e) {
            complete = false; // absurdly deep expressions: keep what was bound
        }
        return new SemanticModel(file, bindings, localNonVariables, selected, variables, loops, complete);
    }

    // ------------------------------------------------------------------ functions and scopes

    private void packageLevel(Decl.GenDecl decl) {
        scope = null;
        for (Decl.Spec spec : decl.specs()) {
            if (spec instanceof Decl.ValueSpec v) {
                type(v.type());
                v.values().forEach(this::read); // func literals in initializers have locals
            } else if (spec instanceof Decl.TypeSpec t) {
                type(t.type());
            }
        }
    }

    private void function(Decl.FuncDecl f) {
        scope = new Scope(null);
        functions.push(f);
        declareOthers(f.type().typeParams());
        if (f.body() == null) { // implemented elsewhere (assembly, linkname): nothing uses its names
            signatureTypes(f.type());
            functions.pop();
            scope = null;
            return;
        }
        if (f.receiver() != null) {
            typeParametersOfReceiver(f.receiver().type());
            declareFields(List.of(f.receiver()), LocalVariable.Kind.RECEIVER, f);
        }
        signature(f.type(), f);
        statements(f.body().statements());
        functions.pop();
        scope = null;
    }

    /** {@code func (l *List[T]) Len()}: T is a type parameter in the method. */
    private void typeParametersOfReceiver(Expr type) {
        Expr t = type;
        while (t instanceof Expr.Star s) {
            t = s.x();
        }
        if (t instanceof Expr.Index i) {
            for (Expr param : i.indices()) {
                if (param instanceof Expr.Ident id && !id.isBlank()) {
                    scope.names.put(id.name(), OTHER);
                }
            }
        }
    }

    private void signatureTypes(Expr.FuncType type) {
        for (Field f : type.params()) {
            type(f.type());
        }
        for (Field f : type.results()) {
            type(f.type());
        }
    }

    private void signature(Expr.FuncType type, Node owner) {
        signatureTypes(type);
        declareFields(type.params(), LocalVariable.Kind.PARAMETER, owner);
        declareFields(type.results(), LocalVariable.Kind.RESULT, owner);
    }

    private void declareFields(List<Field> fields, LocalVariable.Kind kind, Node owner) {
        for (Field field : fields) {
            for (Expr.Ident name : field.names()) {
                declare(name, kind, field, field.type());
            }
        }
    }

    private void declareOthers(List<Field> typeParams) {
        for (Field f : typeParams) {
            for (Expr.Ident name : f.names()) {
                scope.names.put(name.name(), OTHER);
            }
        }
    }

    private void functionLiteral(Expr.FuncLit lit) {
        Scope outer = scope;
        scope = new Scope(outer);
        functions.push(lit);
        literals.addLast(lit);
        signature(lit.type(), lit);
        statements(lit.body().statements());
        literals.removeLast();
        functions.pop();
        scope = outer;
    }

    private void open() {
        scope = new Scope(scope);
    }

    private void close() {
        scope = scope.parent;
    }

    private LocalVariable declare(Expr.Ident name, LocalVariable.Kind kind, Node declaration, Expr declaredType) {
        if (name.isBlank()) {
            return null;
        }
        LocalVariable v = new LocalVariable(name, kind, functions.peek(), declaration, declaredType);
        variables.add(v);
        scope.names.put(name.name(), v);
        bind(name, v, Access.DECLARATION);
        return v;
    }

    private void bind(Expr.Ident ident, LocalVariable v, Access access) {
        bindings.put(ident.start(), v);
        v.add(new Use(ident, v, access, literalsSince(v)));
    }

    /** The function literals entered since the variable's function, outermost first. */
    private List<Expr.FuncLit> literalsSince(LocalVariable v) {
        if (literals.isEmpty()) {
            return List.of();
        }
        List<Expr.FuncLit> out = new ArrayList<>(2);
        boolean inside = !(v.function() instanceof Expr.FuncLit);
        for (Expr.FuncLit lit : literals) {
            if (inside) {
                out.add(lit);
            } else if (lit == v.function()) {
                inside = true;
            }
        }
        return out;
    }

    private Object lookup(String name) {
        for (Scope s = scope; s != null; s = s.parent) {
            Object found = s.names.get(name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ statements

    private void statements(List<Stmt> list) {
        for (Stmt s : list) {
            statement(s);
        }
    }

    private void block(Stmt.Block block) {
        if (block == null) {
            return;
        }
        open();
        statements(block.statements());
        close();
    }

    private void statement(Stmt s) {
        if (s == null) {
            return;
        }
        if (s instanceof Stmt.ExprStmt e) {
            read(e.x());
        } else if (s instanceof Stmt.Assign a) {
            assign(a);
        } else if (s instanceof Stmt.IncDec i) {
            target(i.x(), Access.READ_WRITE);
        } else if (s instanceof Stmt.Block b) {
            block(b);
        } else if (s instanceof Stmt.If i) {
            open();
            statement(i.init());
            read(i.condition());
            block(i.body());
            statement(i.elseBranch());
            close();
        } else if (s instanceof Stmt.For f) {
            forLoop(f);
        } else if (s instanceof Stmt.Range r) {
            rangeLoop(r);
        } else if (s instanceof Stmt.Go g) {
            read(g.call());
        } else if (s instanceof Stmt.Defer d) {
            read(d.call());
        } else if (s instanceof Stmt.Return r) {
            r.results().forEach(this::read);
        } else if (s instanceof Stmt.DeclStmt d) {
            localDeclaration(d.decl());
        } else if (s instanceof Stmt.Switch sw) {
            open();
            statement(sw.init());
            read(sw.tag());
            for (Stmt.CaseClause clause : sw.clauses()) {
                open();
                if (clause.expressions() != null) {
                    clause.expressions().forEach(this::read);
                }
                statements(clause.body());
                close();
            }
            close();
        } else if (s instanceof Stmt.TypeSwitch ts) {
            typeSwitch(ts);
        } else if (s instanceof Stmt.Select sel) {
            for (Stmt.CommClause clause : sel.clauses()) {
                open();
                statement(clause.comm());
                statements(clause.body());
                close();
            }
        } else if (s instanceof Stmt.Send send) {
            read(send.channel());
            read(send.value());
        } else if (s instanceof Stmt.Labeled l) {
            statement(l.statement());
        }
        // Branch, Empty, Bad: no names that are variables
    }

    private void assign(Stmt.Assign a) {
        a.rhs().forEach(this::read);
        if (a.isDefine()) {
            for (Expr lhs : a.lhs()) {
                if (lhs instanceof Expr.Ident id && !id.isBlank()) {
                    Object existing = scope.names.get(id.name());
                    if (existing instanceof LocalVariable v) {
                        bind(id, v, Access.WRITE); // redeclared in the same block: assigned
                    } else {
                        declare(id, LocalVariable.Kind.VARIABLE, a, null);
                    }
                }
            }
            return;
        }
        Access access = a.operator() == Operator.ASSIGN ? Access.WRITE : Access.READ_WRITE;
        for (Expr lhs : a.lhs()) {
            target(lhs, access);
        }
    }

    private void forLoop(Stmt.For f) {
        open();
        int before = variables.size();
        statement(f.init());
        List<LocalVariable> declared = new ArrayList<>(variables.subList(before, variables.size()));
        boolean defines = f.init() instanceof Stmt.Assign a && a.isDefine();
        if (defines) {
            recordLoop(new LoopHeader(f, true, declared));
        } else if (f.init() instanceof Stmt.Assign a) {
            recordLoop(new LoopHeader(f, false, assignedVariables(a.lhs())));
        }
        read(f.condition());
        statement(f.post());
        block(f.body());
        close();
    }

    private void rangeLoop(Stmt.Range r) {
        read(r.x());
        open();
        if (r.declares()) {
            List<LocalVariable> declared = new ArrayList<>();
            for (Expr e : new Expr[] {r.key(), r.value()}) {
                if (e instanceof Expr.Ident id) {
                    LocalVariable v = declare(id, LocalVariable.Kind.VARIABLE, r, null);
                    if (v != null) {
                        declared.add(v);
                    }
                }
            }
            recordLoop(new LoopHeader(r, true, declared));
        } else if (r.operator() != null) {
            List<Expr> targets = new ArrayList<>();
            for (Expr e : new Expr[] {r.key(), r.value()}) {
                if (e != null) {
                    target(e, Access.WRITE);
                    targets.add(e);
                }
            }
            recordLoop(new LoopHeader(r, false, assignedVariables(targets)));
        }
        block(r.body());
        close();
    }

    private void recordLoop(LoopHeader header) {
        loops.add(header);
        if (header.declares()) {
            header.variables().forEach(v -> v.declaredBy(header));
        }
    }

    private List<LocalVariable> assignedVariables(List<Expr> targets) {
        List<LocalVariable> out = new ArrayList<>();
        for (Expr e : targets) {
            LocalVariable v = e instanceof Expr.Ident id ? bindings.get(id.start()) : null;
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private void typeSwitch(Stmt.TypeSwitch ts) {
        open();
        statement(ts.init());
        Expr.Ident symbol = null;
        if (ts.guard() instanceof Stmt.Assign a) {
            a.rhs().forEach(this::read);
            symbol = a.lhs().get(0) instanceof Expr.Ident id && !id.isBlank() ? id : null;
        } else if (ts.guard() instanceof Stmt.ExprStmt e) {
            read(e.x());
        }
        for (Stmt.CaseClause clause : ts.clauses()) {
            open();
            if (clause.expressions() != null) {
                clause.expressions().forEach(this::type);
            }
            if (symbol != null) {
                // One variable per clause, declared at the guard's name (go/types' implicit object).
                LocalVariable v = new LocalVariable(symbol, LocalVariable.Kind.TYPE_SWITCH, functions.peek(),
                        clause, clause.expressions() != null && clause.expressions().size() == 1
                        ? clause.expressions().get(0) : null);
                variables.add(v);
                scope.names.put(symbol.name(), v);
            }
            statements(clause.body());
            close();
        }
        close();
    }

    private void localDeclaration(Decl.GenDecl decl) {
        for (Decl.Spec spec : decl.specs()) {
            if (spec instanceof Decl.ValueSpec v) {
                type(v.type());
                v.values().forEach(this::read);
                for (Expr.Ident name : v.names()) {
                    if (decl.keyword() == Decl.Keyword.VAR) {
                        declare(name, LocalVariable.Kind.VARIABLE, v, v.type());
                    } else if (!name.isBlank()) {
                        scope.names.put(name.name(), OTHER);
                    }
                }
            } else if (spec instanceof Decl.TypeSpec t) {
                scope.names.put(t.name().name(), new LocalType(t)); // in scope in its own definition
                declareOthersAround(t);
            }
        }
    }

    private void declareOthersAround(Decl.TypeSpec t) {
        open();
        declareOthers(t.typeParams());
        type(t.type());
        close();
    }

    // ------------------------------------------------------------------ expressions

    private void read(Expr e) {
        expr(e, Access.READ);
    }

    /** The left side of an assignment: the variable itself, or a part of it. */
    private void target(Expr e, Access access) {
        if (e instanceof Expr.Ident) {
            expr(e, access);
        } else if (e instanceof Expr.Paren p) {
            target(p.x(), access);
        } else if (e instanceof Expr.Selector s) {
            expr(s.x(), partAccess(access));
        } else if (e instanceof Expr.Index i) {
            expr(i.x(), partAccess(access));
            i.indices().forEach(this::read);
        } else {
            read(e); // *p = v: p itself is only read
        }
    }

    private static Access partAccess(Access access) {
        return access == Access.READ ? Access.READ : Access.PART_WRITE;
    }

    private void expr(Expr e, Access access) {
        while (e instanceof Expr.Binary b) { // long operator chains: iterate down the left spine
            expr(b.y(), Access.READ);
            e = b.x();
            access = Access.READ;
        }
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Ident id) {
            Object found = id.isBlank() ? null : lookup(id.name());
            if (found instanceof LocalVariable v) {
                bind(id, v, access);
            } else if (found != null) {
                localNonVariables.add(id.start()); // a local constant or type shadows package names
            }
        } else if (e instanceof Expr.Selector s) {
            if (s.x() instanceof Expr.Ident base) {
                selected.put(base.start(), s.selector().name()); // a method on it may take &v
            }
            expr(s.x(), access == Access.ADDRESS ? Access.ADDRESS : Access.READ);
        } else if (e instanceof Expr.Call c) {
            read(c.function());
            c.arguments().forEach(this::read);
        } else if (e instanceof Expr.FuncLit lit) {
            functionLiteral(lit);
        } else if (e instanceof Expr.Unary u) {
            expr(u.x(), u.operator() == Operator.AND ? Access.ADDRESS : Access.READ);
        } else if (e instanceof Expr.Star s) {
            read(s.x());
        } else if (e instanceof Expr.Paren p) {
            expr(p.x(), access);
        } else if (e instanceof Expr.Index i) {
            expr(i.x(), access == Access.ADDRESS ? Access.ADDRESS : Access.READ);
            i.indices().forEach(this::read);
        } else if (e instanceof Expr.Slice s) {
            expr(s.x(), access == Access.ADDRESS ? Access.ADDRESS : Access.READ);
            read(s.low());
            read(s.high());
            read(s.max());
        } else if (e instanceof Expr.TypeAssert t) {
            read(t.x());
            type(t.type());
        } else if (e instanceof Expr.CompositeLit c) {
            compositeLiteral(c, null);
        } else if (e instanceof Expr.KeyValue kv) {
            read(kv.key());
            read(kv.value());
        } else if (isType(e)) {
            type(e); // a type used as a value: conversions, make, new
        }
        // BasicLit, Ellipsis, Bad: no names
    }

    private static boolean isType(Expr e) {
        return e instanceof Expr.ArrayType || e instanceof Expr.MapType || e instanceof Expr.ChanType
                || e instanceof Expr.FuncType || e instanceof Expr.StructType || e instanceof Expr.InterfaceType;
    }

    // ------------------------------------------------------------------ composite literals

    private enum CompositeKind { STRUCT, KEYED_BY_VALUE, IMPORTED, UNKNOWN }

    /**
     * Keys of a struct literal are field names; keys of map, slice and array literals are
     * expressions. {@code contextType} is the element type an elided inner literal takes.
     */
    private void compositeLiteral(Expr.CompositeLit c, Expr contextType) {
        Expr type = c.type() != null ? c.type() : contextType;
        type(c.type());
        CompositeKind kind = kindOf(type, 0);
        Expr keyType = keyTypeOf(type);
        Expr elementType = elementTypeOf(type);
        for (Expr element : c.elements()) {
            Expr value = element;
            if (element instanceof Expr.KeyValue kv) {
                Expr key = kv.key();
                if (key instanceof Expr.CompositeLit inner && inner.type() == null) {
                    compositeLiteral(inner, keyType);
                } else if (!(key instanceof Expr.Ident id && isFieldName(id, kind))) {
                    read(key); // map, slice or array index, or a non-name key
                }
                value = kv.value();
            }
            if (value instanceof Expr.CompositeLit inner && inner.type() == null) {
                compositeLiteral(inner, elementType);
            } else {
                read(value);
            }
        }
    }

    /**
     * Whether a name used as a composite-literal key is a field. For a type of another package
     * (not readable here) only an exported name can be one of its fields: a lowercase key of an
     * imported map type (fstest.MapFS{name: …}) is a value.
     */
    private static boolean isFieldName(Expr.Ident key, CompositeKind kind) {
        return switch (kind) {
            case STRUCT, UNKNOWN -> true;
            case KEYED_BY_VALUE -> false;
            case IMPORTED -> Character.isUpperCase(key.name().codePointAt(0));
        };
    }

    private CompositeKind kindOf(Expr type, int depth) {
        if (type == null || depth > 20) {
            return CompositeKind.UNKNOWN;
        }
        if (type instanceof Expr.StructType) {
            return CompositeKind.STRUCT;
        }
        if (type instanceof Expr.MapType || type instanceof Expr.ArrayType) {
            return CompositeKind.KEYED_BY_VALUE;
        }
        if (type instanceof Expr.Paren p) {
            return kindOf(p.x(), depth + 1);
        }
        if (type instanceof Expr.Star s) {
            return kindOf(s.x(), depth + 1); // elided &T{…} in []*T{{…}}
        }
        if (type instanceof Expr.Index i) {
            return kindOf(i.x(), depth + 1); // generic instance
        }
        if (type instanceof Expr.Selector) {
            return CompositeKind.IMPORTED;
        }
        Decl.TypeSpec spec = typeSpec(type);
        return spec == null || spec.alias() && spec.type() == type ? CompositeKind.UNKNOWN : kindOf(spec.type(), depth + 1);
    }

    private Expr keyTypeOf(Expr type) {
        Expr t = underlying(type);
        return t instanceof Expr.MapType m ? m.key() : null;
    }

    private Expr elementTypeOf(Expr type) {
        Expr t = underlying(type);
        if (t instanceof Expr.MapType m) {
            return m.value();
        }
        return t instanceof Expr.ArrayType a ? a.elementType() : null;
    }

    private Expr underlying(Expr type) {
        Expr t = type;
        for (int depth = 0; t != null && depth < 20; depth++) {
            if (t instanceof Expr.Paren p) {
                t = p.x();
            } else if (t instanceof Expr.Star s) {
                t = s.x();
            } else if (t instanceof Expr.Index i) {
                t = i.x();
            } else {
                Decl.TypeSpec spec = typeSpec(t);
                if (spec == null) {
                    return t;
                }
                t = spec.type();
            }
        }
        return t;
    }

    /** The declaration of a named type written as {@code T} (local first, then the package). */
    private Decl.TypeSpec typeSpec(Expr type) {
        if (!(type instanceof Expr.Ident id)) {
            return null; // pkg.T from another package: unknown here
        }
        Object local = lookup(id.name());
        if (local instanceof LocalType lt) {
            return lt.spec();
        }
        if (local != null) {
            return null;
        }
        return pkg.type(id.name()).orElse(null);
    }

    // ------------------------------------------------------------------ types

    /** Walks a type for the expressions inside it (array lengths) and local type names. */
    private void type(Expr t) {
        if (t == null) {
            return;
        }
        if (t instanceof Expr.StructType s) {
            s.fields().forEach(f -> type(f.type()));
        } else if (t instanceof Expr.InterfaceType i) {
            for (Field f : i.elements()) {
                if (f.type() instanceof Expr.FuncType ft) {
                    funcTypeParts(ft);
                } else {
                    type(f.type());
                }
            }
        } else if (t instanceof Expr.FuncType ft) {
            funcTypeParts(ft);
        } else if (t instanceof Expr.ArrayType a) {
            read(a.length());
            type(a.elementType());
        } else if (t instanceof Expr.MapType m) {
            type(m.key());
            type(m.value());
        } else if (t instanceof Expr.ChanType c) {
            type(c.value());
        } else if (t instanceof Expr.Ellipsis el) {
            type(el.elementType());
        } else if (t instanceof Expr.Star s) {
            type(s.x());
        } else if (t instanceof Expr.Paren p) {
            type(p.x());
        } else if (t instanceof Expr.Index i) {
            type(i.x());
            i.indices().forEach(this::type);
        } else if (t instanceof Expr.Unary u) {
            type(u.x()); // ~T
        } else if (t instanceof Expr.Binary b) {
            type(b.x()); // A | B
            type(b.y());
        } else if (t instanceof Expr.Call || t instanceof Expr.CompositeLit || t instanceof Expr.FuncLit
                || t instanceof Expr.Slice || t instanceof Expr.TypeAssert || t instanceof Expr.KeyValue) {
            read(t); // not a type after all (invalid code): still bind what it names
        }
    }

    /** Parameter names in a func type are not in scope anywhere: only their types are walked. */
    private void funcTypeParts(Expr.FuncType ft) {
        ft.params().forEach(f -> type(f.type()));
        ft.results().forEach(f -> type(f.type()));
    }
}
