package io.captureguard.parser.semantic;

import io.captureguard.parser.ast.Decl;
import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Field;
import io.captureguard.parser.ast.Node;
import io.captureguard.parser.ast.Operator;
import io.captureguard.parser.ast.Stmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Light types: the type of a local variable, as source text valid in its file, when it follows
 * from declarations in the package (explicit types, literals, composite literals, make/new,
 * conversions, functions and methods of the package, struct fields, range, index and slice
 * expressions). Anything else (imported functions, generics to instantiate, promoted fields)
 * gives empty: unknown, never a guess.
 */
public final class TypeInference {
    private static final Set<String> BASIC = TypeRef.PREDECLARED_TYPES;
    private static final Set<String> INTEGER = Set.of("int", "int8", "int16", "int32", "int64", "uint", "uint8",
            "uint16", "uint32", "uint64", "uintptr", "byte", "rune");
    private static final List<String> UNTYPED_RANK = List.of("int", "rune", "float64", "complex128");

    private final SemanticModel model;
    private final PackageIndex.View pkg;
    private final ImportTable imports;
    private final TypePrinter printer;
    private final Map<LocalVariable, Optional<TypeRef>> memo = new HashMap<>();
    private final Set<Object> inProgress = new HashSet<>();

    public TypeInference(SemanticModel model, PackageIndex index) {
        this(model, index.view(model.file()));
    }

    /** Against a view of the package already made for the model's file. */
    TypeInference(SemanticModel model, PackageIndex.View pkg) {
        this.model = model;
        this.pkg = pkg;
        this.imports = ImportTable.of(model.file());
        this.printer = new TypePrinter(imports, pkg);
    }

    /** The variable's type written as it would be in its own file, or empty when unknown. */
    public Optional<String> typeText(LocalVariable v) {
        return typeOf(v).flatMap(printer::print);
    }

