/*
 * Go tokens, written from the Go language specification ("Lexical elements").
 *
 * Deliberately plain: no modes, no predicates, no actions besides channels, so ANTLR's lexer DFA
 * caches completely. Semicolon insertion is not done here but in SemicolonInsertingTokenSource,
 * which sees the NEWLINE tokens emitted below and drops them.
 */
lexer grammar GoLexer;


channels { COMMENTS }

// Made by SemicolonInsertingTokenSource from '<-' directly followed by 'chan' (not after 'chan'):
// the receive-only channel type, as go/parser reads it.
tokens { RECEIVE_CHAN }

// Keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENTIFIER  : LETTER (LETTER | UNICODE_DIGIT)*;

// Operators and punctuation
L_PAREN     : '(';
R_PAREN     : ')';
L_BRACE     : '{';
R_BRACE     : '}';
L_BRACKET   : '[';
R_BRACKET   : ']';
ASSIGN      : '=';
COMMA       : ',';
SEMI        : ';';
COLON       : ':';
DOT         : '.';
PLUS_PLUS   : '++';
MINUS_MINUS : '--';
DECLARE_ASSIGN : ':=';
ELLIPSIS    : '...';

LOGICAL_OR  : '||';
LOGICAL_AND : '&&';

EQUALS      : '==';
NOT_EQUALS  : '!=';
LESS        : '<';
LESS_OR_EQUALS : '<=';
GREATER     : '>';
GREATER_OR_EQUALS : '>=';

OR          : '|';
DIV         : '/';
MOD         : '%';
LSHIFT      : '<<';
RSHIFT      : '>>';
BIT_CLEAR   : '&^';

EXCLAMATION : '!';
PLUS        : '+';
MINUS       : '-';
CARET       : '^';
STAR        : '*';
AMPERSAND   : '&';
RECEIVE     : '<-';
TILDE       : '~';

// Assignment operators other than '=' (op '=' with no space, as the Go spec's tokens)
OP_ASSIGN   : '+=' | '-=' | '|=' | '^=' | '*=' | '/=' | '%=' | '<<=' | '>>=' | '&=' | '&^=';

// Literals. Imaginary first so that "1i" is one token; longest match settles the rest.
IMAGINARY_LIT : (DECIMAL_DIGITS | INT_BODY | FLOAT_BODY) 'i';
FLOAT_LIT   : FLOAT_BODY;
INT_LIT     : INT_BODY;
RUNE_LIT    : '\'' (~['\\\r\n] | '\\' ~[\r\n])+ '\'';
STRING_LIT  : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
RAW_STRING_LIT : '`' ~'`'* '`';

// Whitespace and comments. NEWLINE is consumed by the semicolon-inserting token source.
WS          : [ \t\r]+ -> skip;
// Utf16CharStream shows the lexer every non-ASCII character as a control code naming its class:
// \u0001 letter (or surrogate half), \u0002 decimal digit, \u0004 BOM, \u0005 anything else.
BOM         : '\u0004'; // allowed only as the first character; the token source drops that one
NEWLINE     : '\n' [ \t\r\n]*; // one token for a run of line breaks: they only insert semicolons
BLOCK_COMMENT : '/*' .*? '*/' -> channel(COMMENTS);
LINE_COMMENT  : '//' ~[\r\n]* ('\r' ~[\r\n]+)* -> channel(COMMENTS); // a CR before the newline is not part of it

// Malformed input becomes tokens the parser rejects, so the lexer itself never fails and an
// unterminated literal costs one scan, not one scan per following character.
UNTERMINATED_STRING  : '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'?;
UNTERMINATED_RAW_STRING : '`' ~'`'*;
UNTERMINATED_RUNE    : '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\\'?;
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'*;
ILLEGAL_CHARACTER    : .;

fragment INT_BODY
    : '0' | [1-9] ('_'? DECIMAL_DIGITS)?
    | '0' [bB] ('_'? BINARY_DIGIT)+
    | '0' [oO]? ('_'? OCTAL_DIGIT)+
    | '0' [xX] ('_'? HEX_DIGIT)+
    ;
fragment FLOAT_BODY
    : DECIMAL_DIGITS '.' DECIMAL_DIGITS? DECIMAL_EXPONENT?
    | DECIMAL_DIGITS DECIMAL_EXPONENT
    | '.' DECIMAL_DIGITS DECIMAL_EXPONENT?
    | '0' [xX] HEX_MANTISSA HEX_EXPONENT
    ;
fragment HEX_MANTISSA
    : ('_'? HEX_DIGIT)+ ('.' HEX_DIGITS?)?
    | '.' HEX_DIGITS
    ;
fragment DECIMAL_DIGITS   : DECIMAL_DIGIT ('_'? DECIMAL_DIGIT)*;
fragment HEX_DIGITS       : HEX_DIGIT ('_'? HEX_DIGIT)*;
fragment DECIMAL_EXPONENT : [eE] [+-]? DECIMAL_DIGITS;
fragment HEX_EXPONENT     : [pP] [+-]? DECIMAL_DIGITS;
fragment DECIMAL_DIGIT    : [0-9];
fragment BINARY_DIGIT     : [01];
fragment OCTAL_DIGIT      : [0-7];
fragment HEX_DIGIT        : [0-9a-fA-F];
fragment LETTER           : [a-zA-Z_\u0001];
fragment UNICODE_DIGIT    : [0-9\u0002];
