package syntax

import (
	"fmt"
	"sort"
	"strings"
)

// Parse parses a source file. It always returns a tree: where the source is
// broken, the tree holds BadStmt and BadExpr nodes and the error list says
// why. Errors are sorted by position.
//
// Like CPython, Parse reads src as UTF-8 unless a PEP 263 coding cookie on
// its first or second line names another encoding: it decodes Latin-1 and
// cp1252 (windows-1252), checks ASCII, and reports other encodings as
// unknown. Positions then refer to the decoded text: offsets and columns
// count bytes of its UTF-8 form, as CPython's col_offset does. A file that
// does not decode is parsed as it is.
func Parse(path string, src []byte) (*File, ErrorList) {
	text, decodeErr := decodeSource(src)
	toks, comments, scanErrs := Tokenize(text)
	p := &parser{path: path, src: text, toks: toks, scanErrs: scanErrs}
	p.lines = lineStarts(text)
	f := &File{Path: path, Comments: comments}
	f.Body = p.parseStmtsUntilEOF()
	end := p.posOf(len(text))
	f.Range = Range{Pos{Offset: 0, Line: 1, Col: 1}, end}
	errs := p.allErrors()
	if decodeErr != nil {
		e := &Error{Range: Range{p.posOf(decodeErr.start), p.posOf(decodeErr.end)}, Msg: decodeErr.msg, origin: fromDecoder}
		errs = sortErrors(append(ErrorList{e}, errs...))
	}
	return f, errs
}

// allErrors merges the scanner's errors, less those the parser superseded,
// with the parser's.
func (p *parser) allErrors() ErrorList {
	var errs ErrorList
	for _, e := range p.scanErrs {
		if !p.superseded[e] {
			errs = append(errs, e)
		}
	}
	errs = append(errs, p.errors...)
	return sortErrors(errs)
}

// ParseExpr parses a single expression, as for a debugger's evaluate
// request or a watch. Positions count from the start of src.
func ParseExpr(src string) (Expr, ErrorList) {
	toks, _, scanErrs := Tokenize(src)
	p := &parser{path: "<expr>", src: src, toks: toks, scanErrs: scanErrs}
	p.lines = lineStarts(src)
	var x Expr
	func() {
		defer p.catch(func() { x = &BadExpr{} })
		x = p.parseStarExpressions()
		if p.tok().Kind == NEWLINE {
			p.advance()
		}
		if p.tok().Kind != EOF {
			p.fail(p.tok().Range, "invalid syntax")
		}
	}()
	return x, p.allErrors()
}

type parser struct {
	path     string
	src      string
	lines    []int32 // byte offset of the start of each line
	toks     []Token
	i        int
	scanErrs ErrorList
	errors   ErrorList
	// superseded holds unclosed-bracket errors of the scanner that a
	// parser error explains better.
	superseded map[*Error]bool

	// depth counts nested expression parsers (unary operators, lambdas,
	// conditional expressions), which can nest without brackets.
	depth int

	// stmtStart is the offset where the statement being parsed begins:
	// errors after one already reported in the same statement are noise.
	stmtStart int32

	// field is set when parsing the expression of an f-string replacement
	// field, whose end CPython sees as a closing parenthesis.
	field bool

	// speculating is set during a trial parse, whose errors are not the
	// file's (see speculate).
	speculating bool
}

// bailout unwinds the parser from an error to the statement being parsed,
// which skips the rest of its line and goes on with the next one.
type bailout struct{}

func (p *parser) tok() *Token { return &p.toks[p.i] }

func (p *parser) peek(n int) *Token {
	if p.i+n < len(p.toks) {
		return &p.toks[p.i+n]
	}
	return &p.toks[len(p.toks)-1]
}

func (p *parser) advance() Token {
	t := p.toks[p.i]
	if p.i < len(p.toks)-1 {
		p.i++
	}
	return t
}

func (p *parser) got(k TokenKind) bool {
	if p.tok().Kind == k {
		p.advance()
		return true
	}
	return false
}

// prevEnd is the end of the last token consumed.
func (p *parser) prevEnd() Pos {
	if p.i == 0 {
		return p.toks[0].Start
	}
	return p.toks[p.i-1].End
}

func lineStarts(src string) []int32 {
	lines := []int32{0}
	if strings.HasPrefix(src, bom) {
		lines[0] = int32(len(bom)) // columns count from after a byte order mark
	}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			lines = append(lines, int32(i+1))
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			lines = append(lines, int32(i+1))
		}
	}
	return lines
}

// posOf converts a byte offset into a position.
func (p *parser) posOf(off int) Pos {
	line := sort.Search(len(p.lines), func(i int) bool { return p.lines[i] > int32(off) }) - 1
	return Pos{Offset: int32(off), Line: int32(line + 1), Col: int32(off) - p.lines[line] + 1}
}

// report records an error unless one was already reported (by the scanner
// or the parser) inside the current statement.
func (p *parser) report(kind ErrorKind, r Range, msg string) {
	if p.speculating {
		return
	}
	if n := len(p.errors); n > 0 && p.errors[n-1].Start.Offset >= p.stmtStart {
		return
	}
	if e := p.scanErrorInStatement(); e != nil {
		if !e.unclosed || !p.explainsUnclosed(e, r, msg) {
			return
		}
		if p.superseded == nil {
			p.superseded = make(map[*Error]bool)
		}
		p.superseded[e] = true
	}
	p.errors = append(p.errors, &Error{Range: r, Kind: kind, Msg: msg})
}

// scanErrorInStatement returns the first error of the scanner between the
// start of the current statement and the current token, if any.
func (p *parser) scanErrorInStatement() *Error {
	end := p.tok().End.Offset
	i := sort.Search(len(p.scanErrs), func(i int) bool { return p.scanErrs[i].at >= p.stmtStart })
	if i < len(p.scanErrs) && p.scanErrs[i].at <= end {
		return p.scanErrs[i]
	}
	return nil
}

