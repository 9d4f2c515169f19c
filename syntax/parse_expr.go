package syntax

import "sort"

// This file parses expressions, from the loosest binding (tuples without
// parentheses) to atoms.

// parseStarExpressions parses a comma-separated list of expressions that
// may contain *x items, as on the right of '=' or after 'return'. A single
// item without a trailing comma is returned as itself.
func (p *parser) parseStarExpressions() Expr {
	first := p.parseStarOrNamed(false)
	if p.tok().Kind != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if !startsExpression(p.tok().Kind) && p.tok().Kind != STAR && p.tok().Kind != YIELD {
			break
		}
		elts = append(elts, p.parseStarOrNamed(false))
	}
	return &Tuple{Range: Range{first.Span().Start, p.prevEnd()}, Elts: elts}
}

// parseStarOrNamed parses one item of an expression list: *x or an
// expression (or a named expression where allowed).
func (p *parser) parseStarOrNamed(named bool) Expr {
	if t := p.tok(); t.Kind == STAR {
		p.advance()
		x := p.parseBitOr()
		return &Starred{Range: Range{t.Start, x.Span().End}, Value: x}
	}
	if named {
		return p.parseNamedExpr()
	}
	x := p.parseExpr()
	if p.tok().Kind == COLONEQUAL {
		p.fail(p.tok().Range, "invalid syntax")
	}
	return x
}

// parseNamedExpr parses name := value, or an expression.
func (p *parser) parseNamedExpr() Expr {
	if p.tok().Kind == NAME && p.peek(1).Kind == COLONEQUAL {
		name := p.parseName()
		p.advance()
		v := p.parseExpr()
		return &NamedExpr{Range: Range{name.Start, v.Span().End}, Target: name, Value: v}
	}
	x := p.parseExpr()
	if p.tok().Kind == COLONEQUAL {
		p.failf(x.Span(), "cannot use assignment expressions with %s", exprName(x))
	}
	return x
}

// parseExpr parses a conditional expression or lambda (Python's
// "expression" rule).
func (p *parser) parseExpr() Expr {
	p.enter()
	defer p.leave()
	if p.tok().Kind == LAMBDA {
		return p.parseLambda()
	}
	first := p.i
	start := p.tok().Start
	x := p.parseOr()
	if startsExpression(p.tok().Kind) {
		p.checkLegacyStatement(x, first)
	}
	if p.tok().Kind == IF {
		p.advance()
		test := p.parseOr()
		if p.tok().Kind != ELSE {
			p.fail(Range{x.Span().Start, p.prevEnd()}, "expected 'else' after 'if' expression")
		}
		p.advance()
		orelse := p.parseExpr()
		return &IfExp{Range: Range{start, p.prevEnd()}, Test: test, Body: x, Orelse: orelse}
	}
	return x
}

// checkLegacyStatement reports Python 2's print and exec statements as
// CPython does: x, an expression that starts at token first, is followed by
// another, and is the bare name print or exec.
func (p *parser) checkLegacyStatement(x Expr, first int) {
	name, ok := x.(*Name)
	if !ok || name.Id != "print" && name.Id != "exec" || p.toks[first].Range != name.Range {
		return
	}
	end := p.tok().End
	var args Expr
	if p.speculate(func() { args = p.parseStarExpressions() }) {
		end = args.Span().End
	}
	p.failf(Range{name.Start, end}, "Missing parentheses in call to '%s'. Did you mean %s(...)?", name.Id, name.Id)
}

func (p *parser) parseLambda() Expr {
	kw := p.advance()
	params := p.parseParams(COLON, false)
	if p.tok().Kind != COLON {
		// Unlike after a def's parameters, CPython does not say "expected
		// ':'" here.
		p.invalidSyntax()
	}
	p.advance()
	body := p.parseExpr()
	return &Lambda{Range: Range{kw.Start, body.Span().End}, Params: params, Body: body}
}

func (p *parser) parseOr() Expr {
	start := p.tok().Start
	x := p.parseAnd()
	for p.tok().Kind == OR {
		op := p.advance()
		y := p.parseAnd()
		x = &BinaryExpr{Range: Range{start, p.prevEnd()}, Op: OR, OpPos: op.Start, X: x, Y: y}
	}
	return x
}

