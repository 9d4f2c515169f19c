package syntax

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A scanner turns source text into tokens, including the NEWLINE, INDENT and
// DEDENT tokens of Python's layout rules. It never stops at an error: it
// records it and carries on, so that the parser sees the whole file.
type scanner struct {
	src       string
	off       int // current byte offset into src
	line      int // current line, 1-based
	lineStart int // offset of the first byte of the current line

	// Layout state.
	atLineStart    bool
	indents        []int // indentation columns, tabs to multiples of 8
	altIndents     []int // the same with tabs counted as 1, to detect inconsistent use
	parens         []openParen
	pendingDedents int
	lineHasTokens  bool
	lineFirst      int // the index in tokens of the logical line's first token

	// nested is set when scanning the expression of an f-string
	// replacement field: newlines are then insignificant, as inside
	// brackets, and there is no indentation.
	nested bool

	tokens   []Token
	comments []Comment
	errors   ErrorList
}

const bom = "\xEF\xBB\xBF"

// Nesting limits, as in CPython's tokenizer. They bound the parser's
// recursion, so that no input can exhaust the stack.
const (
	maxParenDepth  = 200
	maxIndentDepth = 100
)

type openParen struct {
	kind   TokenKind
	pos    Pos
	indent int // indentation of the line on which the bracket was opened
	// header says that the bracket was opened in the header of a def or
	// class statement (a parameter or base list), whose body may follow.
	header bool
}

// Tokenize splits src into tokens, ending with EOF. It returns the comments
// and every lexical error too.
func Tokenize(src string) ([]Token, []Comment, ErrorList) {
	s := newScanner(src, Pos{Offset: 0, Line: 1, Col: 1})
	// Dense code has about one token per three bytes (tasklet programs,
	// this project's corpus); the standard library, with its docstrings
	// and comments, one per seven. Sizing for the dense case spares it
	// the copy and clearing of a doubled slice, which cost the analysis
	// of a 10,000-line program a tenth of its time; the slice is the
	// parser's alone and dropped after the parse.
	s.tokens = make([]Token, 0, len(src)/3+16)
	s.scanAll()
	return s.tokens, s.comments, s.errors
}

func newScanner(src string, base Pos) *scanner {
	s := &scanner{
		src:         src,
		off:         int(base.Offset),
		line:        int(base.Line),
		lineStart:   int(base.Offset) - int(base.Col-1),
		atLineStart: true,
		indents:     []int{0},
		altIndents:  []int{0},
	}
	return s
}

func (s *scanner) pos() Pos {
	return Pos{Offset: int32(s.off), Line: int32(s.line), Col: int32(s.off - s.lineStart + 1)}
}

// posOfOffset computes the position of any offset from the start of the
// source; it is only for rare errors, since it scans the text.
func (s *scanner) posOfOffset(off int) Pos {
	line, start := 1, 0
	if strings.HasPrefix(s.src, bom) {
		start = len(bom)
	}
	for i := 0; i < off; i++ {
		if s.src[i] == '\n' || (s.src[i] == '\r' && (i+1 >= len(s.src) || s.src[i+1] != '\n')) {
			line++
			start = i + 1
		}
	}
	return Pos{Offset: int32(off), Line: int32(line), Col: int32(off - start + 1)}
}

func (s *scanner) posAt(off int) Pos {
	// Only valid for offsets on the current line.
	return Pos{Offset: int32(off), Line: int32(s.line), Col: int32(off - s.lineStart + 1)}
}

// errorf records an error that CPython's tokenizer raises.
func (s *scanner) errorf(kind ErrorKind, start, end Pos, format string, args ...any) {
	s.errors = append(s.errors, &Error{Range: Range{start, end}, Kind: kind, Msg: fmt.Sprintf(format, args...), at: start.Offset, origin: fromTokenizer})
}

