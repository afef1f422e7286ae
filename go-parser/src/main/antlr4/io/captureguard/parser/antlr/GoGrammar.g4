/*
 * The Go syntax, written from the Go language specification, shaped after go/parser's decisions
 * rather than the Go spec's EBNF so that every decision is settled by one or two tokens in SLL
 * mode (see docs/ARCHITECTURE.md, "How a file is read"):
 *
 *  - semicolons come from SemicolonInsertingTokenSource; lists take an optional last separator;
 *  - binary expressions are a flat operand/operator list, grouped by precedence in the tree builder;
 *  - the header of if/for/switch uses its own expression rules (header*) in which a '{' after a
 *    bare name never opens a composite literal: Go's "composite literal in statement header" rule,
 *    decided by grammar structure instead of a predicate;
 *  - types written inside expressions (conversions, composite literals) use their own chain
 *    (*X rules), so that '(' and '{' after such a type never leak into the follow set of the
 *    declaration types;
 *  - parameter lists, struct fields and type-parameter brackets are parsed as flat items and
 *    regrouped by the tree builder, as go/parser does.
 *
 * No semantic predicates, no actions, no token-text tests.
 */
parser grammar GoGrammar;

options { tokenVocab = GoLexer; }

// ---------------------------------------------------------------- files

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

// Used on the error path: one top-level chunk of a broken file, parsed on its own.
fileChunk
    : (SEMI | chunkDeclaration)* EOF
    ;

chunkDeclaration
    : (packageClause | importDecl | topLevelDecl) (SEMI | EOF)
    ;

packageClause
    : PACKAGE IDENTIFIER
    ;

importDecl
    : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN)
    ;

importSpec
    : (DOT | IDENTIFIER)? stringLit
    ;

topLevelDecl
    : declaration
    | functionDecl
    ;

functionDecl
    : FUNC parameters? IDENTIFIER typeParameters? signature block?
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN)
    ;

constSpec
    : identifierList type_? (ASSIGN expressionList)?
    ;

varDecl
    : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

typeDecl
    : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN)
    ;

// `type A [N]T` (array) and `type A[P C] T` (generic) share a prefix; the tree builder decides,
// as go/parser does.
typeSpec
    : IDENTIFIER (ASSIGN type_ | typeNoBracket | L_BRACKET typeSpecBracket)
    ;

typeSpecBracket
    : R_BRACKET type_                                                        // slice type
    | IDENTIFIER (constraintNoStarOrParen | nameExpressionTail)
        (COMMA typeParameterDecl)* COMMA? R_BRACKET ASSIGN? type_            // generic, or array [N]T
    | (nonNameOperand postfix* | unaryOperator+ unaryExpr) binaryTail R_BRACKET type_  // array [2*N]T
    | ELLIPSIS R_BRACKET type_
    ;

// What may follow a name inside `type A[name ...`: an expression continued from that name,
// but never an index (`P []E` starts a constraint, not `P[]`).
nameExpressionTail
    : (postfixNotIndex postfix*)? binaryTail
    ;

identifierList
    : IDENTIFIER (COMMA IDENTIFIER)*
    ;

// ---------------------------------------------------------------- functions and parameters

typeParameters
    : L_BRACKET typeParameterDecl (COMMA typeParameterDecl)* COMMA? R_BRACKET
    ;

typeParameterDecl
    : identifierList typeConstraint
    ;

typeConstraint
    : typeTerm (OR typeTerm)*
    ;

typeTerm
    : TILDE? type_
    ;

// A constraint that cannot start with '*' or '(' (those continue the expression instead).
constraintNoStarOrParen
    : (TILDE type_ | typeNameOrInstance | arrayType | typeLitNoPointer | receiveChannelType)
        (OR typeTerm)*
    ;

signature
    : parameters result?
    ;

result
    : parameters
    | resultType
    ;

// A flat list; the tree builder regroups `a, b int` and tells names from types.
parameters
    : L_PAREN (parameterItem (COMMA parameterItem)* COMMA?)? R_PAREN
    ;

parameterItem
    : IDENTIFIER ( DOT IDENTIFIER typeArguments?                 // unnamed qualified type
                 | L_BRACKET bracketList? R_BRACKET type_?      // generic instance, or name + array type
                 | ELLIPSIS type_                               // named variadic
                 | typeNoBracket                                // named
                 )?
    | ELLIPSIS type_                                            // unnamed variadic
    | typeNoName                                                // unnamed
    ;

bracketList
    : expression (COMMA expression)* COMMA?
    ;

// ---------------------------------------------------------------- types (declaration context)

type_
    : typeNameOrInstance
    | L_PAREN type_ R_PAREN
    | arrayType
    | typeLit
    | receiveChannelType
    ;

