// Lexer for cscript scenarios. No embedded actions: only lexer commands (skip, modes).
// After assert_audit / assert_audit_next / assert_no_audit the lexer switches to the AUDIT
// mode, where the rest of the line is a record pattern (TYPE field=value ...), not an expression.
lexer grammar CscriptLexer;

LET       : 'let';
FN        : 'fn';
RETURN    : 'return';
IF        : 'if';
ELSE      : 'else';
WHILE     : 'while';
FOR       : 'for';
IN        : 'in';
BREAK     : 'break';
CONTINUE  : 'continue';
IMPORT    : 'import';
AS        : 'as';
EXPECT    : 'expect';
TRY       : 'try';
CONFIG    : 'config';
PRINT     : 'print';
CONCURRENTLY : 'concurrently';
OUTCOME   : 'outcome';
AND       : 'and';
OR        : 'or';
NOT       : 'not';
TRUE      : 'true';
FALSE     : 'false';
NIL       : 'nil';

ASSERT_AUDIT_NEXT : 'assert_audit_next' -> pushMode(AUDIT);
ASSERT_NO_AUDIT   : 'assert_no_audit'   -> pushMode(AUDIT);
ASSERT_AUDIT      : 'assert_audit'      -> pushMode(AUDIT);
ASSERT            : 'assert';

DOTDOT    : '..';
DOT       : '.';
COMMA     : ',';
LPAREN    : '(';
RPAREN    : ')';
LBRACK    : '[';
RBRACK    : ']';
LBRACE    : '{';
RBRACE    : '}';
EQEQ      : '==';
NEQ       : '!=';
LE        : '<=';
GE        : '>=';
LT        : '<';
GT        : '>';
ASSIGN    : '=';
PLUS      : '+';
MINUS     : '-';
STAR      : '*';
SLASH     : '/';
PERCENT   : '%';
PIPE      : '|';
AMP       : '&';
SEMI      : ';';

INT       : '0' [xX] [0-9a-fA-F]+ | [0-9]+;
// Any backslash pair is accepted here; Template rejects unknown escapes with a precise message
// (rejecting them in the lexer would turn a bad escape into "unterminated string").
// An interpolation ${...} may contain string literals, so "a ${f("}")} b" is one token.
STRING    : QUOTED_TEMPLATE;
ID        : [a-zA-Z_] [a-zA-Z0-9_]*;

NL        : '\r'? '\n';
WS        : [ \t]+ -> skip;
CONTINUATION : '\\' '\r'? '\n' -> skip;
COMMENT   : '#' ~[\r\n]* -> skip;

// Anything else is a token of its own so the parser reports it with a position.
UNEXPECTED_CHAR : . ;

// A string literal, also the quoted form of an assert_audit value.
fragment QUOTED_TEMPLATE : '"' (ANY_ESCAPE | STRING_INTERP | ~["\\\r\n])* '"';
fragment ANY_ESCAPE    : '\\' ~[\r\n];
fragment PLAIN_STRING  : '"' (ANY_ESCAPE | ~["\\\r\n])* '"';
fragment STRING_INTERP : '${' (PLAIN_STRING | ~["}\r\n])* '}';

// ---------------------------------------------------------------------------------------
// Record patterns: assert_audit TYPE name=value name=/regex/ name=* name=${expr} ...
mode AUDIT;

AUDIT_WS      : [ \t]+ -> skip;
AUDIT_COMMENT : '#' ~[\r\n]* -> skip;
AUDIT_CONTINUATION : '\\' '\r'? '\n' -> skip;   // long patterns may continue like code lines
AUDIT_END     : ('\r'? '\n' | ';') -> popMode;
AUDIT_RBRACE  : '}' -> popMode, type(RBRACE);
AUDIT_FIELD   : AUDIT_NAME '=';
AUDIT_WORD    : AUDIT_NAME;
AV_ANY        : '*';
AV_REGEX      : '/' (~[/\\\r\n] | '\\' ~[\r\n])+ '/';
AV_STRING     : QUOTED_TEMPLATE;   // the same text as a STRING, so Template reads both alike
// '}' is excluded so that "{ assert_audit T f=1}" closes the block; inside ${...} it is allowed.
// A '\' before the line end is left out so that it continues the line (AUDIT_CONTINUATION).
AV_BARE       : (STRING_INTERP | '\\' ~[\r\n] | ~[ \t\r\n;#"=}\\])+;
AUDIT_UNEXPECTED : . ;

fragment AUDIT_NAME : [a-zA-Z_] [a-zA-Z0-9_-]*;