// statusf records an error for which CPython's tokenizer returns a status.
func (s *scanner) statusf(kind ErrorKind, start, end Pos, format string, args ...any) {
	s.errorf(kind, start, end, format, args...)
	s.errors[len(s.errors)-1].origin = tokenizerStatus
}

func (s *scanner) emit(kind TokenKind, start Pos) {
	end := s.pos()
	s.tokens = append(s.tokens, Token{Kind: kind, Range: Range{start, end}, Text: s.src[start.Offset:end.Offset]})
	if kind != NEWLINE && kind != INDENT && kind != DEDENT {
		if !s.lineHasTokens {
			s.lineFirst = len(s.tokens) - 1
		}
		s.lineHasTokens = true
	}
}

func (s *scanner) emitEmpty(kind TokenKind, at Pos) {
	s.tokens = append(s.tokens, Token{Kind: kind, Range: Range{at, at}})
}

func (s *scanner) newline() {
	s.line++
	s.lineStart = s.off
}

func (s *scanner) peekByte(i int) byte {
	if s.off+i < len(s.src) {
		return s.src[s.off+i]
	}
	return 0
}

func (s *scanner) scanAll() {
	if i := strings.IndexByte(s.src[s.off:], 0); i >= 0 && !s.nested {
		// CPython refuses such a file outright; report it once, where the
		// first one is.
		at := s.off + i
		s.errors = append(s.errors, &Error{Range: Range{s.posOfOffset(at), s.posOfOffset(at + 1)}, Kind: ValueError,
			Msg: "source code string cannot contain null bytes", at: int32(at)})
	}
	if s.off == 0 && strings.HasPrefix(s.src, bom) {
		s.off = len(bom) // a UTF-8 byte order mark is not part of the program
		s.lineStart = s.off
	}
	for {
		if s.atLineStart && !s.inParens() {
			if !s.layout() {
				break
			}
		}
		if !s.next() {
			break
		}
	}
	s.finish()
}

// finish ends the token stream: a NEWLINE for an unterminated last line,
// DEDENTs back to column zero, and EOF.
func (s *scanner) finish() {
	at := s.pos()
	if len(s.parens) > 0 {
		s.reportUnclosed()
	}
	if s.lineHasTokens && !s.nested {
		s.emitEmpty(NEWLINE, at)
		s.lineHasTokens = false
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.altIndents = s.altIndents[:len(s.altIndents)-1]
		s.emitEmpty(DEDENT, at)
	}
	s.emitEmpty(EOF, at)
}

func (s *scanner) reportUnclosed() {
	p := s.parens[len(s.parens)-1] // the innermost, as CPython reports
	s.errorf(SyntaxError, p.pos, Pos{Offset: p.pos.Offset + 1, Line: p.pos.Line, Col: p.pos.Col + 1},
		"'%s' was never closed", p.kind)
	s.errors[len(s.errors)-1].unclosed = true
	s.errors[len(s.errors)-1].origin = fromParser
	s.parens = s.parens[:0]
}

// layout measures the indentation at the start of a logical line and emits
// INDENT or DEDENT tokens. Blank and comment-only lines are skipped. It
// returns false at the end of input.
func (s *scanner) layout() bool {
	for {
		col, altcol := 0, 0
		start := s.off
		for s.off < len(s.src) {
			switch s.src[s.off] {
			case ' ':
				col++
				altcol++
			case '\t':
				col = (col/8 + 1) * 8
				altcol++
			case '\f':
				col, altcol = 0, 0
			default:
				goto measured
			}
			s.off++
		}
	measured:
		if s.off >= len(s.src) {
			return false
		}
		switch c := s.src[s.off]; c {
		case '#':
			s.scanComment()
			if s.off < len(s.src) {
				if s.src[s.off] == '\r' && s.peekByte(1) == '\n' {
					s.off++
				}
				s.off++ // the newline
				s.newline()
			}
			continue
		case '\n':
			s.off++
			s.newline()
			continue
		case '\r':
			s.off++
			if s.peekByte(0) == '\n' {
				s.off++
			}
			s.newline()
			continue
		case '\\':
			// A continuation line that starts with a backslash: its
			// indentation counts, as CPython's tokenizer does.
			if s.peekByte(1) == '\n' || (s.peekByte(1) == '\r') {
				break
			}
		}
		s.atLineStart = false
		s.indent(col, altcol, start)
		return true
	}
}

