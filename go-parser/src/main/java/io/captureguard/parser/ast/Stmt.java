package io.captureguard.parser.ast;

import java.util.List;

/** Statements. Offsets of the keywords that rules report on are kept where they are useful. */
public sealed interface Stmt extends Node {

    record DeclStmt(int start, int end, Decl.GenDecl decl) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(decl);
        }
    }

    /** An empty statement (only as the target of a label). */
    record Empty(int start, int end) implements Stmt {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    record Labeled(int start, int end, Expr.Ident label, Stmt statement) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(label, statement);
        }
    }

    record ExprStmt(int start, int end, Expr x) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(x);
        }
    }

    record Send(int start, int end, Expr channel, Expr value) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(channel, value);
        }
    }

    /** {@code x++} or {@code x--}. */
    record IncDec(int start, int end, Expr x, Operator operator) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(x);
        }
    }

    /** {@code lhs op rhs} where op is {@code =}, {@code :=} or an operator assignment like {@code +=}. */
    record Assign(int start, int end, List<Expr> lhs, Operator operator, List<Expr> rhs) implements Stmt {
        public boolean isDefine() {
            return operator == Operator.DEFINE;
        }

        @Override
        public List<Node> children() {
            return Nodes.of(lhs, rhs);
        }
    }

    /** {@code go call}; {@code call} is the expression after the keyword (a Call in valid code). */
    record Go(int start, int end, Expr call) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(call);
        }
    }

    /** {@code defer call}; {@code call} is the expression after the keyword (a Call in valid code). */
    record Defer(int start, int end, Expr call) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(call);
        }
    }

    record Return(int start, int end, List<Expr> results) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(results);
        }
    }

    enum BranchKind { BREAK, CONTINUE, GOTO, FALLTHROUGH }

    record Branch(int start, int end, BranchKind kind, Expr.Ident label) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(label);
        }
    }

    /** {@code { … }}; start and end include the braces. */
    record Block(int start, int end, List<Stmt> statements) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(statements);
        }
    }

    /** {@code if init; cond { … } else …}; {@code elseBranch} is an If, a Block or null. */
    record If(int start, int end, Stmt init, Expr condition, Block body, Stmt elseBranch) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(init, condition, body, elseBranch);
        }
    }

    /** {@code case a, b:} or, with {@code expressions} null, {@code default:}. */
    record CaseClause(int start, int end, List<Expr> expressions, List<Stmt> body) implements Stmt {
        public boolean isDefault() {
            return expressions == null;
        }

        @Override
        public List<Node> children() {
            return Nodes.of(expressions, body);
        }
    }

    record Switch(int start, int end, Stmt init, Expr tag, List<CaseClause> clauses) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(init, tag, clauses);
        }
    }

    /** {@code switch init; x := y.(type) {…}}: {@code guard} is an Assign or an ExprStmt. */
    record TypeSwitch(int start, int end, Stmt init, Stmt guard, List<CaseClause> clauses) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(init, guard, clauses);
        }
    }

    /** {@code case comm:} (a Send, a receive ExprStmt or Assign) or, with comm null, {@code default:}. */
    record CommClause(int start, int end, Stmt comm, List<Stmt> body) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(comm, body);
        }
    }

    record Select(int start, int end, List<CommClause> clauses) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(clauses);
        }
    }

    /** A three-clause or condition-only loop; absent parts are null. */
    record For(int start, int end, Stmt init, Expr condition, Stmt post, Block body) implements Stmt {
        @Override
        public List<Node> children() {
            return Nodes.of(init, condition, post, body);
        }
    }

    /**
     * {@code for key, value := range x}; {@code operator} is {@link Operator#DEFINE}, {@link Operator#ASSIGN} or null
     * when the loop declares and assigns nothing ({@code for range x}).
     */
    record Range(int start, int end, Expr key, Expr value, Operator operator, Expr x, Block body) implements Stmt {
        public boolean declares() {
            return operator == Operator.DEFINE;
        }

        @Override
        public List<Node> children() {
            return Nodes.of(key, value, x, body);
        }
    }

    /** A statement that could not be parsed. */
    record Bad(int start, int end) implements Stmt {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }
}