// explainsUnclosed decides, as CPython does, between a parser error inside
// an unclosed bracket and "'(' was never closed": the bracket wins when the
// parser ran out of tokens, or when the error is on a later line than the
// bracket.
func (p *parser) explainsUnclosed(unclosed *Error, r Range, msg string) bool {
	if k := p.tok().Kind; (k == NEWLINE || k == EOF) && p.tok().Start == p.tok().End {
		return false
	}
	return r.Start.Line <= unclosed.Start.Line
}

// fail reports a syntax error and abandons the current statement.
func (p *parser) fail(r Range, msg string) {
	p.report(SyntaxError, r, msg)
	panic(bailout{})
}

func (p *parser) failf(r Range, format string, args ...any) {
	p.fail(r, fmt.Sprintf(format, args...))
}

// catch recovers from a bailout, calling onError. It must be deferred.
func (p *parser) catch(onError func()) {
	if r := recover(); r != nil {
		if _, ok := r.(bailout); !ok {
			panic(r)
		}
		onError()
	}
}

// expect consumes a token of kind k or fails with CPython's wording.
func (p *parser) expect(k TokenKind) Token {
	if p.tok().Kind != k {
		p.errorExpected(k)
	}
	return p.advance()
}

func (p *parser) errorExpected(k TokenKind) {
	t := p.tok()
	switch k {
	case COLON:
		p.fail(p.prevEndRange(), "expected ':'")
	case NAME:
		if t.Kind.IsKeyword() {
			p.failf(t.Range, "invalid syntax")
		}
	case RPAREN, RBRACK, RBRACE:
		if t.Kind == NEWLINE || t.Kind == EOF {
			p.fail(t.Range, "invalid syntax")
		}
	}
	p.invalidSyntax()
}

func (p *parser) prevEndRange() Range {
	e := p.prevEnd()
	return Range{e, e}
}

// invalidSyntax reports CPython's generic error at the current token, with
// its hint when two expressions stand side by side.
func (p *parser) invalidSyntax() {
	t := p.tok()
	switch t.Kind {
	case INDENT:
		p.unexpectedIndent()
	case EOF:
		if !p.field {
			p.fail(t.Range, "unexpected EOF while parsing")
		}
	}
	p.fail(t.Range, "invalid syntax")
}

// unexpectedIndent reports the INDENT at the current token and abandons
// the statement. CPython's column is the length of the indentation, tabs
// counting one: the error covers the last character of the indentation,
// which always precedes an INDENT on its line.
func (p *parser) unexpectedIndent() {
	t := p.tok()
	p.report(IndentationError, Range{p.posOf(int(t.Start.Offset) - 1), t.Start}, "unexpected indent")
	panic(bailout{})
}

// ---- Statements ----

func (p *parser) parseStmtsUntilEOF() []Stmt {
	var body []Stmt
	for p.tok().Kind != EOF {
		switch p.tok().Kind {
		case NEWLINE:
			p.advance()
			continue
		case DEDENT:
			// Only after an indentation error: carry on at the outer level.
			p.advance()
			continue
		}
		body = append(body, p.parseStatement()...)
	}
	return body
}

// parseStatement parses one line's worth of statements (a compound
// statement, or simple statements separated by semicolons), recovering from
// errors by skipping to the end of the line.
func (p *parser) parseStatement() (stmts []Stmt) {
	start := p.i
	p.stmtStart = p.tok().Start.Offset
	defer p.catch(func() { stmts = []Stmt{p.recoverStmt(start)} })
	if p.tok().Kind == INDENT {
		p.unexpectedIndent()
	}
	if s := p.parseCompoundStmt(); s != nil {
		return []Stmt{s}
	}
	return p.parseSimpleStmts()
}

// recoverStmt skips the rest of a broken logical line. If the line opens a
// block, the block is parsed too and kept in the BadStmt, so that the
// functions and classes in it stay visible to tools.
func (p *parser) recoverStmt(start int) Stmt {
	bad := &BadStmt{}
	bad.Start = p.toks[start].Start
	if p.i == start || p.toks[p.i-1].Kind != NEWLINE {
		for p.tok().Kind != NEWLINE && p.tok().Kind != EOF {
			if p.tok().Kind == INDENT && p.i > start {
				break
			}
			p.advance()
		}
		p.got(NEWLINE)
	}
	if p.i == start {
		// Nothing consumed (a stray DEDENT or INDENT): step over it so the
		// loop makes progress.
		p.advance()
	}
	// Like a compound statement, the broken line ends at its last token,
	// not at its newline: that keeps it inside the block around it, which
	// ends there too.
	bad.End = p.blockEnd()
	if bad.End.Offset < bad.Start.Offset {
		bad.End = bad.Start
	}
	if p.tok().Kind == INDENT {
		p.advance()
		bad.Body = p.parseBlockBody()
		if len(bad.Body) > 0 {
			bad.End = bad.Body[len(bad.Body)-1].Span().End
		}
	}
	return bad
}

// parseBlockBody parses statements up to the DEDENT that ends a block.
func (p *parser) parseBlockBody() []Stmt {
	var body []Stmt
	for {
		switch p.tok().Kind {
		case DEDENT:
			p.advance()
			return body
		case EOF:
			return body
		case NEWLINE:
			p.advance()
			continue
		}
		body = append(body, p.parseStatement()...)
	}
}

// forcedColon lists the headers after which CPython's grammar insists on a
// ':', so that any other token there is "expected ':'"; after the others,
// only a line end is.
var forcedColon = map[string]bool{
	"function definition": true, "'try' statement": true, "'finally' statement": true, "'else' statement": true,
}