typeNoBracket
    : typeNameOrInstance
    | L_PAREN type_ R_PAREN
    | typeLit
    | receiveChannelType
    ;

typeNoName
    : L_PAREN type_ R_PAREN
    | arrayType
    | typeLit
    | receiveChannelType
    ;

resultType
    : typeNameOrInstance
    | arrayType
    | typeLit
    | receiveChannelType
    ;

typeNameOrInstance
    : IDENTIFIER (DOT IDENTIFIER)? typeArguments?
    ;

typeArguments
    : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET
    ;

arrayType
    : L_BRACKET (expression | ELLIPSIS)? R_BRACKET type_
    ;

typeLit
    : STAR type_
    | typeLitNoPointer
    ;

typeLitNoPointer
    : FUNC signature
    | structType
    | interfaceType
    | MAP L_BRACKET type_ R_BRACKET type_
    | CHAN RECEIVE? type_
    ;

receiveChannelType
    : RECEIVE_CHAN type_
    ;

structType
    : STRUCT L_BRACE (fieldDecl (SEMI fieldDecl)* SEMI?)? R_BRACE
    ;

fieldDecl
    : IDENTIFIER ( (COMMA IDENTIFIER)+ type_                     // a, b T
                 | typeNoBracket                                // a T
                 | DOT IDENTIFIER typeArguments?                // embedded pkg.T
                 | L_BRACKET bracketList? R_BRACKET type_?      // a [N]T, a []T, or embedded T[int]
                 )? stringLit?
    | STAR typeNameOrInstance stringLit?                        // embedded *T
    ;

interfaceType
    : INTERFACE L_BRACE (interfaceElem (SEMI interfaceElem)* SEMI?)? R_BRACE
    ;

interfaceElem
    : IDENTIFIER signature        // method
    | typeConstraint              // embedded interface or type set
    ;

// ---------------------------------------------------------------- types inside expressions
// A type written as an operand, and what may follow it: a composite literal body, a conversion's
// arguments, or nothing. The follower hangs off the type's last element, so that after
// `func(...)` a '(' is always the results (as go/parser reads it) and no decision has to look
// past a parenthesised list to tell results from a conversion.

literalTypeExpr
    : L_BRACKET (expression | ELLIPSIS)? R_BRACKET elementWithFollower
    | MAP L_BRACKET type_ R_BRACKET elementWithFollower
    | CHAN RECEIVE? elementWithFollower
    | RECEIVE_CHAN elementWithFollower
    | (structType | interfaceType) typeLitFollower
    ;

// A struct or interface type may also be followed by a method expression: `interface{ M() }.M`.
typeLitFollower
    : ((literalValue | arguments | DOT IDENTIFIER) postfix*)?
    ;

elementWithFollower
    : L_PAREN type_ R_PAREN follower
    | resultWithFollower
    ;

resultWithFollower
    : typeNameOrInstance follower
    | STAR elementWithFollower
    | FUNC parameters funcFollower
    | literalTypeExpr
    ;

funcFollower
    : parameters follower
    | resultWithFollower
    | (literalValue postfix*)?
    ;

follower
    : ((literalValue | arguments) postfix*)?
    ;

headerLiteralTypeExpr
    : L_BRACKET (expression | ELLIPSIS)? R_BRACKET headerElementWithFollower
    | MAP L_BRACKET type_ R_BRACKET headerElementWithFollower
    | CHAN RECEIVE? headerElementWithFollower
    | RECEIVE_CHAN headerElementWithFollower
    | (structType | interfaceType) headerTypeLitFollower
    ;

headerTypeLitFollower
    : (literalValue | arguments | DOT IDENTIFIER) headerPostfix*
    ;

headerElementWithFollower
    : L_PAREN type_ R_PAREN headerFollower
    | headerResultWithFollower
    ;

headerResultWithFollower
    : typeNameOrInstance headerFollower
    | STAR headerElementWithFollower
    | FUNC parameters headerFuncFollower
    | headerLiteralTypeExpr
    ;

headerFuncFollower
    : parameters headerFollower
    | headerResultWithFollower
    | literalValue headerPostfix*
    ;

// In a statement header a type is never an operand on its own.
headerFollower
    : (literalValue | arguments) headerPostfix*
    ;

// ---------------------------------------------------------------- statements

block
    : L_BRACE statementList R_BRACE
    ;

statementList
    : statement? (SEMI statement?)*
    ;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

labeledStmt
    : IDENTIFIER COLON statement?
    ;

simpleStmt
    : expressionList ( (DECLARE_ASSIGN | ASSIGN | OP_ASSIGN) expressionList
                     | RECEIVE expression
                     | PLUS_PLUS
                     | MINUS_MINUS
                     )?
    ;