func (p *parser) parseAnd() Expr {
	start := p.tok().Start
	x := p.parseNot()
	for p.tok().Kind == AND {
		op := p.advance()
		y := p.parseNot()
		x = &BinaryExpr{Range: Range{start, p.prevEnd()}, Op: AND, OpPos: op.Start, X: x, Y: y}
	}
	return x
}

// maxExprDepth bounds the nesting of expressions, which the scanner's
// bracket limit does not cover ("not not not ...", "- - - x").
const maxExprDepth = 1000

func (p *parser) enter() {
	p.depth++
	if p.depth > maxExprDepth {
		p.fail(p.tok().Range, "too many nested expressions")
	}
}

func (p *parser) leave() { p.depth-- }

func (p *parser) parseNot() Expr {
	if t := p.tok(); t.Kind == NOT {
		p.enter()
		defer p.leave()
		p.advance()
		x := p.parseNot()
		return &UnaryExpr{Range: Range{t.Start, p.prevEnd()}, Op: NOT, X: x}
	}
	return p.parseComparison()
}

func (p *parser) cmpOp() (CmpOp, int, bool) {
	switch p.tok().Kind {
	case EQEQUAL:
		return CmpEq, 1, true
	case NOTEQUAL:
		return CmpNe, 1, true
	case LESS:
		return CmpLt, 1, true
	case LESSEQUAL:
		return CmpLe, 1, true
	case GREATER:
		return CmpGt, 1, true
	case GREATEREQUAL:
		return CmpGe, 1, true
	case IN:
		return CmpIn, 1, true
	case IS:
		if p.peek(1).Kind == NOT {
			return CmpIsNot, 2, true
		}
		return CmpIs, 1, true
	case NOT:
		if p.peek(1).Kind == IN {
			return CmpNotIn, 2, true
		}
	}
	return 0, 0, false
}

func (p *parser) parseComparison() Expr {
	start := p.tok().Start
	x := p.parseBitOr()
	op, n, ok := p.cmpOp()
	if !ok {
		if p.tok().Kind == NOT {
			// Only 'in' can follow 'not' here: CPython stops at what
			// does instead.
			p.advance()
			p.invalidSyntax()
		}
		return x
	}
	c := &Compare{Left: x}
	for ok {
		if t := p.tok(); t.Kind == LESS && p.peek(1).Kind == GREATER && p.peek(1).Start == t.End {
			// CPython's tokenizer makes "<>" one token, which only
			// PEP 401's easter egg accepts.
			p.fail(Range{t.Start, p.peek(1).End}, "invalid syntax")
		}
		for i := 0; i < n; i++ {
			p.advance()
		}
		c.Ops = append(c.Ops, op)
		c.Right = append(c.Right, p.parseBitOr())
		op, n, ok = p.cmpOp()
	}
	c.Range = Range{start, p.prevEnd()}
	return c
}

// binaryPrec gives the precedence of the binary operators between '|' and
// '*': higher binds tighter. Zero means not a binary operator here.
func binaryPrec(k TokenKind) int {
	switch k {
	case VBAR:
		return 1
	case CIRCUMFLEX:
		return 2
	case AMPER:
		return 3
	case LEFTSHIFT, RIGHTSHIFT:
		return 4
	case PLUS, MINUS:
		return 5
	case STAR, SLASH, DOUBLESLASH, PERCENT, AT:
		return 6
	}
	return 0
}

func (p *parser) parseBitOr() Expr { return p.parseBinary(1) }

// parseBinary parses left-associative binary operators of precedence at
// least prec, by precedence climbing.
func (p *parser) parseBinary(prec int) Expr {
	start := p.tok().Start
	x := p.parseFactor()
	for {
		op := p.tok()
		opPrec := binaryPrec(op.Kind)
		if opPrec < prec || opPrec == 0 {
			return x
		}
		p.advance()
		if op.Kind == AT {
			p.report(SyntaxError, op.Range, "the '@' operator is not supported")
		}
		y := p.parseBinary(opPrec + 1)
		x = &BinaryExpr{Range: Range{start, p.prevEnd()}, Op: op.Kind, OpPos: op.Start, X: x, Y: y}
	}
}