// colonError reports the token that stands where the ':' of a block's
// header should be.
func (p *parser) colonError(forced bool) {
	switch t := p.tok(); {
	case t.Kind == NEWLINE || t.Kind == EOF:
		p.fail(p.newlineRange(), "expected ':'")
	case forced:
		p.fail(t.Range, "expected ':'")
	}
	p.invalidSyntax()
}

// newlineRange is the range of CPython's NEWLINE token for the current
// token, a NEWLINE or EOF: it starts at the comment before the end of the
// line, if there is one, and covers it.
func (p *parser) newlineRange() Range {
	t := p.tok()
	start := t.Start
	prev := p.prevEnd().Offset
	if i := strings.IndexByte(p.src[prev:start.Offset], '#'); i >= 0 {
		start = p.posOf(int(prev) + i)
	}
	return Range{start, t.Start}
}

// parseSuite parses the ':' and the block of a compound statement. what
// names the statement for the indentation error, as CPython does ("'if'
// statement on line 3", "function definition on line 1").
func (p *parser) parseSuite(what string, line int32) []Stmt {
	if p.tok().Kind != COLON {
		p.colonError(forcedColon[what])
	}
	p.advance()
	if p.tok().Kind != NEWLINE {
		return p.parseSimpleStmts()
	}
	p.advance()
	if p.tok().Kind != INDENT {
		r := p.tok().Range
		if int(r.Start.Offset) == len(p.src) {
			r = p.endOfLastLine()
		}
		p.report(IndentationError, r, fmt.Sprintf("expected an indented block after %s on line %d", what, line))
		return nil
	}
	p.advance()
	return p.parseBlockBody()
}

// endOfLastLine is where CPython reports a block missing at the end of the
// file: just past the text of its last line, which is the one that the
// final newline ends, except that after a final CRLF it is the empty line
// that follows.
func (p *parser) endOfLastLine() Range {
	end := len(p.src)
	if strings.HasSuffix(p.src, "\n") && !strings.HasSuffix(p.src, "\r\n") || strings.HasSuffix(p.src, "\r") {
		end--
	}
	at := p.posOf(end)
	return Range{at, at}
}

func (p *parser) parseCompoundStmt() Stmt {
	t := p.tok()
	switch t.Kind {
	case IF:
		return p.parseIf(false)
	case WHILE:
		return p.parseWhile()
	case FOR:
		return p.parseFor(nil)
	case TRY:
		return p.parseTry()
	case WITH:
		return p.parseWith(nil)
	case DEF:
		return p.parseFuncDef(nil, nil)
	case CLASS:
		return p.parseClassDef(nil)
	case AT:
		return p.parseDecorated()
	case ASYNC:
		return p.parseAsync(nil)
	case NAME:
		if t.Text == "match" && p.looksLikeMatch() {
			return p.parseMatch()
		}
	}
	return nil
}

// blockEnd is the end of a compound statement whose last block was just
// parsed: the end of the last token before the block's NEWLINE and DEDENTs.
// Like CPython, it includes a trailing ';' that the last simple statement
// itself does not.
func (p *parser) blockEnd() Pos {
	for j := p.i - 1; j >= 0; j-- {
		switch p.toks[j].Kind {
		case NEWLINE, INDENT, DEDENT:
			continue
		}
		return p.toks[j].End
	}
	return p.toks[0].Start
}

func (p *parser) parseIf(elif bool) Stmt {
	kw := p.advance()
	s := &If{Elif: elif}
	s.Start = kw.Start
	first := p.i
	s.Test = p.parseNamedExpr()
	p.checkAssignInCondition(s.Test, first)
	s.Body = p.parseSuite(fmt.Sprintf("'%s' statement", kw.Text), kw.Start.Line)
	s.End = p.blockEnd()
	switch p.tok().Kind {
	case ELIF:
		p.stmtStart = p.tok().Start.Offset
		s.Orelse = []Stmt{p.parseIf(true)}
	case ELSE:
		s.Orelse = p.parseElse()
	}
	s.End = p.blockEnd()
	return s
}