func (s *scanner) indent(col, altcol, lineOff int) {
	at := s.pos()
	top := s.indents[len(s.indents)-1]
	alttop := s.altIndents[len(s.altIndents)-1]
	switch {
	case col == top:
		if altcol != alttop {
			s.statusf(TabError, s.posAt(lineOff), at, "inconsistent use of tabs and spaces in indentation")
		}
	case col > top:
		if altcol <= alttop {
			s.statusf(TabError, s.posAt(lineOff), at, "inconsistent use of tabs and spaces in indentation")
		}
		if len(s.indents) > maxIndentDepth {
			s.statusf(IndentationError, at, at, "too many levels of indentation")
			return
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, altcol)
		s.emitEmpty(INDENT, at)
	default:
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.altIndents = s.altIndents[:len(s.altIndents)-1]
			s.emitEmpty(DEDENT, at)
		}
		if col != s.indents[len(s.indents)-1] {
			// Recover by treating the line as aligned with the block it
			// fell into. CPython points just past the end of the line.
			eol := s.off
			for eol < len(s.src) && s.src[eol] != '\n' && s.src[eol] != '\r' {
				eol++
			}
			s.statusf(IndentationError, s.posAt(eol), s.posAt(eol), "unindent does not match any outer indentation level")
			s.errors[len(s.errors)-1].at = at.Offset
		} else if altcol != s.altIndents[len(s.altIndents)-1] {
			s.statusf(TabError, s.posAt(lineOff), at, "inconsistent use of tabs and spaces in indentation")
		}
	}
}

func (s *scanner) scanComment() {
	start := s.pos()
	for s.off < len(s.src) && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
		s.off++
	}
	s.comments = append(s.comments, Comment{Range: Range{start, s.pos()}, Text: s.src[start.Offset:s.off]})
}

// statementKeywords can only start a statement, never continue an
// expression. Seeing one at the start of a line inside an unclosed bracket,
// no deeper indented than the line that opened it, means the bracket was
// never closed: the scanner reports that and resumes normal layout, so that
// the rest of the file still parses.
var statementKeywords = map[string]bool{
	"def": true, "class": true, "return": true, "import": true, "while": true,
	"with": true, "try": true, "except": true, "finally": true, "elif": true,
	"raise": true, "del": true, "pass": true, "break": true, "continue": true,
	"global": true, "nonlocal": true, "assert": true,
}

