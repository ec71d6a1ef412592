// Parser for cscript scenarios (see docs/language.md). No embedded actions; the start rule
// ends in EOF. Statements end at a newline or ';'. Newlines inside (...) and [...] are
// removed before parsing by the front end (NewlineFilter), so argument lists may span lines.
parser grammar CscriptParser;

options { tokenVocab = CscriptLexer; }

script
    : sep* (statement (sep+ statement)*)? sep* EOF
    ;

sep : NL | SEMI | AUDIT_END ;

block
    : LBRACE sep* (statement (sep+ statement)*)? sep* RBRACE
    ;

statement
    : IMPORT STRING                                              # importStmt
    | CONFIG configKey ASSIGN configValue                        # configStmt
    | LET ID ASSIGN expr                                         # letStmt
    | ID ASSIGN expr                                             # assignStmt
    | FN ID LPAREN paramList? RPAREN block                       # fnStmt
    | RETURN expr?                                               # returnStmt
    | BREAK                                                      # breakStmt
    | CONTINUE                                                   # continueStmt
    | ifStatement                                                # ifStmt
    | WHILE expr block                                           # whileStmt
    | FOR ID IN expr (DOTDOT expr)? block                        # forStmt
    | AS expr block                                              # asStmt
    | CONCURRENTLY (ID STRING)? branches                         # concurrentlyStmt
    | OUTCOME ID expr (COMMA expr)?                              # outcomeStmt
    | EXPECT expr block                                          # expectStmt
    | ASSERT expr (COMMA expr)?                                  # assertStmt
    | PRINT expr                                                 # printStmt
    | auditCheck                                                 # auditStmt
    | expr                                                       # exprStmt
    ;

// the branches of 'concurrently': each 'as TASK { ... }', one per line
branches
    : LBRACE sep* (branch (sep+ branch)*)? sep* RBRACE
    ;

branch : AS expr block ;

ifStatement
    : IF expr block (NL* ELSE (block | ifStatement))?     // 'else' may start the next line
    ;

paramList : ID (COMMA ID)* ;

configKey : ID (DOT ID)* ;

configValue
    : MINUS? INT
    | STRING
    | TRUE
    | FALSE
    | ID
    ;

expr
    : primary                                                    # primaryExpr
    | expr DOT ID                                                # fieldExpr
    | expr LBRACK expr RBRACK                                    # indexExpr
    | op=(MINUS | TRY) expr                                      # unaryExpr
    | expr op=(STAR | SLASH | PERCENT) expr                      # mulExpr
    | expr op=(PLUS | MINUS) expr                                # addExpr
    | expr op=AMP expr                                           # bitAndExpr
    | expr op=PIPE expr                                          # bitOrExpr
    | expr op=(EQEQ | NEQ | LT | LE | GT | GE) expr              # compareExpr
    | NOT expr                                                   # notExpr
    | expr AND expr                                              # andExpr
    | expr OR expr                                               # orExpr
    ;

primary
    : INT                                                        # intLit
    | STRING                                                     # stringLit
    | TRUE                                                       # trueLit
    | FALSE                                                      # falseLit
    | NIL                                                        # nilLit
    | ID LPAREN argList? RPAREN                                  # callExpr
    | ID                                                         # nameExpr
    | LPAREN expr RPAREN                                         # parenExpr
    | LBRACK (expr (COMMA expr)*)? RBRACK                        # listLit
    ;

argList : expr (COMMA expr)* ;

// An interpolation ${...} inside a string or an audit value is parsed on its own with this rule.
interpolation : expr EOF ;

auditCheck
    : kind=(ASSERT_AUDIT | ASSERT_AUDIT_NEXT | ASSERT_NO_AUDIT) AUDIT_WORD auditField*
    ;

auditField : AUDIT_FIELD auditValue ;

auditValue
    : AV_STRING                                                  # auditString
    | AV_REGEX                                                   # auditRegex
    | AV_ANY                                                     # auditAny
    | (AV_BARE | AUDIT_WORD)                                     # auditBare
    ;