// checkAssignInCondition explains an '=' after x, the condition of an if,
// elif or while statement, which starts at token first. Like CPython, it
// hints at '==' when the value after the '=' is an operand of '|' followed
// by neither '=' nor ':=': with ':=' too for a name ("if x = 1:"), and for
// the other targets that an assignment's hint accepts ("if f() = 1:").
// Otherwise the '=' is just invalid syntax.
func (p *parser) checkAssignInCondition(x Expr, first int) {
	eq := p.i
	if p.toks[eq].Kind != EQUAL {
		return
	}
	var value Expr
	if p.speculate(func() { p.advance(); value = p.parseBitOr() }) && p.tok().Kind != EQUAL && p.tok().Kind != COLONEQUAL {
		if x.Span() == p.toks[first].Range && p.toks[first].Kind == NAME {
			p.fail(Range{x.Span().Start, value.Span().End}, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		if p.hintableTarget(x, first, eq-1) {
			p.failf(x.Span(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(x))
		}
	}
	p.fail(p.toks[eq].Range, "invalid syntax")
}

// speculate runs parse as a trial: it reports whether parse succeeded, and
// records no error either way.
func (p *parser) speculate(parse func()) (ok bool) {
	p.speculating = true
	errs := len(p.errors) // an f-string field's errors bypass report
	defer func() {
		p.speculating = false
		p.errors = p.errors[:errs]
		if r := recover(); r != nil {
			if _, bail := r.(bailout); !bail {
				panic(r)
			}
			ok = false
		}
	}()
	parse()
	return true
}

func (p *parser) parseElse() []Stmt {
	kw := p.advance()
	p.stmtStart = kw.Start.Offset
	return p.parseSuite("'else' statement", kw.Start.Line)
}

func (p *parser) parseWhile() Stmt {
	kw := p.advance()
	s := &While{}
	s.Start = kw.Start
	first := p.i
	s.Test = p.parseNamedExpr()
	p.checkAssignInCondition(s.Test, first)
	s.Body = p.parseSuite("'while' statement", kw.Start.Line)
	s.End = p.blockEnd()
	if p.tok().Kind == ELSE {
		s.Orelse = p.parseElse()
		s.End = p.blockEnd()
	}
	return s
}

func (p *parser) parseFor(async *Token) Stmt {
	kw := p.advance()
	s := &For{Async: async != nil}
	s.Start = kw.Start
	if async != nil {
		s.Start = async.Start
	}
	s.Target = p.parseTargetList()
	p.checkTarget(s.Target, "assign to")
	if p.tok().Kind != IN {
		p.invalidSyntax()
	}
	p.advance()
	s.Iter = p.parseStarExpressions()
	s.Body = p.parseSuite("'for' statement", kw.Start.Line)
	s.End = p.blockEnd()
	if p.tok().Kind == ELSE {
		s.Orelse = p.parseElse()
		s.End = p.blockEnd()
	}
	return s
}

func (p *parser) parseTry() Stmt {
	kw := p.advance()
	s := &Try{}
	s.Start = kw.Start
	s.Body = p.parseSuite("'try' statement", kw.Start.Line)
	s.End = p.blockEnd()
	for p.tok().Kind == EXCEPT {
		ekw := p.advance()
		p.stmtStart = ekw.Start.Offset
		h := &ExceptHandler{}
		h.Start = ekw.Start
		what := "'except' statement"
		if p.tok().Kind == STAR {
			star := p.advance()
			if !s.Star {
				p.report(SyntaxError, Range{ekw.Start, star.End}, "'except*' is not supported")
			}
			s.Star = true
			what = "'except*' statement"
		}
		if p.tok().Kind != COLON && p.tok().Kind != NEWLINE {
			h.Type = p.parseExpr()
			if p.tok().Kind == COMMA {
				first := h.Type
				elts := []Expr{first}
				for p.got(COMMA) {
					if p.tok().Kind == COLON || p.tok().Kind == AS {
						break
					}
					elts = append(elts, p.parseExpr())
				}
				if p.tok().Kind == AS || len(elts) > 1 {
					p.fail(Range{first.Span().Start, p.prevEnd()}, "multiple exception types must be parenthesized")
				}
			}
			if p.got(AS) {
				h.Name = p.parseName()
			}
		}
		h.Body = p.parseSuite(what, ekw.Start.Line)
		h.End = p.blockEnd()
		s.Handlers = append(s.Handlers, h)
		s.End = h.End
	}
	if p.tok().Kind == ELSE {
		if len(s.Handlers) == 0 {
			p.fail(p.tok().Range, "expected 'except' or 'finally' block")
		}
		s.Orelse = p.parseElse()
		s.End = p.blockEnd()
	}
	if p.tok().Kind == FINALLY {
		fkw := p.advance()
		p.stmtStart = fkw.Start.Offset
		s.Finally = p.parseSuite("'finally' statement", fkw.Start.Line)
		s.End = p.blockEnd()
	}
	if len(s.Handlers) == 0 && s.Finally == nil {
		p.fail(p.tok().Range, "expected 'except' or 'finally' block")
	}
	return s
}

func (p *parser) parseWith(async *Token) Stmt {
	kw := p.advance()
	s := &With{Async: async != nil}
	s.Start = kw.Start
	if async != nil {
		s.Start = async.Start
	}
	// "with (a as b, c as d):" is parenthesized items, but "with (a, b):"
	// and "with (a) as b:" are ordinary expressions; try the items form
	// first and fall back.
	if p.tok().Kind == LPAREN && p.parenthesizedWithItems() {
		p.advance()
		for p.tok().Kind != RPAREN {
			s.Items = append(s.Items, p.parseWithItem())
			if !p.got(COMMA) {
				break
			}
		}
		p.expect(RPAREN)
	} else {
		for {
			s.Items = append(s.Items, p.parseWithItem())
			if !p.got(COMMA) {
				break
			}
		}
	}
	s.Body = p.parseSuite("'with' statement", kw.Start.Line)
	s.End = p.blockEnd()
	return s
}

// parenthesizedWithItems reports whether the '(' at the current token opens
// a parenthesized list of with-items: its matching ')' is followed by ':'
// and the parentheses hold an 'as' at depth one.
func (p *parser) parenthesizedWithItems() bool {
	depth := 0
	hasAs := false
	for j := p.i; j < len(p.toks); j++ {
		switch p.toks[j].Kind {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK, RBRACE:
			depth--
			if depth == 0 {
				return hasAs && p.toks[j+1].Kind == COLON
			}
		case AS:
			if depth == 1 {
				hasAs = true
			}
		case NEWLINE, EOF:
			return false
		}
	}
	return false
}

func (p *parser) parseWithItem() *WithItem {
	it := &WithItem{}
	it.Context = p.parseExpr()
	it.Start = it.Context.Span().Start
	if p.got(AS) {
		it.Target = p.parseTarget()
		p.checkTarget(it.Target, "assign to")
	}
	it.End = p.prevEnd()
	return it
}

func (p *parser) parseDecorated() Stmt {
	var decorators []Expr
	for p.tok().Kind == AT {
		p.advance()
		decorators = append(decorators, p.parseNamedExpr())
		if p.tok().Kind != NEWLINE {
			p.invalidSyntax()
		}
		p.advance()
	}
	switch p.tok().Kind {
	case DEF:
		return p.parseFuncDef(decorators, nil)
	case CLASS:
		return p.parseClassDef(decorators)
	case ASYNC:
		return p.parseAsync(decorators)
	}
	p.invalidSyntax()
	return nil
}

func (p *parser) parseAsync(decorators []Expr) Stmt {
	async := p.advance()
	switch p.tok().Kind {
	case DEF:
		p.report(SyntaxError, Range{async.Start, p.tok().End}, "'async def' is not supported")
		return p.parseFuncDef(decorators, &async)
	case FOR:
		p.report(SyntaxError, Range{async.Start, p.tok().End}, "'async for' is not supported")
		return p.parseFor(&async)
	case WITH:
		p.report(SyntaxError, Range{async.Start, p.tok().End}, "'async with' is not supported")
		return p.parseWith(&async)
	}
	p.invalidSyntax()
	return nil
}

func (p *parser) parseFuncDef(decorators []Expr, async *Token) Stmt {
	kw := p.advance()
	s := &FuncDef{Decorators: decorators, Async: async != nil}
	s.Start = kw.Start
	if async != nil {
		s.Start = async.Start
	}
	s.Name = p.parseName()
	if p.tok().Kind != LPAREN {
		p.fail(p.tok().Range, "expected '('")
	}
	p.advance()
	s.Params = p.parseParams(RPAREN, true)
	p.expect(RPAREN)
	s.Params.End = p.prevEnd()
	if arrow := *p.tok(); p.got(RARROW) {
		// Without an annotation, CPython sees the arrow where the ':'
		// should be.
		if at := p.i; !p.speculate(func() { p.parseExpr() }) {
			p.fail(arrow.Range, "expected ':'")
		} else {
			p.i = at
		}
		s.Returns = p.parseExpr()
	}
	s.Body = p.parseSuite("function definition", kw.Start.Line)
	s.End = p.blockEnd()
	return s
}

func (p *parser) parseClassDef(decorators []Expr) Stmt {
	kw := p.advance()
	s := &ClassDef{Decorators: decorators}
	s.Start = kw.Start
	s.Name = p.parseName()
	if p.got(LPAREN) {
		s.Bases, s.Keywords = p.parseCallArgs(true)
		p.expect(RPAREN)
	}
	s.Body = p.parseSuite("class definition", kw.Start.Line)
	s.End = p.blockEnd()
	return s
}

// parseParams parses a parameter list up to (not including) the closing
// token: ')' for def, ':' for lambda, which also allows no annotations.
func (p *parser) parseParams(closer TokenKind, annotations bool) *Params {
	ps := &Params{}
	ps.Start = p.tok().Start
	kind := NormalParam
	sawDefault := false
	sawSlash := false
	sawStar := false
	for p.tok().Kind != closer {
		t := p.tok()
		switch t.Kind {
		case SLASH:
			if sawSlash {
				p.fail(t.Range, "/ may appear only once")
			}
			if sawStar {
				p.fail(t.Range, "/ must be ahead of *")
			}
			if len(ps.List) == 0 {
				p.fail(t.Range, "at least one argument must precede /")
			}
			p.advance()
			sawSlash = true
			for _, prm := range ps.List {
				prm.Kind = PosOnlyParam
			}
		case STAR:
			if sawStar {
				p.fail(t.Range, "* argument may appear only once")
			}
			p.advance()
			sawStar = true
			if p.tok().Kind == COMMA || p.tok().Kind == closer {
				// A bare * ends the positional parameters, and needs
				// one after it. CPython reports a def's at the '*', a
				// lambda's at the last token it read.
				if next := p.tok(); next.Kind == closer || p.peek(1).Kind == DOUBLESTAR || p.peek(1).Kind == closer {
					if closer == RPAREN {
						p.fail(t.Range, "named arguments must follow bare *")
					}
					if next.Kind == COMMA {
						next = p.peek(1)
					}
					p.fail(next.Range, "named arguments must follow bare *")
				}
				kind = KwOnlyParam
				break
			}
			ps.List = append(ps.List, p.parseParam(VarArgsParam, annotations, t.Start))
			kind = KwOnlyParam
		case DOUBLESTAR:
			p.advance()
			ps.List = append(ps.List, p.parseParam(VarKwParam, annotations, t.Start))
			if p.tok().Kind == COMMA {
				p.advance()
			}
			if p.tok().Kind != closer {
				p.fail(p.tok().Range, "arguments cannot follow var-keyword argument")
			}
			ps.End = p.prevEnd()
			return ps
		case LPAREN:
			if !sawSlash && !sawStar && !sawDefault {
				p.parenthesizedParams(annotations)
			}
			p.invalidSyntax()
		default:
			prm := p.parseParam(kind, annotations, t.Start)
			if prm.Default != nil {
				sawDefault = true
			} else if sawDefault && kind != KwOnlyParam {
				p.fail(prm.Range, "non-default argument follows default argument")
			}
			ps.List = append(ps.List, prm)
		}
		if !p.got(COMMA) {
			break
		}
	}
	ps.End = p.prevEnd()
	return ps
}

// parenthesizedParams explains a '(' among the first parameters, which
// CPython names when it encloses parameters without defaults.
func (p *parser) parenthesizedParams(annotations bool) {
	at, lp := p.i, *p.tok()
	ok := p.speculate(func() {
		p.advance()
		for {
			p.parseName()
			if annotations && p.got(COLON) {
				p.parseExpr()
			}
			if !p.got(COMMA) || p.tok().Kind == RPAREN {
				break
			}
		}
		p.expect(RPAREN)
	})
	if !ok {
		p.i = at
		return
	}
	r := Range{lp.Start, p.prevEnd()}
	if annotations {
		p.fail(r, "Function parameters cannot be parenthesized")
	}
	p.fail(r, "Lambda expression parameters cannot be parenthesized")
}

func (p *parser) parseParam(kind ParamKind, annotations bool, start Pos) *Param {
	prm := &Param{Kind: kind}
	prm.Start = start
	if p.tok().Kind != NAME {
		p.invalidSyntax()
	}
	prm.Name = p.parseName()
	if annotations && p.got(COLON) {
		if kind == VarArgsParam && p.tok().Kind == STAR {
			star := p.advance()
			x := p.parseExpr()
			prm.Annotation = &Starred{Range: Range{star.Start, x.Span().End}, Value: x}
		} else {
			prm.Annotation = p.parseExpr()
		}
	}
	if eq := p.tok(); eq.Kind == EQUAL {
		switch kind {
		case VarArgsParam:
			p.fail(eq.Range, "var-positional argument cannot have default value")
		case VarKwParam:
			p.fail(eq.Range, "var-keyword argument cannot have default value")
		}
		p.advance()
		prm.Default = p.parseExpr()
	}
	prm.End = p.prevEnd()
	return prm
}

// ---- match (rejected, but parsed) ----

// looksLikeMatch decides whether a line starting with the soft keyword
// 'match' is a match statement: the logical line ends with ':' and 'match'
// is not itself used as a name (match = 1, match.x, match: int).
func (p *parser) looksLikeMatch() bool {
	next := p.peek(1).Kind
	switch next {
	case EQUAL, DOT, COLON, NEWLINE, EOF, COMMA, RPAREN, RBRACK, RBRACE:
		return false
	}
	if next >= PLUSEQUAL && next <= DOUBLESLASHEQUAL || next == ATEQUAL {
		return false
	}
	for j := p.i + 1; j < len(p.toks); j++ {
		if p.toks[j].Kind == NEWLINE || p.toks[j].Kind == EOF {
			return p.toks[j-1].Kind == COLON && p.toks[j+1].Kind == INDENT
		}
	}
	return false
}

func (p *parser) parseMatch() Stmt {
	kw := p.advance()
	s := &Match{}
	s.Start = kw.Start
	s.Subject = p.parseStarExpressions()
	p.report(SyntaxError, kw.Range, "'match' statements are not supported")
	p.expect(COLON)
	p.expect(NEWLINE)
	if p.tok().Kind != INDENT {
		p.report(IndentationError, p.tok().Range, fmt.Sprintf("expected an indented block after 'match' statement on line %d", kw.Start.Line))
		s.End = p.prevEnd()
		return s
	}
	p.advance()
	for p.tok().Kind != DEDENT && p.tok().Kind != EOF {
		if p.tok().Kind != NAME || p.tok().Text != "case" {
			p.invalidSyntax()
		}
		ckw := p.advance()
		c := &MatchCase{}
		c.Start = ckw.Start
		c.Pattern = p.parsePattern()
		if p.got(IF) {
			c.Guard = p.parseNamedExpr()
		}
		c.Body = p.parseSuite("'case' statement", ckw.Start.Line)
		c.End = p.blockEnd()
		s.Cases = append(s.Cases, c)
	}
	p.got(DEDENT)
	s.End = p.prevEnd()
	if len(s.Cases) > 0 {
		s.End = s.Cases[len(s.Cases)-1].End
	}
	return s
}

// parsePattern parses a case pattern as an expression; "p as name" becomes
// a NamedExpr so that the bound name is still in the tree.
func (p *parser) parsePattern() Expr {
	// Patterns have no conditional expressions: an 'if' starts the guard.
	x := p.parseTarget()
	if p.tok().Kind == COMMA {
		elts := []Expr{x}
		for p.got(COMMA) && p.tok().Kind != COLON && p.tok().Kind != IF {
			elts = append(elts, p.parseTarget())
		}
		x = &Tuple{Range: Range{x.Span().Start, p.prevEnd()}, Elts: elts}
	}
	if p.tok().Kind == AS {
		p.advance()
		name := p.parseName()
		return &NamedExpr{Range: Range{x.Span().Start, name.End}, Target: name, Value: x}
	}
	return x
}

// ---- Simple statements ----

func (p *parser) parseSimpleStmts() []Stmt {
	var stmts []Stmt
	for {
		p.stmtStart = p.tok().Start.Offset
		stmts = append(stmts, p.parseSimpleStmt())
		if !p.got(SEMI) {
			break
		}
		if p.tok().Kind == NEWLINE || p.tok().Kind == EOF {
			break
		}
	}
	switch p.tok().Kind {
	case NEWLINE:
		p.advance()
	case EOF:
	default:
		p.invalidSyntax()
	}
	return stmts
}

// lineEnd is the end of the last token before the next NEWLINE.
func (p *parser) lineEnd() Pos {
	j := p.i
	for j < len(p.toks)-1 && p.toks[j].Kind != NEWLINE && p.toks[j].Kind != EOF {
		j++
	}
	if j == 0 {
		return p.toks[0].End
	}
	return p.toks[j-1].End
}

func startsExpression(k TokenKind) bool {
	switch k {
	case NAME, INT, FLOAT, IMAG, STRING, LPAREN, LBRACK, LBRACE, MINUS, PLUS, TILDE,
		NONE, TRUE, FALSE, ELLIPSIS, LAMBDA, NOT, AWAIT:
		return true
	}
	return false
}

func (p *parser) parseSimpleStmt() Stmt {
	t := p.tok()
	switch t.Kind {
	case PASS, BREAK, CONTINUE:
		p.advance()
		return &BranchStmt{Range: t.Range, Kind: t.Kind}
	case RETURN:
		p.advance()
		s := &Return{}
		s.Start = t.Start
		if !p.atStmtEnd() {
			s.Value = p.parseStarExpressions()
		}
		s.End = p.prevEnd()
		return s
	case RAISE:
		p.advance()
		s := &Raise{}
		s.Start = t.Start
		if !p.atStmtEnd() {
			s.Exc = p.parseExpr()
			if p.got(FROM) {
				s.Cause = p.parseExpr()
			}
		}
		s.End = p.prevEnd()
		return s
	case GLOBAL, NONLOCAL:
		p.advance()
		s := &Global{Kind: t.Kind}
		s.Start = t.Start
		for {
			s.Names = append(s.Names, p.parseName())
			if !p.got(COMMA) {
				break
			}
		}
		s.End = p.prevEnd()
		return s
	case DEL:
		p.advance()
		s := &Delete{}
		s.Start = t.Start
		for {
			x := p.parseTarget()
			p.checkTarget(x, "delete")
			s.Targets = append(s.Targets, x)
			if !p.got(COMMA) || p.atStmtEnd() {
				break
			}
		}
		s.End = p.prevEnd()
		return s
	case ASSERT:
		p.advance()
		s := &Assert{}
		s.Start = t.Start
		s.Test = p.parseExpr()
		if p.got(COMMA) {
			s.Msg = p.parseExpr()
		}
		s.End = p.prevEnd()
		return s
	case IMPORT:
		return p.parseImport()
	case FROM:
		return p.parseFromImport()
	}
	return p.parseExprStmt()
}

func (p *parser) atStmtEnd() bool {
	switch p.tok().Kind {
	case NEWLINE, SEMI, EOF:
		return true
	}
	return false
}

func (p *parser) parseName() *Name {
	t := p.tok()
	if t.Kind != NAME {
		p.errorExpected(NAME)
	}
	p.advance()
	return &Name{Range: t.Range, Id: t.Text}
}

func (p *parser) parseDottedName() *DottedName {
	d := &DottedName{}
	for {
		d.Names = append(d.Names, p.parseName())
		if !p.got(DOT) {
			break
		}
	}
	d.Start = d.Names[0].Start
	d.End = d.Names[len(d.Names)-1].End
	return d
}

func (p *parser) parseImport() Stmt {
	kw := p.advance()
	s := &Import{}
	s.Start = kw.Start
	for {
		a := &Alias{Name: p.parseDottedName()}
		a.Start = a.Name.Start
		if p.got(AS) {
			a.AsName = p.parseName()
		}
		a.End = p.prevEnd()
		s.Names = append(s.Names, a)
		if !p.got(COMMA) {
			break
		}
	}
	if p.tok().Kind == FROM {
		p.fail(Range{kw.Start, p.lineEnd()}, "Did you mean to use 'from ... import ...' instead?")
	}
	s.End = p.prevEnd()
	return s
}

func (p *parser) parseFromImport() Stmt {
	kw := p.advance()
	s := &ImportFrom{}
	s.Start = kw.Start
	for {
		if p.got(DOT) {
			s.Level++
		} else if p.got(ELLIPSIS) {
			s.Level += 3
		} else {
			break
		}
	}
	if p.tok().Kind != IMPORT {
		s.Module = p.parseDottedName()
	}
	if p.tok().Kind != IMPORT {
		p.invalidSyntax()
	}
	p.advance()
	if star := p.tok(); star.Kind == STAR {
		p.advance()
		s.Star = star.Range
		s.End = star.End
		return s
	}
	paren := p.got(LPAREN)
	for {
		a := &Alias{}
		n := p.parseName()
		a.Name = &DottedName{Range: n.Range, Names: []*Name{n}}
		a.Start = n.Start
		if p.got(AS) {
			a.AsName = p.parseName()
		}
		a.End = p.prevEnd()
		s.Names = append(s.Names, a)
		if !p.got(COMMA) {
			break
		}
		if paren && p.tok().Kind == RPAREN {
			break
		}
		if !paren && p.atStmtEnd() {
			p.fail(p.prevEndRange(), "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(RPAREN)
	}
	s.End = p.prevEnd()
	return s
}

func isAugAssign(k TokenKind) (TokenKind, bool) {
	switch k {
	case PLUSEQUAL:
		return PLUS, true
	case MINEQUAL:
		return MINUS, true
	case STAREQUAL:
		return STAR, true
	case SLASHEQUAL:
		return SLASH, true
	case PERCENTEQUAL:
		return PERCENT, true
	case AMPEREQUAL:
		return AMPER, true
	case VBAREQUAL:
		return VBAR, true
	case CIRCUMFLEXEQUAL:
		return CIRCUMFLEX, true
	case LEFTSHIFTEQUAL:
		return LEFTSHIFT, true
	case RIGHTSHIFTEQUAL:
		return RIGHTSHIFT, true
	case DOUBLESTAREQUAL:
		return DOUBLESTAR, true
	case DOUBLESLASHEQUAL:
		return DOUBLESLASH, true
	case ATEQUAL:
		return AT, true
	}
	return 0, false
}

func (p *parser) parseExprStmt() Stmt {
	start, first := p.tok().Start, p.i
	var x Expr
	if p.tok().Kind == YIELD {
		x = p.parseYield()
	} else {
		x = p.parseStarExpressions()
	}
	t := p.tok()
	switch {
	case t.Kind == EQUAL:
		s := &Assign{}
		s.Start = start
		eq := p.i
		targets := []Expr{x}
		var value Expr
		for p.got(EQUAL) {
			var v Expr
			if p.tok().Kind == YIELD {
				v = p.parseYield()
			} else {
				v = p.parseStarExpressions()
			}
			targets = append(targets, v)
		}
		value = targets[len(targets)-1]
		targets = targets[:len(targets)-1]
		for _, tgt := range targets {
			if what := invalidTargetName(tgt, "assign to"); what != "" && len(targets) == 1 && p.equalityHint(tgt, first, eq) {
				p.failf(tgt.Span(), "cannot assign to %s here. Maybe you meant '==' instead of '='?", what)
			}
			p.checkTarget(tgt, "assign to")
		}
		s.Targets = targets
		s.Value = value
		s.End = p.prevEnd()
		return s
	case t.Kind == COLON:
		p.advance()
		s := &AnnAssign{Target: x}
		s.Start = start
		if tup, ok := x.(*Tuple); ok {
			if tup.Parens {
				p.fail(x.Span(), "only single target (not tuple) can be annotated")
			}
			p.fail(x.Span(), "only single target (not tuple) can be annotated")
		}
		if _, ok := x.(*List); ok {
			p.fail(x.Span(), "only single target (not list) can be annotated")
		}
		switch x.(type) {
		case *Name:
			s.Simple = x.Span().Start == start
		case *Attribute, *Subscript:
		default:
			p.fail(x.Span(), "illegal target for annotation")
		}
		s.Annotation = p.parseExpr()
		if p.got(EQUAL) {
			if p.tok().Kind == YIELD {
				s.Value = p.parseYield()
			} else {
				s.Value = p.parseStarExpressions()
			}
		}
		s.End = p.prevEnd()
		return s
	}
	if op, ok := isAugAssign(t.Kind); ok {
		if op == AT {
			p.report(SyntaxError, t.Range, "the '@=' operator is not supported")
		}
		switch x.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.failf(x.Span(), "'%s' is an illegal expression for augmented assignment", exprName(x))
		}
		p.advance()
		s := &AugAssign{Target: x, Op: op}
		s.Start = start
		if p.tok().Kind == YIELD {
			s.Value = p.parseYield()
		} else {
			s.Value = p.parseStarExpressions()
		}
		s.End = p.prevEnd()
		return s
	}
	s := &ExprStmt{X: x}
	s.Start = start
	s.End = p.prevEnd()
	return s
}

// equalityHint reports whether CPython's error for x, the one target of an
// assignment whose tokens run from first to the '=' at eq, hints at '=='.
// Its rule wants a target that hintableTarget accepts and a value that
// begins with an operand of '|'.
func (p *parser) equalityHint(x Expr, first, eq int) bool {
	switch p.toks[eq+1].Kind {
	case NOT, LAMBDA, STAR, YIELD:
		return false
	}
	return p.hintableTarget(x, first, eq-1)
}

// hintableTarget reports whether x, whose tokens run from first to last,
// is a target for which CPython hints at '==' instead of '=': an operand of
// '|' (as any expression in parentheses is) that does not begin with a
// list, tuple or generator display or with True, None or False.
func (p *parser) hintableTarget(x Expr, first, last int) bool {
	if !p.parenthesized(first, last) {
		switch x := x.(type) {
		case *Compare, *IfExp, *Lambda, *NamedExpr, *Yield, *Starred, *Tuple:
			return false
		case *BinaryExpr:
			if x.Op == AND || x.Op == OR {
				return false
			}
		case *UnaryExpr:
			if x.Op == NOT {
				return false
			}
		}
	}
	lead := leftmostOperand(x)
	if lead.Span().Start != p.toks[first].Start {
		return true
	}
	switch lead := lead.(type) {
	case *List:
		return false
	case *Tuple:
		return !lead.Parens
	case *Comp:
		return lead.Kind != GeneratorExp
	case *BasicLit:
		return lead.Kind != TrueLit && lead.Kind != NoneLit && lead.Kind != FalseLit
	}
	return true
}

// parenthesized reports whether tokens i and j are a pair of matching
// parentheses.
func (p *parser) parenthesized(i, j int) bool {
	if p.toks[i].Kind != LPAREN || p.toks[j].Kind != RPAREN {
		return false
	}
	depth := 0
	for k := i; k <= j; k++ {
		switch p.toks[k].Kind {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK, RBRACE:
			depth--
			if depth == 0 {
				return k == j
			}
		}
	}
	return false
}

// leftmostOperand returns the innermost expression that x begins with.
func leftmostOperand(x Expr) Expr {
	for {
		switch y := x.(type) {
		case *BinaryExpr:
			x = y.X
		case *Compare:
			x = y.Left
		case *IfExp:
			x = y.Body
		case *Call:
			x = y.Func
		case *Attribute:
			x = y.X
		case *Subscript:
			x = y.X
		default:
			return x
		}
	}
}

// checkTarget fails unless x can be assigned to (or deleted).
func (p *parser) checkTarget(x Expr, verb string) {
	if what := invalidTargetName(x, verb); what != "" {
		bad := invalidTarget(x, verb)
		p.failf(bad.Span(), "cannot %s %s", verb, what)
	}
}

// invalidTarget returns the innermost part of x that cannot be a target,
// or nil.
func invalidTarget(x Expr, verb string) Expr {
	switch x := x.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Starred:
		if verb == "delete" {
			return x
		}
		return invalidTarget(x.Value, verb)
	case *Tuple:
		for _, e := range x.Elts {
			if bad := invalidTarget(e, verb); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, e := range x.Elts {
			if bad := invalidTarget(e, verb); bad != nil {
				return bad
			}
		}
		return nil
	}
	return x
}

func invalidTargetName(x Expr, verb string) string {
	bad := invalidTarget(x, verb)
	if bad == nil {
		return ""
	}
	return exprName(bad)
}

// exprName names an expression as CPython's error messages do.
func exprName(x Expr) string {
	switch x := x.(type) {
	case *BasicLit:
		switch x.Kind {
		case NoneLit:
			return "None"
		case TrueLit:
			return "True"
		case FalseLit:
			return "False"
		case EllipsisLit:
			return "ellipsis"
		}
		return "literal"
	case *FString:
		return "f-string expression"
	case *Call:
		return "function call"
	case *BinaryExpr, *UnaryExpr:
		return "expression"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *Lambda:
		return "lambda"
	case *NamedExpr:
		return "named expression"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *Comp:
		switch x.Kind {
		case ListComp:
			return "list comprehension"
		case SetComp:
			return "set comprehension"
		case DictComp:
			return "dict comprehension"
		}
		return "generator expression"
	case *Yield:
		return "yield expression"
	case *Await:
		return "await expression"
	case *Starred:
		return "starred"
	case *Tuple:
		return "tuple"
	case *List:
		return "list"
	case *Slice:
		return "slice"
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Name:
		return "name"
	}
	return "expression"
}