// next scans one token (or a newline, comment or continuation). It returns
// false at the end of input.
func (s *scanner) next() bool {
	// Skip spaces.
	for s.off < len(s.src) {
		c := s.src[s.off]
		if c == ' ' || c == '\t' || c == '\f' {
			s.off++
			continue
		}
		break
	}
	if s.off >= len(s.src) {
		return false
	}
	start := s.pos()
	c := s.src[s.off]
	switch {
	case c == '\n' || c == '\r':
		if !s.inParens() {
			if s.lineHasTokens {
				s.off++
				if c == '\r' && s.peekByte(0) == '\n' {
					s.off++
				}
				s.tokens = append(s.tokens, Token{Kind: NEWLINE, Range: Range{start, s.pos()}, Text: s.src[start.Offset:s.off]})
				s.lineHasTokens = false
				s.newline()
				s.atLineStart = true
				return true
			}
		}
		s.off++
		if c == '\r' && s.peekByte(0) == '\n' {
			s.off++
		}
		s.newline()
		if !s.inParens() {
			s.atLineStart = true
		} else if !s.nested {
			s.checkUnclosedAtLineStart()
		}
		return true
	case c == '#':
		s.scanComment()
		return true
	case c == '\\':
		s.off++
		if s.off < len(s.src) && (s.src[s.off] == '\n' || s.src[s.off] == '\r') {
			if s.src[s.off] == '\r' && s.peekByte(1) == '\n' {
				s.off++
			}
			if s.off+1 >= len(s.src) {
				after := s.posAt(s.off)
				s.statusf(SyntaxError, after, after, "unexpected EOF while parsing")
			}
			s.off++
			s.newline()
			return true
		}
		if s.off >= len(s.src) {
			s.statusf(SyntaxError, start, s.pos(), "unexpected EOF while parsing")
			return false
		}
		s.statusf(SyntaxError, s.pos(), s.pos(), "unexpected character after line continuation character")
		return true
	case c == '"' || c == '\'':
		s.scanString(start, start)
		return true
	case isDigit(c) || (c == '.' && isDigit(s.peekByte(1))):
		s.scanNumber(start)
		return true
	case c < utf8.RuneSelf && (isLetter(c) || c == '_'):
		s.scanName(start)
		return true
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s.src[s.off:])
		if isIdentStart(r) || r == utf8.RuneError && size == 1 {
			s.scanName(start)
			return true
		}
		s.off += size
		if unicode.IsPrint(r) {
			s.errorf(SyntaxError, start, s.pos(), "invalid character '%c' (U+%04X)", r, r)
		} else {
			s.errorf(SyntaxError, start, s.pos(), "invalid non-printable character U+%04X", r)
		}
		return true
	}
	s.scanOperator(start)
	return true
}

// checkUnclosedAtLineStart applies the recovery described at
// statementKeywords.
func (s *scanner) checkUnclosedAtLineStart() {
	col, off := 0, s.off
	for off < len(s.src) && (s.src[off] == ' ' || s.src[off] == '\t') {
		if s.src[off] == '\t' {
			col = (col/8 + 1) * 8
		} else {
			col++
		}
		off++
	}
	end := off
	for end < len(s.src) && isLetter(s.src[end]) {
		end++
	}
	word := s.src[off:end]
	if end < len(s.src) && (isDigit(s.src[end]) || s.src[end] == '_') {
		word = ""
	}
	if !s.bodyFollows(word, col) {
		return
	}
	s.reportUnclosed()
	if s.lineHasTokens {
		s.emitEmpty(NEWLINE, s.pos())
		s.lineHasTokens = false
	}
	s.atLineStart = true
}

// bodyFollows says whether a line inside brackets that begins, at column
// col, with word (a name, or "") is the next statement rather than more
// of the bracket: a statement keyword no deeper than the line that opened
// the bracket, or, in the parameter list of a def or the bases of a class
// (where someone is typing a header), a statement keyword at any depth:
// the header's body.
func (s *scanner) bodyFollows(word string, col int) bool {
	open := s.parens[0]
	return statementKeywords[word] && (col <= open.indent || open.header)
}

// inHeader says whether the logical line being scanned is the header of a
// def or class statement, async or not.
func (s *scanner) inHeader() bool {
	if !s.lineHasTokens {
		return false
	}
	first := s.lineFirst
	if s.tokens[first].Kind == ASYNC && first+1 < len(s.tokens) {
		first++
	}
	k := s.tokens[first].Kind
	return k == DEF || k == CLASS
}

func (s *scanner) inParens() bool { return len(s.parens) > 0 || s.nested }

func (s *scanner) currentIndent() int { return s.indents[len(s.indents)-1] }