func (p *parser) parseFactor() Expr {
	switch t := p.tok(); t.Kind {
	case PLUS, MINUS, TILDE:
		p.enter()
		defer p.leave()
		p.advance()
		x := p.parseFactor()
		return &UnaryExpr{Range: Range{t.Start, p.prevEnd()}, Op: t.Kind, X: x}
	}
	return p.parsePower()
}

func (p *parser) parsePower() Expr {
	start := p.tok().Start
	x := p.parseAwaitPrimary()
	if op := p.tok(); op.Kind == DOUBLESTAR {
		p.enter()
		defer p.leave()
		p.advance()
		y := p.parseFactor()
		return &BinaryExpr{Range: Range{start, p.prevEnd()}, Op: DOUBLESTAR, OpPos: op.Start, X: x, Y: y}
	}
	return x
}

func (p *parser) parseAwaitPrimary() Expr {
	if t := p.tok(); t.Kind == AWAIT {
		p.advance()
		x := p.parsePrimary()
		p.report(SyntaxError, t.Range, "'await' is not supported")
		return &Await{Range: Range{t.Start, x.Span().End}, Value: x}
	}
	return p.parsePrimary()
}

func (p *parser) parsePrimary() Expr {
	// Like CPython's nodes, a compound expression spans its first and last
	// tokens, parentheses of its operands included.
	start := p.tok().Start
	x := p.parseAtom()
	for {
		switch p.tok().Kind {
		case DOT:
			p.advance()
			name := p.parseName()
			x = &Attribute{Range: Range{start, name.End}, X: x, Attr: name}
		case LPAREN:
			p.advance()
			c := &Call{Func: x}
			c.Args, c.Keywords = p.parseCallArgs(false)
			if p.tok().Kind != RPAREN {
				p.callArgsError()
			}
			rp := p.advance()
			c.Rparen = rp.Start
			c.Range = Range{start, rp.End}
			x = c
		case LBRACK:
			p.advance()
			idx := p.parseSubscriptList()
			rb := p.expect(RBRACK)
			x = &Subscript{Range: Range{start, rb.End}, X: x, Index: idx}
		default:
			return x
		}
	}
}

// callArgsError explains why a call's argument list did not end at ')'.
func (p *parser) callArgsError() {
	if t := p.tok(); t.Kind == EQUAL {
		p.fail(t.Range, "expression cannot contain assignment, perhaps you meant \"==\"?")
	}
	p.expect(RPAREN)
}