    Optional<TypeRef> typeOf(LocalVariable v) {
        Optional<TypeRef> known = memo.get(v);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(v)) {
            return Optional.empty(); // a cycle through invalid code
        }
        Optional<TypeRef> result = declaredTypeOf(v).map(TypeRef::typed);
        inProgress.remove(v);
        memo.put(v, result);
        return result;
    }

    private Optional<TypeRef> declaredTypeOf(LocalVariable v) {
        Node declaration = v.declaration();
        if (v.kind() == LocalVariable.Kind.TYPE_SWITCH) {
            Expr caseType = v.declaredType();
            return caseType == null || isNil(caseType) ? Optional.empty() : Optional.of(TypeRef.of(caseType, imports));
        }
        if (v.declaredType() != null) {
            Expr t = v.declaredType();
            if (t instanceof Expr.Ellipsis e) { // xs ...T is a []T
                t = new Expr.ArrayType(e.start(), e.end(), null, e.elementType());
            }
            return Optional.of(TypeRef.of(t, imports));
        }
        if (declaration instanceof Stmt.Assign a) {
            return fromAssignment(a.lhs(), a.rhs(), v.name());
        }
        if (declaration instanceof Decl.ValueSpec spec) {
            List<Expr> lhs = List.copyOf(spec.names());
            return fromAssignment(lhs, spec.values(), v.name());
        }
        if (declaration instanceof Stmt.Range r) {
            Optional<TypeRef> x = typeOf(r.x(), imports);
            boolean isKey = r.key() instanceof Expr.Ident k && k.start() == v.name().start();
            return x.flatMap(t -> isKey ? rangeKey(t) : rangeValue(t));
        }
        return Optional.empty();
    }

    /** {@code a, b := x, y}, {@code v, ok := m[k]}, {@code a, b := f()}. */
    private Optional<TypeRef> fromAssignment(List<? extends Expr> lhs, List<Expr> rhs, Expr.Ident name) {
        int index = -1;
        for (int i = 0; i < lhs.size(); i++) {
            if (lhs.get(i) instanceof Expr.Ident id && id.start() == name.start()) {
                index = i;
            }
        }
        if (index < 0) {
            return Optional.empty();
        }
        if (rhs.size() == lhs.size()) {
            return typeOf(rhs.get(index), imports);
        }
        if (rhs.size() != 1) {
            return Optional.empty();
        }
        Expr value = Expr.unparen(rhs.get(0));
        if (lhs.size() == 2 && index == 1 && (value instanceof Expr.TypeAssert || value instanceof Expr.Index
                || value instanceof Expr.Unary u && u.operator() == Operator.ARROW)) {
            return Optional.of(TypeRef.predeclared("bool")); // the comma-ok forms
        }
        if (lhs.size() == 2 && index == 0 && !(value instanceof Expr.Call)) {
            return typeOf(value, imports);
        }
        if (value instanceof Expr.Call call) {
            int position = index;
            return callResults(call, imports).flatMap(results -> resultAt(results, position));
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ expressions

    /** The type of an expression written in a file with the given imports. */
    Optional<TypeRef> typeOf(Expr e, ImportTable where) {
        if (e == null) {
            return Optional.empty();
        }
        if (e instanceof Expr.Paren p) {
            return typeOf(p.x(), where);
        }
        if (e instanceof Expr.BasicLit lit) {
            return Optional.of(TypeRef.untypedConstant(switch (lit.kind()) {
                case INT -> "int";
                case FLOAT -> "float64";
                case IMAGINARY -> "complex128";
                case RUNE -> "rune";
                case STRING -> "string";
            }));
        }
        if (e instanceof Expr.Ident id) {
            return identType(id, where);
        }
        if (e instanceof Expr.CompositeLit c) {
            return compositeType(c, where);
        }
        if (e instanceof Expr.FuncLit f) {
            return Optional.of(TypeRef.of(f.type(), where));
        }
        if (e instanceof Expr.Unary u) {
            return unaryType(u, where);
        }
        if (e instanceof Expr.Star s) {
            return typeOf(s.x(), where).flatMap(this::underlying).flatMap(t ->
                    t.expr() instanceof Expr.Star p ? Optional.of(t.derive(p.x())) : Optional.empty());
        }
        if (e instanceof Expr.Binary b) {
            return binaryType(b, where);
        }
        if (e instanceof Expr.Call c) {
            return callType(c, where);
        }
        if (e instanceof Expr.Index i) {
            return typeOf(i.x(), where).flatMap(this::indexResult);
        }
        if (e instanceof Expr.Slice s) {
            return typeOf(s.x(), where).flatMap(this::sliceResult);
        }
        if (e instanceof Expr.TypeAssert t) {
            return t.type() == null ? Optional.empty() : Optional.of(TypeRef.of(t.type(), where));
        }
        if (e instanceof Expr.Selector s) {
            return selectorType(s, where);
        }
        return Optional.empty();
    }

    private Optional<TypeRef> identType(Expr.Ident id, ImportTable where) {
        if (where == imports) {
            Optional<LocalVariable> local = model.variableAt(id.start());
            if (local.isPresent()) {
                return typeOf(local.get());
            }
            if (model.namesLocalNonVariable(id.start())) {
                return Optional.empty(); // a local constant: not followed
            }
        }
        if (id.name().equals("true") || id.name().equals("false")) {
            return pkg.value(id.name()).isPresent() ? Optional.empty() : Optional.of(TypeRef.untypedConstant("bool"));
        }
        Optional<PackageIndex.Located<PackageIndex.PackageValue>> value = pkg.value(id.name());
        if (value.isPresent()) {
            return packageValueType(value.get());
        }
        return pkg.function(id.name()).filter(f -> f.declaration().type().typeParams().isEmpty())
                .map(f -> TypeRef.of(withoutTypeParams(f.declaration().type()), f.imports()));
    }

    private Optional<TypeRef> packageValueType(PackageIndex.Located<PackageIndex.PackageValue> located) {
        PackageIndex.PackageValue value = located.declaration();
        if (!inProgress.add(value)) {
            return Optional.empty();
        }
        try {
            Decl.ValueSpec spec = value.spec();
            if (spec.type() != null) {
                return Optional.of(TypeRef.of(spec.type(), located.imports()));
            }
            if (spec.values().size() != spec.names().size()) {
                return Optional.empty(); // implicit repetition in a const group, or a multi-value call
            }
            Optional<TypeRef> t = typeOf(spec.values().get(value.index()), located.imports());
            return value.keyword() == Decl.Keyword.VAR ? t.map(TypeRef::typed) : t;
        } finally {
            inProgress.remove(value);
        }
    }

    private static Expr.FuncType withoutTypeParams(Expr.FuncType f) {
        return new Expr.FuncType(f.start(), f.end(), List.of(), f.params(), f.results());
    }

    private Optional<TypeRef> compositeType(Expr.CompositeLit c, ImportTable where) {
        if (c.type() == null) {
            return Optional.empty();
        }
        if (c.type() instanceof Expr.ArrayType a && a.length() instanceof Expr.Ellipsis) {
            // [...]T{…}: the length is one past the highest index; a key that is not an integer
            // literal leaves the length unknown (the type is then usable but not printable).
            Expr length = arrayLiteralLength(c.elements()).<Expr>map(n ->
                    new Expr.BasicLit(-1, -1, Expr.LiteralKind.INT, n.toString())).orElse(a.length());
            return Optional.of(TypeRef.of(new Expr.ArrayType(a.start(), a.end(), length, a.elementType()), where));
        }
        return Optional.of(TypeRef.of(c.type(), where));
    }

    private static Optional<java.math.BigInteger> arrayLiteralLength(List<Expr> elements) {
        java.math.BigInteger next = java.math.BigInteger.ZERO;
        java.math.BigInteger length = java.math.BigInteger.ZERO;
        for (Expr element : elements) {
            if (element instanceof Expr.KeyValue kv) {
                Optional<java.math.BigInteger> key = TypePrinter.integerLiteral(kv.key());
                if (key.isEmpty()) {
                    return Optional.empty();
                }
                next = key.get();
            }
            next = next.add(java.math.BigInteger.ONE);
            length = length.max(next);
        }
        return Optional.of(length);
    }

    private Optional<TypeRef> unaryType(Expr.Unary u, ImportTable where) {
        switch (u.operator()) {
            case AND:
                return typeOf(u.x(), where).map(t -> t.derive(new Expr.Star(u.start(), u.end(), t.expr())));
            case ARROW:
                return typeOf(u.x(), where).flatMap(this::underlying).flatMap(t ->
                        t.expr() instanceof Expr.ChanType ch ? Optional.of(t.derive(ch.value())) : Optional.empty());
            default:
                return typeOf(u.x(), where); // ! + - ^ keep the operand's type
        }
    }

    private Optional<TypeRef> binaryType(Expr.Binary b, ImportTable where) {
        switch (b.operator()) {
            case EQL: case NEQ: case LSS: case LEQ: case GTR: case GEQ:
                return Optional.of(TypeRef.untypedConstant("bool"));
            case LAND: case LOR:
                return typeOf(b.x(), where).flatMap(x -> x.untyped() ? typeOf(b.y(), where) : Optional.of(x));
            case SHL: case SHR:
                return typeOf(b.x(), where).filter(x -> !x.untyped() || isConstant(b.y()));
            default:
                break;
        }
        Optional<TypeRef> x = typeOf(b.x(), where);
        Optional<TypeRef> y = typeOf(b.y(), where);
        if (x.isEmpty() || y.isEmpty()) {
            return Optional.empty();
        }
        if (!x.get().untyped()) {
            return x;
        }
        if (!y.get().untyped()) {
            return y;
        }
        String xs = ((Expr.Ident) x.get().expr()).name();
        String ys = ((Expr.Ident) y.get().expr()).name();
        return Optional.of(UNTYPED_RANK.indexOf(xs) >= UNTYPED_RANK.indexOf(ys) ? x.get() : y.get());
    }

    private static boolean isConstant(Expr e) {
        return e instanceof Expr.BasicLit;
    }

    private Optional<TypeRef> callType(Expr.Call c, ImportTable where) {
        return callResults(c, where).flatMap(results -> results.size() == 1 ? resultAt(results, 0) : Optional.empty());
    }

    /** The results of a call (or conversion), as the fields of a signature with its imports. */
    private Optional<List<TypeRef>> callResults(Expr.Call c, ImportTable where) {
        Expr fun = Expr.unparen(c.function());
        if (fun instanceof Expr.Ident id && !(where == imports && (model.variableAt(id.start()).isPresent()
                || model.namesLocalNonVariable(id.start())))) {
            Optional<List<TypeRef>> builtin = builtinCall(id.name(), c, where);
            if (builtin != null) {
                return builtin;
            }
            if (isTypeName(id.name())) {
                return Optional.of(List.of(TypeRef.of(fun, where))); // a conversion T(x)
            }
        }
        if (isTypeLiteral(fun)) {
            return Optional.of(List.of(TypeRef.of(fun, where))); // []byte(s), (*T)(p)
        }
        if (fun instanceof Expr.Selector s) {
            Optional<List<TypeRef>> method = methodResults(s, where);
            if (method.isPresent()) {
                return method;
            }
        }
        return typeOf(fun, where).flatMap(this::underlying).flatMap(t ->
                t.expr() instanceof Expr.FuncType f ? Optional.of(results(f, t.imports())) : Optional.empty());
    }

    /** Result types of the predeclared functions; null when {@code name} is not one. */
    private Optional<List<TypeRef>> builtinCall(String name, Expr.Call c, ImportTable where) {
        if (pkg.function(name).isPresent() || pkg.value(name).isPresent() || pkg.type(name).isPresent()) {
            return null;
        }
        List<Expr> args = c.arguments();
        switch (name) {
            case "len": case "cap": case "copy":
                return Optional.of(List.of(TypeRef.predeclared("int")));
            case "make":
                return args.isEmpty() ? Optional.empty() : Optional.of(List.of(TypeRef.of(args.get(0), where)));
            case "new":
                return args.isEmpty() ? Optional.empty()
                        : Optional.of(List.of(TypeRef.of(new Expr.Star(-1, -1, args.get(0)), where)));
            case "append":
                return args.isEmpty() ? Optional.empty() : typeOf(args.get(0), where).filter(t -> !t.untyped())
                        .map(List::of);
            case "min": case "max":
                for (Expr arg : args) {
                    Optional<TypeRef> t = typeOf(arg, where);
                    if (t.isEmpty()) {
                        return Optional.empty();
                    }
                    if (!t.get().untyped()) {
                        return Optional.of(List.of(t.get()));
                    }
                }
                return Optional.empty();
            case "recover":
                return Optional.of(List.of(TypeRef.predeclared("any")));
            case "complex": case "real": case "imag": case "print": case "println": case "panic":
            case "close": case "delete": case "clear":
                return Optional.empty();
            default:
                return null;
        }
    }

    private boolean isTypeName(String name) {
        return BASIC.contains(name) && pkg.type(name).isEmpty() || pkg.type(name).isPresent();
    }

    private static boolean isTypeLiteral(Expr e) {
        return e instanceof Expr.ArrayType || e instanceof Expr.MapType || e instanceof Expr.ChanType
                || e instanceof Expr.FuncType || e instanceof Expr.StructType || e instanceof Expr.InterfaceType
                || e instanceof Expr.Paren p && isTypeLiteral(p.x())
                || e instanceof Expr.Star s && (s.x() instanceof Expr.Ident || isTypeLiteral(s.x()));
    }

    /** {@code x.m(…)} where x's type is a type of this package with a method m declared on it. */
    private Optional<List<TypeRef>> methodResults(Expr.Selector s, ImportTable where) {
        if (s.x() instanceof Expr.Ident q && where.pathOf(q.name()).isPresent()
                && !(where == imports && model.variableAt(q.start()).isPresent())) {
            return Optional.empty(); // pkg.F(…): imported, unknown
        }
        Optional<TypeRef> receiver = typeOf(s.x(), where);
        Optional<String> typeName = receiver.flatMap(TypeInference::namedTypeName);
        if (typeName.isEmpty()) {
            return Optional.empty();
        }
        return pkg.method(typeName.get(), s.selector().name())
                .filter(m -> PackageIndex.receiverTypeName(m.declaration().receiver()).isPresent()
                        && !(unstar(m.declaration().receiver().type()) instanceof Expr.Index))
                .map(m -> results(m.declaration().type(), m.imports()));
    }

    /** {@code T} for a variable of type T or *T where T is a name of this package. */
    private static Optional<String> namedTypeName(TypeRef t) {
        Expr e = unstar(t.expr());
        return e instanceof Expr.Ident id && !BASIC.contains(id.name()) ? Optional.of(id.name()) : Optional.empty();
    }

    private static Expr unstar(Expr e) {
        return e instanceof Expr.Star s ? s.x() : e;
    }

    private static List<TypeRef> results(Expr.FuncType f, ImportTable where) {
        List<TypeRef> out = new java.util.ArrayList<>();
        for (Field r : f.results()) {
            for (int i = 0; i < Math.max(1, r.names().size()); i++) {
                out.add(TypeRef.of(r.type(), where));
            }
        }
        return out;
    }

    private static Optional<TypeRef> resultAt(List<TypeRef> results, int index) {
        return index < results.size() ? Optional.of(results.get(index)) : Optional.empty();
    }

    private Optional<TypeRef> selectorType(Expr.Selector s, ImportTable where) {
        if (s.x() instanceof Expr.Ident q && where.pathOf(q.name()).isPresent()
                && !(where == imports && model.variableAt(q.start()).isPresent())) {
            return Optional.empty(); // pkg.Name: declared elsewhere
        }
        return typeOf(s.x(), where).flatMap(t -> field(t, s.selector().name()));
    }

    /** A field declared directly in a struct type of this package (no promotion through embedding). */
    private Optional<TypeRef> field(TypeRef owner, String name) {
        Optional<TypeRef> u = underlying(owner).flatMap(t -> t.expr() instanceof Expr.Star p
                ? underlying(t.derive(p.x())) : Optional.of(t));
        if (u.isEmpty() || !(u.get().expr() instanceof Expr.StructType struct)) {
            return Optional.empty();
        }
        for (Field f : struct.fields()) {
            for (Expr.Ident n : f.names()) {
                if (n.name().equals(name)) {
                    return Optional.of(u.get().derive(f.type()));
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ type operations

    /**
     * The underlying type: names of this package followed to their definitions (generic ones
     * not: they would need instantiation); predeclared types are their own; imported: unknown.
     */
    Optional<TypeRef> underlying(TypeRef t) {
        TypeRef current = t;
        for (int depth = 0; depth < 20; depth++) {
            Expr e = current.expr();
            if (e instanceof Expr.Paren p) {
                current = current.derive(p.x());
                continue;
            }
            if (!(e instanceof Expr.Ident id)) {
                return e instanceof Expr.Selector || e instanceof Expr.Index ? Optional.empty() : Optional.of(current);
            }
            Optional<PackageIndex.Located<Decl.TypeSpec>> spec = pkg.locatedType(id.name());
            if (spec.isEmpty()) {
                return BASIC.contains(id.name()) ? Optional.of(current) : Optional.empty();
            }
            if (!spec.get().declaration().typeParams().isEmpty()) {
                return Optional.empty();
            }
            current = TypeRef.of(spec.get().declaration().type(), spec.get().imports());
        }
        return Optional.empty();
    }

    /**
     * The underlying type of what is indexed, sliced or ranged over; for a pointer to an array,
     * the array (Go dereferences it implicitly there).
     */
    private Optional<TypeRef> container(TypeRef x) {
        return underlying(x).flatMap(u -> u.expr() instanceof Expr.Star p
                ? underlying(u.derive(p.x())).filter(a -> a.expr() instanceof Expr.ArrayType)
                : Optional.of(u));
    }

    private Optional<TypeRef> indexResult(TypeRef x) {
        return container(x).flatMap(u -> {
            if (u.expr() instanceof Expr.ArrayType a) {
                return Optional.of(u.derive(a.elementType()));
            }
            if (u.expr() instanceof Expr.MapType m) {
                return Optional.of(u.derive(m.value()));
            }
            return isString(u) ? Optional.of(TypeRef.predeclared("byte")) : Optional.empty();
        });
    }

    private Optional<TypeRef> sliceResult(TypeRef x) {
        return container(x).flatMap(u -> {
            if (u.expr() instanceof Expr.ArrayType a) { // slicing a slice keeps its (named) type
                return Optional.of(a.length() == null ? x.typed() : u.derive(sliceOf(a.elementType())));
            }
            return isString(u) ? Optional.of(x.typed()) : Optional.empty();
        });
    }

    private static Expr sliceOf(Expr element) {
        return new Expr.ArrayType(-1, -1, null, element);
    }

    private Optional<TypeRef> rangeKey(TypeRef x) {
        if (x.untyped()) {
            return ((Expr.Ident) x.expr()).name().equals("int") ? Optional.of(x.typed()) : Optional.empty();
        }
        return container(x).flatMap(u -> {
            Expr e = u.expr();
            if (e instanceof Expr.ArrayType || isString(u)) {
                return Optional.of(TypeRef.predeclared("int"));
            }
            if (e instanceof Expr.MapType m) {
                return Optional.of(u.derive(m.key()));
            }
            if (e instanceof Expr.ChanType c) {
                return Optional.of(u.derive(c.value()));
            }
            if (e instanceof Expr.Ident id && INTEGER.contains(id.name())) {
                return Optional.of(x.typed()); // range over an integer: its own type
            }
            return Optional.empty();
        });
    }

    private Optional<TypeRef> rangeValue(TypeRef x) {
        return container(x).flatMap(u -> isString(u) ? Optional.of(TypeRef.predeclared("rune")) : indexResult(u));
    }

    private static boolean isString(TypeRef t) {
        return t.expr() instanceof Expr.Ident id && id.name().equals("string");
    }

    private static boolean isNil(Expr e) {
        return e instanceof Expr.Ident id && id.name().equals("nil");
    }

}
