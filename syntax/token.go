package syntax

// A TokenKind is the kind of a lexical token.
type TokenKind uint8

const (
	ILLEGAL TokenKind = iota
	EOF
	NEWLINE
	INDENT
	DEDENT

	NAME   // identifier
	INT    // 123, 0x1f, 1_000
	FLOAT  // 1.5, 1e9
	IMAG   // 1j (rejected by the language, still tokenized)
	STRING // any string or bytes literal, f-strings included; Text keeps prefix and quotes

	// Operators and delimiters.
	LPAREN       // (
	RPAREN       // )
	LBRACK       // [
	RBRACK       // ]
	LBRACE       // {
	RBRACE       // }
	COLON        // :
	COMMA        // ,
	SEMI         // ;
	PLUS         // +
	MINUS        // -
	STAR         // *
	SLASH        // /
	VBAR         // |
	AMPER        // &
	LESS         // <
	GREATER      // >
	EQUAL        // =
	DOT          // .
	PERCENT      // %
	EQEQUAL      // ==
	NOTEQUAL     // !=
	LESSEQUAL    // <=
	GREATEREQUAL // >=
	TILDE        // ~
	CIRCUMFLEX   // ^
	LEFTSHIFT    // <<
	RIGHTSHIFT   // >>
	DOUBLESTAR   // **
	PLUSEQUAL    // +=
	MINEQUAL     // -=
	STAREQUAL    // *=
	SLASHEQUAL   // /=
	PERCENTEQUAL // %=
	AMPEREQUAL   // &=
	VBAREQUAL    // |=
	CIRCUMFLEXEQUAL
	LEFTSHIFTEQUAL
	RIGHTSHIFTEQUAL
	DOUBLESTAREQUAL
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=
	EXCLAMATION      // ! (only inside f-string replacement fields)

	// Keywords.
	keywordsStart
	FALSE
	NONE
	TRUE
	AND
	AS
	ASSERT
	ASYNC
	AWAIT
	BREAK
	CLASS
	CONTINUE
	DEF
	DEL
	ELIF
	ELSE
	EXCEPT
	FINALLY
	FOR
	FROM
	GLOBAL
	IF
	IMPORT
	IN
	IS
	LAMBDA
	NONLOCAL
	NOT
	OR
	PASS
	RAISE
	RETURN
	TRY
	WHILE
	WITH
	YIELD
	keywordsEnd
)

var tokenNames = [...]string{
	ILLEGAL:          "illegal token",
	EOF:              "end of file",
	NEWLINE:          "newline",
	INDENT:           "indent",
	DEDENT:           "dedent",
	NAME:             "name",
	INT:              "integer",
	FLOAT:            "float",
	IMAG:             "imaginary number",
	STRING:           "string",
	LPAREN:           "(",
	RPAREN:           ")",
	LBRACK:           "[",
	RBRACK:           "]",
	LBRACE:           "{",
	RBRACE:           "}",
	COLON:            ":",
	COMMA:            ",",
	SEMI:             ";",
	PLUS:             "+",
	MINUS:            "-",
	STAR:             "*",
	SLASH:            "/",
	VBAR:             "|",
	AMPER:            "&",
	LESS:             "<",
	GREATER:          ">",
	EQUAL:            "=",
	DOT:              ".",
	PERCENT:          "%",
	EQEQUAL:          "==",
	NOTEQUAL:         "!=",
	LESSEQUAL:        "<=",
	GREATEREQUAL:     ">=",
	TILDE:            "~",
	CIRCUMFLEX:       "^",
	LEFTSHIFT:        "<<",
	RIGHTSHIFT:       ">>",
	DOUBLESTAR:       "**",
	PLUSEQUAL:        "+=",
	MINEQUAL:         "-=",
	STAREQUAL:        "*=",
	SLASHEQUAL:       "/=",
	PERCENTEQUAL:     "%=",
	AMPEREQUAL:       "&=",
	VBAREQUAL:        "|=",
	CIRCUMFLEXEQUAL:  "^=",
	LEFTSHIFTEQUAL:   "<<=",
	RIGHTSHIFTEQUAL:  ">>=",
	DOUBLESTAREQUAL:  "**=",
	DOUBLESLASH:      "//",
	DOUBLESLASHEQUAL: "//=",
	AT:               "@",
	ATEQUAL:          "@=",
	RARROW:           "->",
	ELLIPSIS:         "...",
	COLONEQUAL:       ":=",
	EXCLAMATION:      "!",
	FALSE:            "False",
	NONE:             "None",
	TRUE:             "True",
	AND:              "and",
	AS:               "as",
	ASSERT:           "assert",
	ASYNC:            "async",
	AWAIT:            "await",
	BREAK:            "break",
	CLASS:            "class",
	CONTINUE:         "continue",
	DEF:              "def",
	DEL:              "del",
	ELIF:             "elif",
	ELSE:             "else",
	EXCEPT:           "except",
	FINALLY:          "finally",
	FOR:              "for",
	FROM:             "from",
	GLOBAL:           "global",
	IF:               "if",
	IMPORT:           "import",
	IN:               "in",
	IS:               "is",
	LAMBDA:           "lambda",
	NONLOCAL:         "nonlocal",
	NOT:              "not",
	OR:               "or",
	PASS:             "pass",
	RAISE:            "raise",
	RETURN:           "return",
	TRY:              "try",
	WHILE:            "while",
	WITH:             "with",
	YIELD:            "yield",
}

func (k TokenKind) String() string {
	if int(k) < len(tokenNames) && tokenNames[k] != "" {
		return tokenNames[k]
	}
	return "token"
}

// IsKeyword reports whether k is one of Python's reserved words.
func (k TokenKind) IsKeyword() bool { return keywordsStart < k && k < keywordsEnd }

var keywords = func() map[string]TokenKind {
	m := make(map[string]TokenKind)
	for k := keywordsStart + 1; k < keywordsEnd; k++ {
		m[tokenNames[k]] = k
	}
	return m
}()

// Keywords returns Python's reserved words, for completion and highlighting.
func Keywords() []string {
	var out []string
	for k := keywordsStart + 1; k < keywordsEnd; k++ {
		out = append(out, tokenNames[k])
	}
	return out
}

// A Token is one lexical token of a source file.
type Token struct {
	Kind TokenKind
	Range
	Text string // the source text of the token (empty for NEWLINE at EOF, INDENT, DEDENT)
}

// A Comment is a # comment, kept for hover, folding and formatting tools.
type Comment struct {
	Range
	Text string // including the leading '#'
}
