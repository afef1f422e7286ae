package io.captureguard.parser.semantic;

import io.captureguard.parser.ast.Expr;
import io.captureguard.parser.ast.Field;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a type as source text valid in a target file, in the form go/types' TypeString uses:
 * qualifiers rewritten to the target file's import names, one parameter per name in func types,
 * array lengths as decimal numbers. Types it cannot write faithfully (a package the target file
 * does not import, a computed array length, an interface with methods) give empty.
 */
final class TypePrinter {

    private final ImportTable target;
    private final PackageIndex.View pkg;

    /**
     * @param pkg the package's declarations: with a dot import in the target file, a bare name
     *            that the package does not declare may belong to the imported package
     */
    TypePrinter(ImportTable target, PackageIndex.View pkg) {
        this.target = target;
        this.pkg = pkg;
    }

    Optional<String> print(TypeRef type) {
        StringBuilder out = new StringBuilder();
        return write(type.expr(), type.imports(), out) ? Optional.of(out.toString()) : Optional.empty();
    }

    private boolean write(Expr t, ImportTable source, StringBuilder out) {
        if (t instanceof Expr.Ident id) {
            if ((target.hasDotImport() || source != null && source.hasDotImport())
                    && !TypeRef.PREDECLARED_TYPES.contains(id.name()) && pkg.type(id.name()).isEmpty()) {
                return false; // may come from the dot-imported package
            }
            out.append(id.name());
            return true;
        }
        if (t instanceof Expr.Selector s && s.x() instanceof Expr.Ident qualifier) {
            Optional<String> name = source == null ? Optional.empty()
                    : source.pathOf(qualifier.name()).flatMap(target::nameOf);
            if (name.isEmpty()) {
                return false;
            }
            out.append(name.get()).append('.').append(s.selector().name());
            return true;
        }
        if (t instanceof Expr.Paren p) {
            return write(p.x(), source, out);
        }
        if (t instanceof Expr.Star s) {
            out.append('*');
            return write(s.x(), source, out);
        }
        if (t instanceof Expr.ArrayType a) {
            out.append('[');
            if (a.length() != null) {
                Optional<BigInteger> n = integerLiteral(a.length());
                if (n.isEmpty()) {
                    return false;
                }
                out.append(n.get());
            }
            out.append(']');
            return write(a.elementType(), source, out);
        }
        if (t instanceof Expr.MapType m) {
            out.append("map[");
            if (!write(m.key(), source, out)) {
                return false;
            }
            out.append(']');
            return write(m.value(), source, out);
        }
        if (t instanceof Expr.ChanType c) {
            out.append(switch (c.direction()) {
                case BOTH -> "chan ";
                case SEND -> "chan<- ";
                case RECEIVE -> "<-chan ";
            });
            if (c.direction() == Expr.ChanDir.BOTH && c.value() instanceof Expr.ChanType inner
                    && inner.direction() == Expr.ChanDir.RECEIVE) {
                return false; // go/types parenthesises chan (<-chan T); rare enough to leave unknown
            }
            return write(c.value(), source, out);
        }
        if (t instanceof Expr.FuncType f) {
            out.append("func");
            return signature(f, source, out);
        }
        if (t instanceof Expr.Index i) {
            if (!write(i.x(), source, out)) {
                return false;
            }
            out.append('[');
            for (int k = 0; k < i.indices().size(); k++) {
                if (k > 0) {
                    out.append(", ");
                }
                if (!write(i.indices().get(k), source, out)) {
                    return false;
                }
            }
            out.append(']');
            return true;
        }
        if (t instanceof Expr.StructType s) {
            out.append("struct{");
            boolean first = true;
            for (Field f : s.fields()) {
                if (f.tag() != null) {
                    return false;
                }
                for (String name : names(f)) {
                    out.append(first ? "" : "; ");
                    first = false;
                    if (!name.isEmpty()) {
                        out.append(name).append(' ');
                    }
                    if (!write(f.type(), source, out)) {
                        return false;
                    }
                }
            }
            out.append('}');
            return true;
        }
        if (t instanceof Expr.InterfaceType i && i.elements().isEmpty()) {
            out.append("interface{}");
            return true;
        }
        return false;
    }

    boolean signature(Expr.FuncType f, ImportTable source, StringBuilder out) {
        out.append('(');
        if (!fieldList(f.params(), source, out)) {
            return false;
        }
        out.append(')');
        List<Field> results = f.results();
        if (results.isEmpty()) {
            return true;
        }
        out.append(' ');
        boolean single = results.size() == 1 && results.get(0).names().isEmpty();
        if (!single) {
            out.append('(');
        }
        if (!fieldList(results, source, out)) {
            return false;
        }
        if (!single) {
            out.append(')');
        }
        return true;
    }

    private boolean fieldList(List<Field> fields, ImportTable source, StringBuilder out) {
        boolean first = true;
        for (Field f : fields) {
            for (String name : names(f)) {
                out.append(first ? "" : ", ");
                first = false;
                if (!name.isEmpty()) {
                    out.append(name).append(' ');
                }
                Expr type = f.type();
                if (type instanceof Expr.Ellipsis e) {
                    out.append("...");
                    type = e.elementType();
                }
                if (!write(type, source, out)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> names(Field f) {
        if (f.names().isEmpty()) {
            return List.of("");
        }
        List<String> out = new ArrayList<>();
        f.names().forEach(n -> out.add(n.name()));
        return out;
    }

    /** The value of an integer literal ({@code 16}, {@code 0x10}, {@code 1_000}), if the expression is one. */
    static Optional<BigInteger> integerLiteral(Expr e) {
        if (!(e instanceof Expr.BasicLit lit) || lit.kind() != Expr.LiteralKind.INT) {
            return Optional.empty();
        }
        String text = lit.value().replace("_", "").toLowerCase();
        try {
            if (text.startsWith("0x")) {
                return Optional.of(new BigInteger(text.substring(2), 16));
            }
            if (text.startsWith("0b")) {
                return Optional.of(new BigInteger(text.substring(2), 2));
            }
            if (text.startsWith("0o")) {
                return Optional.of(new BigInteger(text.substring(2), 8));
            }
            if (text.length() > 1 && text.startsWith("0")) {
                return Optional.of(new BigInteger(text.substring(1), 8));
            }
            return Optional.of(new BigInteger(text));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }
}
