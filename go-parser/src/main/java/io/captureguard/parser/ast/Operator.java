package io.captureguard.parser.ast;

/**
 * The operators of unary and binary expressions, assignments and inc/dec statements, named as
 * go/token names them, so that code asks {@code u.operator() == Operator.ARROW} instead of
 * comparing spellings. {@link #toString()} is the spelling, as Go writes it.
 */
public enum Operator {
    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), AND_NOT("&^"),
    LAND("&&"), LOR("||"), ARROW("<-"), NOT("!"), TILDE("~"),
    EQL("=="), NEQ("!="), LSS("<"), LEQ("<="), GTR(">"), GEQ(">="),
    INC("++"), DEC("--"),
    ASSIGN("="), DEFINE(":="),
    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="),
    AND_NOT_ASSIGN("&^=");

    private final String spelling;

    Operator(String spelling) {
        this.spelling = spelling;
    }

    /** The operator spelled so; the parser only hands it spellings its grammar accepts. */
    public static Operator of(String spelling) {
        return switch (spelling) {
            case "+" -> ADD;
            case "-" -> SUB;
            case "*" -> MUL;
            case "/" -> QUO;
            case "%" -> REM;
            case "&" -> AND;
            case "|" -> OR;
            case "^" -> XOR;
            case "<<" -> SHL;
            case ">>" -> SHR;
            case "&^" -> AND_NOT;
            case "&&" -> LAND;
            case "||" -> LOR;
            case "<-" -> ARROW;
            case "!" -> NOT;
            case "~" -> TILDE;
            case "==" -> EQL;
            case "!=" -> NEQ;
            case "<" -> LSS;
            case "<=" -> LEQ;
            case ">" -> GTR;
            case ">=" -> GEQ;
            case "++" -> INC;
            case "--" -> DEC;
            case "=" -> ASSIGN;
            case ":=" -> DEFINE;
            case "+=" -> ADD_ASSIGN;
            case "-=" -> SUB_ASSIGN;
            case "*=" -> MUL_ASSIGN;
            case "/=" -> QUO_ASSIGN;
            case "%=" -> REM_ASSIGN;
            case "&=" -> AND_ASSIGN;
            case "|=" -> OR_ASSIGN;
            case "^=" -> XOR_ASSIGN;
            case "<<=" -> SHL_ASSIGN;
            case ">>=" -> SHR_ASSIGN;
            case "&^=" -> AND_NOT_ASSIGN;
            default -> throw new IllegalArgumentException("not a Go operator: " + spelling);
        };
    }

    @Override
    public String toString() {
        return spelling;
    }
}