// scanName scans a name. Like CPython's tokenizer, it takes bytes that are
// not UTF-8 as part of the name, and then reports the name as CPython's
// UTF-8 codec does, at its last byte.
func (s *scanner) scanName(start Pos) {
	invalid := false
	for s.off < len(s.src) {
		c := s.src[s.off]
		if c < utf8.RuneSelf {
			if isLetter(c) || isDigit(c) || c == '_' {
				s.off++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s.src[s.off:])
		if r == utf8.RuneError && size == 1 {
			invalid = true
		} else if !isIdentContinue(r) {
			break
		}
		s.off += size
	}
	word := s.src[start.Offset:s.off]
	if invalid {
		s.errorf(SyntaxError, s.posAt(s.off-1), s.pos(), "(unicode error) 'utf-8' codec %s", utf8Error(word))
	}
	if s.off < len(s.src) && (s.src[s.off] == '"' || s.src[s.off] == '\'') && isStringPrefix(word) {
		s.scanString(start, s.pos())
		return
	}
	if k, ok := keywords[word]; ok {
		s.emit(k, start)
		return
	}
	s.emit(NAME, start)
}

func isStringPrefix(w string) bool {
	if len(w) > 2 {
		return false
	}
	var r, b, f, u int
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'r', 'R':
			r++
		case 'b', 'B':
			b++
		case 'f', 'F':
			f++
		case 'u', 'U':
			u++
		default:
			return false
		}
	}
	if r > 1 || b > 1 || f > 1 || u > 1 || (b+f) > 1 || (u > 0 && len(w) > 1) {
		return false
	}
	return true
}

// scanString scans a string literal whose prefix starts at start and whose
// opening quote is at quote.
func (s *scanner) scanString(start, quote Pos) {
	q := s.src[s.off]
	triple := s.peekByte(1) == q && s.peekByte(2) == q
	if triple {
		s.off += 3
	} else {
		s.off++
	}
	for {
		if s.off >= len(s.src) {
			if triple {
				// CPython names the last line that has text on it.
				line := s.line
				if s.off == s.lineStart && line > int(start.Line) {
					line--
				}
				s.errorf(SyntaxError, start, s.pos(), "unterminated triple-quoted string literal (detected at line %d)", line)
			} else {
				s.errorf(SyntaxError, start, s.pos(), "unterminated string literal (detected at line %d)", s.line)
			}
			s.emit(STRING, start)
			return
		}
		c := s.src[s.off]
		switch {
		case c == q:
			if !triple {
				s.off++
				s.emit(STRING, start)
				return
			}
			if s.peekByte(1) == q && s.peekByte(2) == q {
				s.off += 3
				s.emit(STRING, start)
				return
			}
			s.off++
		case c == '\\':
			s.off++
			if s.off < len(s.src) {
				if s.src[s.off] == '\r' && s.peekByte(1) == '\n' {
					s.off++
				}
				if s.src[s.off] == '\n' || s.src[s.off] == '\r' {
					s.off++
					s.newline()
				} else {
					s.off++
				}
			}
		case c == '\n' || c == '\r':
			if !triple {
				s.errorf(SyntaxError, start, s.pos(), "unterminated string literal (detected at line %d)", s.line)
				s.emit(STRING, start)
				return
			}
			s.off++
			if c == '\r' && s.peekByte(0) == '\n' {
				s.off++
			}
			s.newline()
		default:
			s.off++
		}
	}
}