// parseCallArgs parses the arguments of a call or class definition, up to
// (not including) the closing ')'.
func (p *parser) parseCallArgs(class bool) ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	sawKeyword := false
	var kwUnpack *Keyword
	// CPython reports a positional argument after keywords at the end of
	// the argument list.
	misplaced := ""
	var last Expr // the value of the last argument
	for p.tok().Kind != RPAREN {
		t := p.tok()
		switch {
		case t.Kind == DOUBLESTAR:
			p.advance()
			v := p.parseExpr()
			last = v
			kw := &Keyword{Range: Range{t.Start, v.Span().End}, Value: v}
			kws = append(kws, kw)
			if kwUnpack == nil {
				kwUnpack = kw
			}
		case t.Kind == STAR:
			p.advance()
			v := p.parseExpr()
			last = v
			if kwUnpack != nil {
				p.fail(kwUnpack.Range, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, &Starred{Range: Range{t.Start, v.Span().End}, Value: v})
		case t.Kind == NAME && p.peek(1).Kind == EQUAL:
			name := p.parseName()
			p.advance()
			v := p.parseExpr()
			last = v
			kws = append(kws, &Keyword{Range: Range{name.Start, v.Span().End}, Name: name, Value: v})
			sawKeyword = true
		default:
			x := p.parseNamedExpr()
			if p.tok().Kind == FOR || p.tok().Kind == ASYNC {
				// A call's sole argument may be a bare generator
				// expression; a class's bases may not.
				forTok := *p.tok()
				x = p.parseComprehensionTail(GeneratorExp, nil, x, x.Span().Start)
				if len(args) > 0 || len(kws) > 0 || p.tok().Kind == COMMA {
					p.fail(x.Span(), "Generator expression must be parenthesized")
				}
				if class {
					p.fail(forTok.Range, "invalid syntax")
				}
				if p.tok().Kind != RPAREN {
					p.invalidSyntax() // nothing else can follow it
				}
			}
			if p.tok().Kind == EQUAL {
				p.fail(Range{x.Span().Start, p.tok().End}, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if misplaced == "" && kwUnpack != nil {
				misplaced = "positional argument follows keyword argument unpacking"
			} else if misplaced == "" && sawKeyword {
				misplaced = "positional argument follows keyword argument"
			}
			args = append(args, x)
			last = x
		}
		if !p.got(COMMA) {
			p.commaHint(last)
			break
		}
	}
	if misplaced != "" {
		p.fail(p.tok().Range, misplaced)
	}
	return args, kws
}

// parseSubscriptList parses what stands between [ and ]: one index or
// slice, or several forming a tuple.
func (p *parser) parseSubscriptList() Expr {
	first := p.parseSubscript()
	if p.tok().Kind != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if p.tok().Kind == RBRACK {
			break
		}
		elts = append(elts, p.parseSubscript())
	}
	return &Tuple{Range: Range{first.Span().Start, p.prevEnd()}, Elts: elts}
}

func (p *parser) parseSubscript() Expr {
	start := p.tok().Start
	if p.tok().Kind == STAR {
		return p.parseStarOrNamed(false)
	}
	var lo Expr
	if p.tok().Kind != COLON {
		lo = p.parseNamedExpr()
		if p.tok().Kind != COLON {
			return lo
		}
	}
	s := &Slice{Lo: lo}
	p.advance()
	if k := p.tok().Kind; k != COLON && k != COMMA && k != RBRACK {
		s.Hi = p.parseExpr()
	}
	if p.got(COLON) {
		if k := p.tok().Kind; k != COMMA && k != RBRACK {
			s.Step = p.parseExpr()
		}
	}
	s.Range = Range{start, p.prevEnd()}
	return s
}

func (p *parser) parseYield() Expr {
	kw := p.advance()
	y := &Yield{}
	y.Start = kw.Start
	if p.got(FROM) {
		y.From = true
		y.Value = p.parseExpr()
	} else if startsExpression(p.tok().Kind) || p.tok().Kind == STAR {
		y.Value = p.parseStarExpressions()
	}
	y.End = p.prevEnd()
	return y
}

// parseTargetList parses the target of a for loop or comprehension: an
// expression list at the level of '|' operands, so that 'in' is not taken
// as a comparison.
func (p *parser) parseTargetList() Expr {
	first := p.parseTarget()
	if p.tok().Kind != COMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if p.tok().Kind == IN || p.tok().Kind == EQUAL || p.atStmtEnd() {
			break
		}
		elts = append(elts, p.parseTarget())
	}
	return &Tuple{Range: Range{first.Span().Start, p.prevEnd()}, Elts: elts}
}

func (p *parser) parseTarget() Expr {
	if t := p.tok(); t.Kind == STAR {
		p.advance()
		x := p.parseBitOr()
		return &Starred{Range: Range{t.Start, x.Span().End}, Value: x}
	}
	return p.parseBitOr()
}

// ---- Atoms ----

func (p *parser) parseAtom() Expr {
	t := p.tok()
	switch t.Kind {
	case NAME:
		p.advance()
		return &Name{Range: t.Range, Id: t.Text}
	case INT, FLOAT, IMAG:
		p.advance()
		return p.numberLit(t)
	case STRING:
		return p.parseStrings()
	case NONE, TRUE, FALSE, ELLIPSIS:
		p.advance()
		kind := map[TokenKind]LitKind{NONE: NoneLit, TRUE: TrueLit, FALSE: FalseLit, ELLIPSIS: EllipsisLit}[t.Kind]
		return &BasicLit{Range: t.Range, Kind: kind}
	case LPAREN:
		return p.parseParenAtom()
	case LBRACK:
		return p.parseListAtom()
	case LBRACE:
		return p.parseBraceAtom()
	case STAR:
		p.fail(t.Range, "invalid syntax")
	}
	p.invalidSyntax()
	return nil
}

func (p *parser) parseParenAtom() Expr {
	lp := p.advance()
	return p.parseParenBody(lp.Start, RPAREN)
}

