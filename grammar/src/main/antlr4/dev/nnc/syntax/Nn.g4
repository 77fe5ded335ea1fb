// The grammar of the .nn language. docs/language.md is its reference.
//
// Newlines carry no meaning except in one place: a `(` or `[` that starts a
// line never continues the expression on the line before (it is lexed as
// LINE_LPAREN or LINE_LBRACK), so a tuple pattern or a list literal can start
// a new definition:
//     h = cell(x)
//     (a, b) = split(h)
grammar Nn;

tokens { LINE_LPAREN, LINE_LBRACK }

@lexer::members {
  private boolean newlineSeen = true;

  @Override
  public Token nextToken() {
    Token t = super.nextToken();
    if (t.getChannel() == Token.HIDDEN_CHANNEL) {
      if (t.getText().indexOf('\n') >= 0) newlineSeen = true;
      return t;
    }
    if (newlineSeen && t instanceof CommonToken c) {
      if (t.getType() == LPAREN) c.setType(NnParser.LINE_LPAREN);
      else if (t.getType() == LBRACK) c.setType(NnParser.LINE_LBRACK);
    }
    newlineSeen = false;
    return t;
  }
}

file : (useDecl | decl)* EOF ;

// ---------------------------------------------------------------- imports

useDecl
  : USE modulePath DOT LBRACE importItem (COMMA importItem)* COMMA? RBRACE   # useSome
  | USE modulePath DOT STAR                                                     # useAll
  | USE modulePath                                                              # useModule
  ;
modulePath : ident (DOT ident)* ;
importItem : ident (AS ident)? ;

// ---------------------------------------------------------------- declarations

decl
  : constDecl
  | fnDecl
  | layerDecl
  | modelDecl
  | optimizerDecl
  | trainDecl
  | sampleDecl
  ;

constDecl     : CONST ident (COLON type)? ASSIGN expr ;
layerDecl     : LAYER ident paramList? body ;
modelDecl     : MODEL ident paramList? body ;
optimizerDecl : OPTIMIZER ident paramList? body ;
trainDecl     : TRAIN ident argList? LBRACE trainItem* RBRACE ;
sampleDecl    : (SAMPLE | GENERATE) ident paramList? body ;

argList : anyLparen (arg (COMMA arg)* COMMA?)? RPAREN ;
paramList : anyLparen (paramDecl (COMMA paramDecl)* COMMA?)? RPAREN ;
paramDecl : ident (COLON type)? (ASSIGN expr)? ;

body : LBRACE member* RBRACE ;

// A fn with no name is the call of the layer that holds it: `fn (x) = ...`.
fnDecl : FN ident? paramList (ARROW type)? fnBody ;
fnBody
  : ASSIGN expr                       # exprBody
  | LBRACE member* RETURN expr RBRACE # blockBody
  ;

member
  : INPUT ident COLON type                          # inputMember
  | TARGET ident COLON type                         # targetMember
  | PARAM ident COLON type (ASSIGN expr)?           # paramMember
  | STATE ident (COLON type)? ASSIGN expr           # stateMember
  | OUTPUT ident (COLON type)? (ASSIGN expr)?       # outputMember
  | LOSS (ident ASSIGN)? expr                       # lossMember
  | DIM ident (COMMA ident)*                        # dimMember
  | WHERE constraint (COMMA constraint)*            # whereMember
  | USES modelBinding (COMMA modelBinding)*         # usesMember
  | UPDATE ident (COMMA ident)* WITH expr           # updateMember
  | FREEZE ident (COMMA ident)*                     # freezeMember
  | FOR ident IN range body                         # forMember
  | fnDecl                                          # fnMember
  | pattern (COLON type)? ASSIGN expr               # bindMember
  ;

constraint : expr ;

modelBinding : ident ASSIGN expr ;