// scanNumber scans a number. Its errors are where CPython reports them: at
// the last character that its tokenizer read before it found the error.
func (s *scanner) scanNumber(start Pos) {
	c := s.src[s.off]
	if c == '0' && (s.peekByte(1)|0x20 == 'x' || s.peekByte(1)|0x20 == 'o' || s.peekByte(1)|0x20 == 'b') {
		base := s.peekByte(1) | 0x20
		s.off += 2
		valid := func(c byte) bool {
			switch base {
			case 'x':
				return isHexDigit(c)
			case 'o':
				return c >= '0' && c <= '7'
			}
			return c == '0' || c == '1'
		}
		digits := 0
		for {
			if s.peekByte(0) == '_' {
				s.off++
			}
			if valid(s.peekByte(0)) {
				s.off++
				digits++
				continue
			}
			break
		}
		name := map[byte]string{'x': "hexadecimal", 'o': "octal", 'b': "binary"}[base]
		switch {
		case isDigit(s.peekByte(0)):
			// CPython reads the digit before it rejects it.
			s.numberError(start, INT, s.off, "invalid digit '%c' in %s literal", s.src[s.off], name)
		case digits == 0 || s.src[s.off-1] == '_':
			s.numberError(start, INT, s.off-1, "invalid %s literal", name)
		case s.off < len(s.src) && isIdentByte(s.src[s.off]) && !hasKeywordPrefix(s.src[s.off:]):
			s.numberError(start, INT, s.off-1, "invalid %s literal", name)
		default:
			s.emit(INT, start)
		}
		return
	}
	kind := INT
	s.scanDigits()
	intPart := s.src[start.Offset:s.off]
	if s.badUnderscore(start, kind) {
		return
	}
	if s.peekByte(0) == '.' {
		kind = FLOAT
		s.off++
		if isDigit(s.peekByte(0)) {
			s.scanDigits()
			if s.badUnderscore(start, kind) {
				return
			}
		}
	}
	if s.peekByte(0)|0x20 == 'e' {
		n := 1
		if s.peekByte(1) == '+' || s.peekByte(1) == '-' {
			n = 2
		}
		if isDigit(s.peekByte(n)) {
			kind = FLOAT
			s.off += n
			s.scanDigits()
			if s.badUnderscore(start, kind) {
				return
			}
		} else if n == 2 {
			s.numberError(start, kind, s.off+1, "invalid decimal literal")
			return
		}
	}
	if s.peekByte(0)|0x20 == 'j' {
		kind = IMAG
		s.off++
	}
	if kind == INT && len(intPart) > 1 && intPart[0] == '0' && strings.Trim(intPart, "0_") != "" {
		s.errorf(SyntaxError, start, s.pos(), "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
	}
	// 1if x else y is legal Python (the number ends before a keyword);
	// anything else glued to a number is an error.
	if s.off < len(s.src) && isIdentByte(s.src[s.off]) && !hasKeywordPrefix(s.src[s.off:]) {
		s.numberError(start, kind, s.off-1, "invalid %s literal", map[TokenKind]string{INT: "decimal", FLOAT: "decimal", IMAG: "imaginary"}[kind])
		return
	}
	s.emit(kind, start)
}

// badUnderscore reports an underscore in a number that no digit follows.
func (s *scanner) badUnderscore(start Pos, kind TokenKind) bool {
	if s.peekByte(0) != '_' {
		return false
	}
	s.numberError(start, kind, s.off, "invalid decimal literal")
	return true
}

// numberError reports an error in the number that starts at start, at
// offset at, and ends the number's token after the letters, digits and
// underscores that follow.
func (s *scanner) numberError(start Pos, kind TokenKind, at int, format string, args ...any) {
	s.errorf(SyntaxError, s.posAt(at), s.posAt(at+1), format, args...)
	e := s.errors[len(s.errors)-1]
	s.skipIdentChars()
	e.End = s.pos()
	s.emit(kind, start)
}

func hasKeywordPrefix(rest string) bool {
	for _, kw := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if len(rest) >= len(kw) && rest[:len(kw)] == kw {
			return true
		}
	}
	return false
}

func (s *scanner) scanDigits() {
	for s.off < len(s.src) {
		c := s.src[s.off]
		if isDigit(c) {
			s.off++
		} else if c == '_' && isDigit(s.peekByte(1)) {
			s.off++
		} else {
			break
		}
	}
}

func (s *scanner) skipIdentChars() {
	for s.off < len(s.src) && isIdentByte(s.src[s.off]) {
		s.off++
	}
}