// parseParenBody parses what stands in parentheses opened at lp, and the
// closing token: ')', or the EOF that ends the expression of an f-string
// replacement field, which CPython parses as if it were parenthesized.
func (p *parser) parseParenBody(lp Pos, closer TokenKind) Expr {
	if rp := p.tok(); rp.Kind == closer {
		p.advance()
		return &Tuple{Range: Range{lp, rp.End}, Parens: true}
	}
	if p.tok().Kind == YIELD {
		y := p.parseYield()
		p.expect(closer)
		return y
	}
	first := p.parseStarOrNamed(true)
	switch p.tok().Kind {
	case FOR, ASYNC:
		g := p.parseComprehensionTail(GeneratorExp, nil, first, lp)
		rp := p.expect(closer)
		g.(*Comp).Range = Range{lp, rp.End}
		return g
	case COMMA:
		elts := []Expr{first}
		for p.got(COMMA) {
			if p.tok().Kind == closer {
				break
			}
			elts = append(elts, p.parseStarOrNamed(true))
		}
		p.expectCloser(closer, elts)
		return &Tuple{Range: Range{lp, p.prevEnd()}, Elts: elts, Parens: true}
	}
	p.expectCloser(closer, []Expr{first})
	if st, ok := first.(*Starred); ok {
		p.fail(st.Span(), "cannot use starred expression here")
	}
	return first
}

// expectCloser expects the closing bracket of a display, explaining a
// missing comma after its last item as CPython does.
func (p *parser) expectCloser(k TokenKind, elts []Expr) {
	if p.tok().Kind == k {
		p.advance()
		return
	}
	p.commaHint(elts[len(elts)-1])
	p.expect(k)
}

// commaHint fails with CPython's "Perhaps you forgot a comma?" when a, an
// expression inside brackets, is followed by another, b: unless a is a
// conditional expression or a lambda, or begins with a name and a string
// or with a soft keyword. The error covers both.
func (p *parser) commaHint(a Expr) {
	if !startsExpression(p.tok().Kind) {
		return
	}
	switch a.(type) {
	case *IfExp, *Lambda:
		return
	}
	first := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Start.Offset >= a.Span().Start.Offset })
	if t := p.toks[first]; t.Kind == NAME && (p.toks[first+1].Kind == STRING || t.Text == "match" || t.Text == "case" || t.Text == "_") {
		return
	}
	var b Expr
	if p.speculate(func() { b = p.parseExpr() }) {
		p.fail(Range{a.Span().Start, b.Span().End}, "invalid syntax. Perhaps you forgot a comma?")
	}
}

func (p *parser) parseListAtom() Expr {
	lb := p.advance()
	if rb := p.tok(); rb.Kind == RBRACK {
		p.advance()
		return &List{Range: Range{lb.Start, rb.End}}
	}
	first := p.parseStarOrNamed(true)
	if k := p.tok().Kind; k == FOR || k == ASYNC {
		c := p.parseComprehensionTail(ListComp, nil, first, lb.Start)
		rb := p.expect(RBRACK)
		c.(*Comp).End = rb.End
		return c
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if p.tok().Kind == RBRACK {
			break
		}
		elts = append(elts, p.parseStarOrNamed(true))
	}
	p.expectCloser(RBRACK, elts)
	return &List{Range: Range{lb.Start, p.prevEnd()}, Elts: elts}
}

func (p *parser) parseBraceAtom() Expr {
	lb := p.advance()
	if rb := p.tok(); rb.Kind == RBRACE {
		p.advance()
		return &Dict{Range: Range{lb.Start, rb.End}}
	}
	// The first item decides between a dict and a set.
	// A starred first item makes a set, even before a ':'.
	if p.tok().Kind == DOUBLESTAR || p.tok().Kind != STAR && p.isDictItem() {
		return p.parseDictRest(lb)
	}
	first := p.parseStarOrNamed(true)
	if k := p.tok().Kind; k == FOR || k == ASYNC {
		c := p.parseComprehensionTail(SetComp, nil, first, lb.Start)
		rb := p.expect(RBRACE)
		c.(*Comp).End = rb.End
		return c
	}
	elts := []Expr{first}
	for p.got(COMMA) {
		if p.tok().Kind == RBRACE {
			break
		}
		elts = append(elts, p.parseStarOrNamed(true))
	}
	p.expectCloser(RBRACE, elts)
	return &Set{Range: Range{lb.Start, p.prevEnd()}, Elts: elts}
}