trainItem
  : MODELS modelBinding (COMMA modelBinding)*             # modelsItem
  | DATA expr (AS anyLparen typedName (COMMA typedName)* RPAREN)? # dataItem
  | VALIDATE expr                                        # validateItem
  | OPTIMIZER expr                                       # optimizerItem
  | SCHEDULE expr                                        # scheduleItem
  | METRICS ident (COMMA ident)*                         # metricsItem
  | STEP ident body                                      # stepItem
  | setting=(BATCH | EPOCHS | SEED | STEPS | ACCUMULATE | CLIP_NORM | CLIP_VALUE) expr # settingItem
  | EARLY_STOP ident COMMA ident COLON expr              # earlyStopItem
  | KEEP_BEST ident                                      # keepBestItem
  | FREEZE ident (COMMA ident)*                          # trainFreezeItem
  | INIT ident (DOT ident)* FROM expr                    # initItem
  ;

typedName : ident COLON type ;

pattern
  : ident                                         # namePattern
  | UNDERSCORE                                    # wildPattern
  | anyLparen pattern (COMMA pattern)+ COMMA? RPAREN  # tuplePattern
  ;

// ---------------------------------------------------------------- types

type
  : tensorType                                         # tensorTypeRef
  | INT_KW                                             # intType
  | FLOAT_KW                                           # floatType
  | STR_KW                                             # strType
  | anyLparen type (COMMA type)+ RPAREN                # tupleType
  ;

// `bool` alone is the compile-time kind; `bool[]` is a scalar tensor.
tensorType : (DTYPE | BOOL_KW) (LBRACK (dim (COMMA dim)* COMMA?)? RBRACK)? ;

dim
  : ELLIPSIS ident?   # restDim
  | UNDERSCORE        # anyDim
  | expr              # exprDim
  ;

range : expr (TO | DOWN TO | UNTIL) expr ;

// ---------------------------------------------------------------- expressions

expr
  : expr LPAREN (arg (COMMA arg)* COMMA?)? RPAREN            # callExpr
  | expr LBRACK index (COMMA index)* COMMA? RBRACK            # indexExpr
  | expr DOT ident                                           # memberExpr
  | <assoc=right> expr POW expr                              # powExpr
  | op=(MINUS | PLUS) expr                                   # unaryExpr
  | expr op=(STAR | SLASH | PERCENT | AT) expr    # mulExpr
  | expr op=(PLUS | MINUS) expr                              # addExpr
  | expr op=(LT | LE | GT | GE | EQ | NE) expr               # compareExpr
  | NOT expr                                                 # notExpr
  | expr AND expr                                            # andExpr
  | expr OR expr                                             # orExpr
  | IF expr THEN expr ELSE expr                              # ifExpr
  | SCAN ident OVER expr REVERSE? (WITH anyLparen carry (COMMA carry)* COMMA? RPAREN)?
      LBRACE member* (YIELD expr (ALONG expr)?)? RBRACE     # scanExpr
  | primary                                                  # primaryExpr
  ;

carry : ident COLON type ASSIGN expr ;

arg : (ident COLON)? expr ;

index
  : ELLIPSIS                         # ellipsisIndex
  | expr? COLON expr? (COLON expr?)? # sliceIndex
  | NEW                              # newAxisIndex
  | expr                             # exprIndex
  ;

primary
  : INT                                           # intLit
  | FLOAT                                         # floatLit
  | STRING                                        # stringLit
  | (TRUE | FALSE)                                # boolLit
  | tensorType                                    # typeLit
  | kind=(INT_KW | FLOAT_KW)                      # kindRef
  | ident                                         # nameRef
  | anyLparen expr RPAREN                         # parenExpr
  | anyLparen expr (COMMA expr)+ COMMA? RPAREN    # tupleExpr
  | anyLbrack expr FOR ident IN range RBRACK      # comprehension
  | anyLbrack (expr (COMMA expr)* COMMA?)? RBRACK # listExpr
  ;

anyLparen : LPAREN | LINE_LPAREN ;
anyLbrack : LBRACK | LINE_LBRACK ;

// Soft keywords: words that open a clause but may still name things.
ident
  : ID | INPUT | TARGET | PARAM | STATE | OUTPUT | LOSS | DIM | USES | UPDATE
  | FREEZE | MODELS | DATA | VALIDATE | SCHEDULE | METRICS | STEP | BATCH
  | EPOCHS | SEED | STEPS | ACCUMULATE | CLIP_NORM | CLIP_VALUE | EARLY_STOP | KEEP_BEST | DOWN | ALONG | OVER | REVERSE | WITH | UNTIL | NEW | IN | TO | WHERE
  | INIT | FROM
  ;