// operators maps operator spellings to token kinds; scanOperator tries the
// longest spelling first.
var operators = map[string]TokenKind{
	"(": LPAREN, ")": RPAREN, "[": LBRACK, "]": RBRACK, "{": LBRACE, "}": RBRACE,
	":": COLON, ",": COMMA, ";": SEMI, "+": PLUS, "-": MINUS, "*": STAR, "/": SLASH,
	"|": VBAR, "&": AMPER, "<": LESS, ">": GREATER, "=": EQUAL, ".": DOT, "%": PERCENT,
	"==": EQEQUAL, "!=": NOTEQUAL, "<=": LESSEQUAL, ">=": GREATEREQUAL, "~": TILDE,
	"^": CIRCUMFLEX, "<<": LEFTSHIFT, ">>": RIGHTSHIFT, "**": DOUBLESTAR,
	"+=": PLUSEQUAL, "-=": MINEQUAL, "*=": STAREQUAL, "/=": SLASHEQUAL,
	"%=": PERCENTEQUAL, "&=": AMPEREQUAL, "|=": VBAREQUAL, "^=": CIRCUMFLEXEQUAL,
	"<<=": LEFTSHIFTEQUAL, ">>=": RIGHTSHIFTEQUAL, "**=": DOUBLESTAREQUAL,
	"//": DOUBLESLASH, "//=": DOUBLESLASHEQUAL, "@": AT, "@=": ATEQUAL, "->": RARROW,
	"...": ELLIPSIS, ":=": COLONEQUAL, "!": EXCLAMATION,
}

func (s *scanner) scanOperator(start Pos) {
	for n := 3; n >= 1; n-- {
		if s.off+n > len(s.src) {
			continue
		}
		k, ok := operators[s.src[s.off:s.off+n]]
		if !ok {
			continue
		}
		s.off += n
		switch k {
		case LPAREN, LBRACK, LBRACE:
			if len(s.parens) >= maxParenDepth {
				s.errorf(SyntaxError, start, s.pos(), "too many nested parentheses")
				s.emit(ILLEGAL, start)
				return
			}
			s.parens = append(s.parens, openParen{kind: k, pos: start, indent: s.currentIndent(), header: s.inHeader()})
		case RPAREN, RBRACK, RBRACE:
			if len(s.parens) == 0 {
				s.errorf(SyntaxError, start, s.pos(), "unmatched '%s'", k)
				s.emit(k, start)
				return
			}
			open := s.parens[len(s.parens)-1]
			if closerOf(open.kind) != k {
				if open.pos.Line != start.Line {
					s.errorf(SyntaxError, start, s.pos(), "closing parenthesis '%s' does not match opening parenthesis '%s' on line %d", k, open.kind, open.pos.Line)
				} else {
					s.errorf(SyntaxError, start, s.pos(), "closing parenthesis '%s' does not match opening parenthesis '%s'", k, open.kind)
				}
			}
			s.parens = s.parens[:len(s.parens)-1]
		}
		s.emit(k, start)
		return
	}
	c := s.src[s.off]
	s.off++
	if c == 0 {
		s.emit(ILLEGAL, start) // reported once for the whole file
		return
	}
	if c == '$' || c == '?' || c == '`' {
		// CPython's tokenizer passes these on as operators, for its
		// parser to reject.
		s.errorf(SyntaxError, start, s.pos(), "invalid syntax")
		s.errors[len(s.errors)-1].origin = fromParser
	} else {
		s.errorf(SyntaxError, start, s.pos(), "invalid non-printable character U+%04X", c)
	}
	s.emit(ILLEGAL, start)
}

func closerOf(k TokenKind) TokenKind {
	switch k {
	case LPAREN:
		return RPAREN
	case LBRACK:
		return RBRACK
	}
	return RBRACE
}

func isDigit(c byte) bool    { return '0' <= c && c <= '9' }
func isHexDigit(c byte) bool { return isDigit(c) || ('a' <= c|0x20 && c|0x20 <= 'f') }
func isLetter(c byte) bool   { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isIdentByte(c byte) bool {
	return isLetter(c) || isDigit(c) || c == '_' || c >= utf8.RuneSelf
}

func isIdentStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIdentContinue(r rune) bool {
	return isIdentStart(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}
