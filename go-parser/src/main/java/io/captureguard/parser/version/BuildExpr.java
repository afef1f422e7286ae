package io.captureguard.parser.version;

import java.util.Objects;
import java.util.Optional;

/**
 * The tree of a {@code //go:build} expression: tags combined with {@code !}, {@code &&} and
 * {@code ||}.
 */
public sealed interface BuildExpr {

    /** A build tag such as {@code linux}, {@code cgo} or {@code go1.21}. */
    record Tag(String name) implements BuildExpr {
        public Tag {
            Objects.requireNonNull(name);
        }
    }

    record Not(BuildExpr operand) implements BuildExpr {
        public Not {
            Objects.requireNonNull(operand);
        }
    }

    record And(BuildExpr left, BuildExpr right) implements BuildExpr {
        public And {
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }
    }

    record Or(BuildExpr left, BuildExpr right) implements BuildExpr {
        public Or {
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }
    }

    /**
     * The lowest Go version under which this expression can hold, which is the language version
     * Go gives a file carrying it (go/build/constraint.GoVersion).
     *
     * <p>The analysis is structural, as Go's is: every tag and negated tag is assumed to be
     * independently satisfiable, so {@code go1.21 || go1.22} means 1.21, {@code linux || go1.22}
     * and {@code !go1.22} mean nothing, and negation is pushed inwards, so {@code !(!go1.22)}
     * means 1.22.
     *
     * @return the implied version, or empty when the expression can hold without any version tag
     */
    default Optional<GoVersion> minimumGoVersion() {
        return MinimumGoVersion.of(this, true);
    }

    /** The expression in Go's own spelling, parenthesised only where precedence needs it. */
    default String render() {
        if (this instanceof Tag t) {
            return t.name();
        } else if (this instanceof Not n) {
            BuildExpr x = n.operand();
            return "!" + (x instanceof Tag || x instanceof Not ? x.render() : "(" + x.render() + ")");
        } else if (this instanceof And a) {
            return operand(a.left()) + " && " + operand(a.right());
        }
        Or o = (Or) this;
        return o.left().render() + " || " + o.right().render();
    }

    private static String operand(BuildExpr x) {
        return x instanceof Or ? "(" + x.render() + ")" : x.render();
    }
}