// ---------------------------------------------------------------- lexer

USE       : 'use' ;
AS        : 'as' ;
CONST     : 'const' ;
FN        : 'fn' ;
LAYER     : 'layer' ;
MODEL     : 'model' ;
OPTIMIZER : 'optimizer' ;
TRAIN     : 'train' ;
SAMPLE    : 'sample' ;
GENERATE  : 'generate' ;
RETURN    : 'return' ;
WHERE     : 'where' ;
FOR       : 'for' ;
IN        : 'in' ;
TO        : 'to' ;
IF        : 'if' ;
THEN      : 'then' ;
ELSE      : 'else' ;
SCAN      : 'scan' ;
YIELD     : 'yield' ;
AND       : 'and' ;
OR        : 'or' ;
NOT       : 'not' ;
TRUE      : 'true' ;
FALSE     : 'false' ;

INPUT     : 'input' ;
TARGET    : 'target' ;
PARAM     : 'param' ;
STATE     : 'state' ;
OUTPUT    : 'output' ;
LOSS      : 'loss' ;
DIM       : 'dim' ;
USES      : 'uses' ;
UPDATE    : 'update' ;
FREEZE    : 'freeze' ;
MODELS    : 'models' ;
DATA      : 'data' ;
VALIDATE  : 'validate' ;
SCHEDULE  : 'schedule' ;
METRICS   : 'metrics' ;
STEP      : 'step' ;
BATCH     : 'batch' ;
EPOCHS    : 'epochs' ;
SEED      : 'seed' ;
STEPS     : 'steps' ;
ACCUMULATE : 'accumulate' ;
CLIP_NORM  : 'clip_norm' ;
CLIP_VALUE : 'clip_value' ;
EARLY_STOP : 'early_stop' ;
KEEP_BEST  : 'keep_best' ;
DOWN      : 'down' ;
UNTIL     : 'until' ;
ALONG     : 'along' ;
OVER      : 'over' ;
REVERSE   : 'reverse' ;
WITH      : 'with' ;
NEW       : 'new' ;
// INIT and FROM stay right after NEW: Parse.isSoftKeyword takes the tokens INPUT to FROM as names.
INIT      : 'init' ;
FROM      : 'from' ;

DTYPE     : 'f32' | 'f64' | 'i32' ;
BOOL_KW   : 'bool' ;
INT_KW    : 'int' ;
FLOAT_KW  : 'float' ;
STR_KW    : 'str' ;

ARROW     : '->' ;
ELLIPSIS  : '...' ;
POW       : '**' ;
LE        : '<=' ;
GE        : '>=' ;
EQ        : '==' ;
NE        : '!=' ;
LT        : '<' ;
GT        : '>' ;
ASSIGN    : '=' ;
PLUS      : '+' ;
MINUS     : '-' ;
STAR      : '*' ;
SLASH     : '/' ;
PERCENT   : '%' ;
AT        : '@' ;
DOT       : '.' ;
COMMA     : ',' ;
COLON     : ':' ;
LPAREN    : '(' ;
RPAREN    : ')' ;
LBRACK    : '[' ;
RBRACK    : ']' ;
LBRACE    : '{' ;
RBRACE    : '}' ;
UNDERSCORE : '_' ;

FLOAT
  : DIGITS '.' DIGITS? EXPONENT?
  | '.' DIGITS EXPONENT?
  | DIGITS EXPONENT
  ;
INT       : DIGITS ;
fragment DIGITS   : [0-9] ('_'? [0-9])* ;
fragment EXPONENT : [eE] [+-]? [0-9]+ ;

STRING    : '"' (~["\\\r\n] | '\\' .)* '"' ;
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' .)* ;

// A trailing ' marks the next value of a carried or updated name: h', m'.
ID        : [a-zA-Z_] [a-zA-Z_0-9]* '\''* ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF ;
WS            : [ \t\r\n]+ -> channel(HIDDEN) ;

// Anything else is reported as a lexical error by the parser front end.
UNKNOWN   : . ;