goStmt          : GO expression;
deferStmt       : DEFER expression;
returnStmt      : RETURN expressionList?;
breakStmt       : BREAK IDENTIFIER?;
continueStmt    : CONTINUE IDENTIFIER?;
gotoStmt        : GOTO IDENTIFIER;
fallthroughStmt : FALLTHROUGH;

ifStmt
    : IF (headerStmt (SEMI headerStmt)? | SEMI headerStmt) block (ELSE (ifStmt | block))?
    ;

switchStmt
    : SWITCH headerStmt? (SEMI headerStmt?)? L_BRACE caseClause* R_BRACE
    ;

caseClause
    : (CASE expressionList | DEFAULT) COLON statementList
    ;

selectStmt
    : SELECT L_BRACE commClause* R_BRACE
    ;

commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;

// `for {`, `for cond {`, `for init; cond; post {`, `for k, v := range x {`, `for range x {`
forStmt
    : FOR (headerStmt? (SEMI headerExpression? SEMI headerStmt?)?) block
    ;

// A simple statement in an if/for/switch header: no composite literal after a bare name.
headerStmt
    : headerExpressionList ( (DECLARE_ASSIGN | ASSIGN) (RANGE headerExpression | headerExpressionList)
                           | OP_ASSIGN headerExpressionList
                           | RECEIVE headerExpression
                           | PLUS_PLUS
                           | MINUS_MINUS
                           )?
    | RANGE headerExpression
    ;

// ---------------------------------------------------------------- expressions

expressionList
    : expression (COMMA expression)*
    ;

// Precedence is applied by the tree builder; the grammar only lists operands and operators.
// A func type without a body (`func() *T`) may only stand alone: were it an operand of a binary
// operator, `func() *T` would also read as `func()` times `T`. With a body, a func literal is an
// ordinary operand.
expression
    : unaryOperator* ( FUNC signature (block postfix* (binaryOperator unaryExpr)*)?
                     | primaryExpr (binaryOperator unaryExpr)*
                     )
    ;

binaryTail
    : (binaryOperator unaryExpr)*
    ;

binaryOperator
    : LOGICAL_OR | LOGICAL_AND
    | EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS
    | PLUS | MINUS | OR | CARET
    | STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR
    ;

unaryOperator
    : PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE | TILDE
    ;

unaryExpr
    : unaryOperator* (primaryExpr | functionLiteral)
    ;

// Operands are inlined here (no rule of their own): every context object costs, and this rule
// runs for every operand of every expression.
primaryExpr
    : (basicLit | IDENTIFIER | L_PAREN expression R_PAREN) postfix*
    | literalTypeExpr
    ;

// Within a binary expression or after a unary operator, a func must have its body.
functionLiteral
    : FUNC signature block postfix*
    ;


// An operand that is not a plain name (array lengths in `type A[...]`).
nonNameOperand
    : basicLit
    | L_PAREN expression R_PAREN
    ;

postfix
    : DOT (IDENTIFIER | L_PAREN (TYPE | expression) R_PAREN)
    | arguments
    | literalValue
    | index
    ;

postfixNotIndex
    : DOT (IDENTIFIER | L_PAREN (TYPE | expression) R_PAREN)
    | arguments
    | literalValue
    ;

index
    : L_BRACKET ( COLON sliceRest
                | expression (COLON sliceRest | (COMMA expression)* COMMA?)
                ) R_BRACKET
    ;

sliceRest
    : expression? (COLON expression?)?
    ;

arguments
    : L_PAREN (expression (COMMA expression)* ELLIPSIS? COMMA?)? R_PAREN
    ;

literalValue
    : L_BRACE (element (COMMA element)* COMMA?)? R_BRACE
    ;

element
    : elementValue (COLON elementValue)?
    ;

elementValue
    : expression
    | literalValue
    ;

basicLit
    : INT_LIT | FLOAT_LIT | IMAGINARY_LIT | RUNE_LIT | STRING_LIT | RAW_STRING_LIT
    ;

stringLit
    : STRING_LIT | RAW_STRING_LIT
    ;

// ---------------------------------------------------------------- header expressions

headerExpressionList
    : headerExpression (COMMA headerExpression)*
    ;

headerExpression
    : headerUnaryExpr (binaryOperator headerUnaryExpr)*
    ;

headerUnaryExpr
    : unaryOperator headerUnaryExpr
    | headerPrimaryExpr
    ;

headerPrimaryExpr
    : (basicLit | IDENTIFIER | L_PAREN expression R_PAREN) headerPostfix*
    | headerLiteralTypeExpr
    | FUNC signature block headerPostfix*
    ;

headerPostfix
    : DOT (IDENTIFIER | L_PAREN (TYPE | expression) R_PAREN)
    | arguments
    | index
    ;