// isDictItem looks ahead for a ':' at bracket depth zero before the next
// ',' or '}', which makes the display a dict.
func (p *parser) isDictItem() bool {
	depth := 0
	for j := p.i; j < len(p.toks); j++ {
		switch p.toks[j].Kind {
		case LPAREN, LBRACK, LBRACE:
			depth++
		case RPAREN, RBRACK:
			depth--
		case RBRACE:
			if depth == 0 {
				return false
			}
			depth--
		case COMMA, FOR:
			if depth == 0 {
				return false
			}
		case LAMBDA:
			if depth == 0 {
				return false
			}
		case COLON:
			if depth == 0 {
				return true
			}
		case NEWLINE, EOF:
			return false
		}
		if depth < 0 {
			return false
		}
	}
	return false
}

func (p *parser) parseDictRest(lb Token) Expr {
	d := &Dict{}
	parseItem := func() {
		if t := p.tok(); t.Kind == DOUBLESTAR {
			p.advance()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.parseBitOr())
			return
		}
		k := p.parseExpr()
		if p.tok().Kind != COLON {
			if p.tok().Kind == COMMA || p.tok().Kind == RBRACE {
				p.fail(k.Span(), "':' expected after dictionary key")
			}
			p.expect(COLON)
		}
		colon := p.advance()
		if p.tok().Kind == RBRACE || p.tok().Kind == COMMA {
			p.fail(colon.Range, "expression expected after dictionary key and ':'")
		}
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, p.parseExpr())
	}
	parseItem()
	if k := p.tok().Kind; (k == FOR || k == ASYNC) && d.Keys[0] != nil {
		c := p.parseComprehensionTail(DictComp, d.Keys[0], d.Values[0], lb.Start)
		rb := p.expect(RBRACE)
		c.(*Comp).End = rb.End
		return c
	}
	for p.got(COMMA) {
		if p.tok().Kind == RBRACE {
			break
		}
		parseItem()
	}
	p.expectCloser(RBRACE, d.Values)
	d.Range = Range{lb.Start, p.prevEnd()}
	return d
}

// parseComprehensionTail parses the for/if clauses of a comprehension
// whose element (and key, for a dict) has been parsed.
func (p *parser) parseComprehensionTail(kind CompKind, key, elt Expr, start Pos) Expr {
	if st, ok := elt.(*Starred); ok {
		p.fail(st.Span(), "iterable unpacking cannot be used in comprehension")
	}
	c := &Comp{Kind: kind, Key: key, Elt: elt}
	for p.tok().Kind == FOR || p.tok().Kind == ASYNC {
		f := &CompFor{}
		f.Start = p.tok().Start
		if t := p.tok(); t.Kind == ASYNC {
			p.advance()
			f.Async = true
			p.report(SyntaxError, t.Range, "asynchronous comprehensions are not supported")
		}
		p.expect(FOR)
		f.Target = p.parseTargetList()
		if p.tok().Kind != IN {
			last := f.Target
			if t, ok := last.(*Tuple); ok && !t.Parens {
				last = t.Elts[len(t.Elts)-1]
			}
			p.commaHint(last)
		}
		p.checkTarget(f.Target, "assign to")
		if p.tok().Kind != IN {
			p.invalidSyntax()
		}
		p.advance()
		f.Iter = p.parseOr()
		for p.tok().Kind == IF {
			p.advance()
			f.Ifs = append(f.Ifs, p.parseOrNoCond())
		}
		f.End = p.prevEnd()
		c.For = append(c.For, f)
	}
	c.Range = Range{start, p.prevEnd()}
	return c
}

// parseOrNoCond parses a comprehension condition: a disjunction, or a
// lambda without a conditional body (Python's old_test).
func (p *parser) parseOrNoCond() Expr {
	if p.tok().Kind == LAMBDA {
		return p.parseLambda()
	}
	x := p.parseOr()
	if p.tok().Kind == COLONEQUAL {
		p.failf(x.Span(), "cannot use assignment expressions with %s", exprName(x))
	}
	return x
}
