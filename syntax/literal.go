package syntax

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// numberLit converts an INT, FLOAT or IMAG token to a BasicLit.
func (p *parser) numberLit(t *Token) Expr {
	text := strings.ReplaceAll(t.Text, "_", "")
	lit := &BasicLit{Range: t.Range}
	switch t.Kind {
	case INT:
		lit.Kind = IntLit
		lit.Value = parseIntLiteral(text)
	case FLOAT:
		lit.Kind = FloatLit
		lit.Value, _ = strconv.ParseFloat(text, 64)
	case IMAG:
		lit.Kind = ImagLit
		lit.Value, _ = strconv.ParseFloat(text[:len(text)-1], 64)
		p.report(SyntaxError, t.Range, "complex literals are not supported")
	}
	return lit
}

// parseIntLiteral returns an int64, or a *big.Int when the value does not
// fit. Malformed text (already reported by the scanner) gives 0.
func parseIntLiteral(text string) any {
	base := 10
	digits := text
	if len(text) > 1 && text[0] == '0' {
		switch text[1] | 0x20 {
		case 'x':
			base, digits = 16, text[2:]
		case 'o':
			base, digits = 8, text[2:]
		case 'b':
			base, digits = 2, text[2:]
		}
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v
	}
	if b, ok := new(big.Int).SetString(digits, base); ok {
		return b
	}
	return int64(0)
}

// A strToken is one string literal token split into its parts.
type strToken struct {
	tok        *Token
	raw, bytes bool
	fstring    bool
	body       string // between the quotes
	bodyOff    int    // byte offset of body in the file
}

func splitString(t *Token) strToken {
	st := strToken{tok: t}
	i := 0
	for i < len(t.Text) && t.Text[i] != '"' && t.Text[i] != '\'' {
		switch t.Text[i] | 0x20 {
		case 'r':
			st.raw = true
		case 'b':
			st.bytes = true
		case 'f':
			st.fstring = true
		}
		i++
	}
	q := 1
	if strings.HasPrefix(t.Text[i:], `"""`) || strings.HasPrefix(t.Text[i:], `'''`) {
		q = 3
	}
	end := len(t.Text) - q
	if end < i+q {
		// An unterminated literal (already reported): take what is there.
		end = len(t.Text)
		if end < i+q {
			end = i + q
			if end > len(t.Text) {
				end = len(t.Text)
			}
		}
	}
	start := i + q
	if start > end {
		start = end
	}
	st.body = t.Text[start:end]
	st.bodyOff = int(t.Start.Offset) + start
	return st
}

// parseStrings parses one or more adjacent string tokens into a BasicLit or
// an FString.
func (p *parser) parseStrings() Expr {
	var parts []strToken
	for p.tok().Kind == STRING {
		parts = append(parts, splitString(p.tok()))
		p.advance()
	}
	r := Range{parts[0].tok.Start, parts[len(parts)-1].tok.End}
	isBytes, isF := parts[0].bytes, false
	for _, st := range parts {
		if st.bytes != isBytes {
			p.fail(p.stringErrorRange(), "cannot mix bytes and nonbytes literals")
		}
		isF = isF || st.fstring
	}
	if isBytes {
		var buf []byte
		for _, st := range parts {
			buf = append(buf, p.decodeBody(st, st.body)...)
		}
		return &BasicLit{Range: r, Kind: BytesLit, Value: buf}
	}
	if !isF {
		var sb strings.Builder
		for _, st := range parts {
			sb.WriteString(p.decodeBody(st, st.body))
		}
		return &BasicLit{Range: r, Kind: StringLit, Value: sb.String()}
	}
	fs := &FString{Range: r}
	var pending strings.Builder
	pendingStart := r.Start
	flush := func(end Pos) {
		if pending.Len() > 0 {
			fs.Values = append(fs.Values, &BasicLit{Range: Range{pendingStart, end}, Kind: StringLit, Value: pending.String()})
			pending.Reset()
		}
	}
	for _, st := range parts {
		if !st.fstring {
			if pending.Len() == 0 {
				pendingStart = st.tok.Start
			}
			pending.WriteString(p.decodeBody(st, st.body))
			continue
		}
		p.parseFStringBody(st, st.body, st.bodyOff, 0, &fs.Values, &pending, &pendingStart, flush)
	}
	flush(r.End)
	return fs
}

// parseFStringBody splits the body of an f-string (or of a format spec
// inside one) into literal pieces and replacement fields.
func (p *parser) parseFStringBody(st strToken, body string, off int, depth int, values *[]Expr, pending *strings.Builder, pendingStart *Pos, flush func(Pos)) {
	lit := 0 // start of the current literal run within body
	addLiteral := func(end int) {
		if end > lit {
			if pending.Len() == 0 {
				*pendingStart = p.posOf(off + lit)
			}
			pending.WriteString(p.decodeBody(st, body[lit:end]))
		}
	}
	i := 0
	for i < len(body) {
		c := body[i]
		switch {
		case c == '\\' && !st.raw && i+2 < len(body) && body[i+1] == 'N' && body[i+2] == '{':
			// \N{NAME} is an escape, not a replacement field.
			j := strings.IndexByte(body[i:], '}')
			if j < 0 {
				i = len(body)
				continue
			}
			i += j + 1
		case c == '\\' && !st.raw && i+1 < len(body) && body[i+1] != '{' && body[i+1] != '}':
			// An escape pair; a backslash does not escape a brace, which
			// still opens or closes a field (CPython only warns of the
			// invalid escape), and in a raw string it escapes nothing.
			i += 2
		case c == '{' && i+1 < len(body) && body[i+1] == '{' && depth == 0:
			addLiteral(i + 1)
			i += 2
			lit = i
		case c == '}' && i+1 < len(body) && body[i+1] == '}' && depth == 0:
			addLiteral(i + 1)
			i += 2
			lit = i
		case c == '}':
			p.fail(p.stringErrorRange(), "f-string: single '}' is not allowed")
		case c == '{':
			addLiteral(i)
			fv, end := p.parseReplacementField(st, body, off, i, depth)
			if fv.Debug != "" {
				// f"{x=}" prints "x=" before the value: it joins the
				// literal text.
				if pending.Len() == 0 {
					*pendingStart = fv.Start
				}
				pending.WriteString(fv.Debug)
			}
			flush(fv.Start)
			*values = append(*values, fv)
			i = end
			lit = i
		default:
			i++
		}
	}
	addLiteral(len(body))
}

// parseReplacementField parses {expr[=][!conv][:spec]} starting at body[i]
// == '{' and returns it with the index just past its '}'.
func (p *parser) parseReplacementField(st strToken, body string, off, i, depth int) (*FormattedValue, int) {
	if depth >= 2 {
		p.fail(p.stringErrorRange(), "f-string: expressions nested too deeply")
	}
	exprStart := i + 1
	j := p.scanFieldExpr(body, exprStart)
	exprEnd := j
	if strings.Trim(body[exprStart:exprEnd], " \t\f\r\n") == "" {
		if c := body[j]; c == '!' || c == ':' || c == '=' {
			p.failf(p.stringErrorRange(), "f-string: expression required before '%c'", c)
		}
		p.fail(p.stringErrorRange(), "f-string: empty expression not allowed")
	}
	fv := &FormattedValue{}
	fv.Start = p.posOf(off + i)
	fv.Value = p.parseNestedExpr(off+exprStart, off+exprEnd)
	if body[j] == '=' {
		// f"{x=}" shows the expression's text, up to the next character
		// that is not white space.
		j++
		for j < len(body) && strings.IndexByte(" \t\n\r\f\v", body[j]) >= 0 {
			j++
		}
		if j >= len(body) {
			p.fail(p.stringErrorRange(), "f-string: expecting '}'")
		}
		fv.Debug = body[exprStart:j]
	}
	if body[j] == '!' {
		j++
		if j >= len(body) {
			p.fail(p.stringErrorRange(), "f-string: expecting '}'")
		}
		if c := body[j]; c != 's' && c != 'r' && c != 'a' {
			p.fail(p.stringErrorRange(), "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		fv.Conversion = body[j]
		j++
	}
	if j < len(body) && body[j] == ':' {
		specStart := j + 1
		k := specStart
		nest := 0
		for ; k < len(body); k++ {
			if body[k] == '{' {
				nest++
			} else if body[k] == '}' {
				if nest == 0 {
					break
				}
				nest--
			}
		}
		spec := &FString{}
		spec.Start = p.posOf(off + specStart)
		spec.End = p.posOf(off + k)
		var pending strings.Builder
		pendingStart := spec.Start
		flush := func(end Pos) {
			if pending.Len() > 0 {
				spec.Values = append(spec.Values, &BasicLit{Range: Range{pendingStart, end}, Kind: StringLit, Value: pending.String()})
				pending.Reset()
			}
		}
		p.parseFStringBody(st, body[specStart:k], off+specStart, depth+1, &spec.Values, &pending, &pendingStart, flush)
		flush(spec.End)
		fv.Spec = spec
		j = k
	}
	if j >= len(body) || body[j] != '}' {
		p.fail(p.stringErrorRange(), "f-string: expecting '}'")
	}
	if fv.Debug != "" && fv.Conversion == 0 && fv.Spec == nil {
		// f"{x=}" shows the repr, unless a conversion or a format spec
		// says otherwise.
		fv.Conversion = 'r'
	}
	fv.End = p.posOf(off + j + 1)
	return fv, j + 1
}

// scanFieldExpr finds the end of the expression of a replacement field that
// starts at body[i], as CPython does before it parses the expression: at
// the first '!', ':', '=' or '}' outside brackets and strings that does not
// begin "!=" or "==". It reports what CPython reports on the way.
func (p *parser) scanFieldExpr(body string, i int) int {
	var brackets []byte
	var quote byte
	triple := false
	for ; i < len(body); i++ {
		c := body[i]
		if c == '\\' {
			p.fail(p.stringErrorRange(), "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote && !triple {
				quote = 0
			} else if c == quote && strings.HasPrefix(body[i:], string([]byte{c, c, c})) {
				i += 2
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
			triple = i+2 < len(body) && body[i+1] == c && body[i+2] == c
			if triple {
				i += 2
			}
		case '(', '[', '{':
			if len(brackets) >= maxParenDepth {
				p.fail(p.stringErrorRange(), "f-string: too many nested parenthesis")
			}
			brackets = append(brackets, c)
		case '#':
			p.fail(p.stringErrorRange(), "f-string expression part cannot include '#'")
		case '!', ':', '}', '=', '<', '>':
			if len(brackets) > 0 {
				if c == '}' {
					brackets = p.closeFieldBracket(brackets, c)
				}
				continue
			}
			if c != ':' && c != '}' && i+1 < len(body) && body[i+1] == '=' {
				i++ // "!=", "==", "<=" or ">="
				continue
			}
			if c == '<' || c == '>' {
				continue
			}
			return i
		case ')', ']':
			brackets = p.closeFieldBracket(brackets, c)
		}
	}
	switch {
	case quote != 0:
		p.fail(p.stringErrorRange(), "f-string: unterminated string")
	case len(brackets) > 0:
		p.failf(p.stringErrorRange(), "f-string: unmatched '%c'", brackets[len(brackets)-1])
	}
	p.fail(p.stringErrorRange(), "f-string: expecting '}'")
	return i
}

// closeFieldBracket pops the bracket that c closes in the expression of a
// replacement field.
func (p *parser) closeFieldBracket(brackets []byte, c byte) []byte {
	if len(brackets) == 0 {
		p.failf(p.stringErrorRange(), "f-string: unmatched '%c'", c)
	}
	open := brackets[len(brackets)-1]
	if open == '(' && c != ')' || open == '[' && c != ']' || open == '{' && c != '}' {
		p.failf(p.stringErrorRange(), "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)
	}
	return brackets[:len(brackets)-1]
}

// parseNestedExpr parses the expression of an f-string replacement field,
// which lies at src[start:end], with positions in the file's terms.
func (p *parser) parseNestedExpr(start, end int) Expr {
	s := newScanner(p.src[:end], p.posOf(start))
	s.nested = true
	s.atLineStart = false
	s.scanAll()
	sub := &parser{path: p.path, src: p.src, lines: p.lines, toks: s.tokens, scanErrs: s.errors, stmtStart: int32(start), field: true}
	var x Expr
	func() {
		defer sub.catch(func() { x = &BadExpr{Range: Range{p.posOf(start), p.posOf(end)}} })
		x = sub.parseParenBody(p.posOf(start), EOF)
	}()
	errs := sub.allErrors()
	for _, e := range errs {
		p.errors = append(p.errors, p.fieldError(e, start))
	}
	if len(errs) > 0 {
		panic(bailout{})
	}
	return x
}

// fieldError puts an error in the expression of a replacement field that
// starts at offset start into CPython's form. CPython parses the expression
// on its own, as "(" + expression + ")": its parser's messages get the
// prefix "f-string: ", and columns on the expression's first line count from
// the start of that text. Errors of fields nested in the expression are in
// that form already.
func (p *parser) fieldError(e *Error, start int) *Error {
	if e.field {
		return e
	}
	out := *e
	out.field = true
	if !e.FromTokenizer() {
		out.Msg = "f-string: " + e.Msg
	}
	// For the file, the error is one in building the string, which is the
	// parser's business.
	out.origin = fromParser
	if first := p.posOf(start); e.Start.Line == first.Line {
		col := e.Start.Offset - int32(start) + 2
		out.Start = Pos{Offset: first.Offset - first.Col + col, Line: first.Line, Col: col}
	}
	return &out
}

// decodeBody processes the escape sequences of a string literal's body,
// or of part of it. Bytes literals get a string of raw bytes.
func (p *parser) decodeBody(st strToken, body string) string {
	if st.bytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= utf8.RuneSelf {
				p.fail(p.stringErrorRange(), "bytes can only contain ASCII literal characters")
			}
		}
	}
	escapes := !st.raw && strings.IndexByte(body, '\\') >= 0
	if !st.bytes && !utf8.ValidString(body) {
		p.badUTF8(body, escapes || st.fstring && !st.raw)
	}
	if !escapes {
		return normalizeNewlines(body)
	}
	var sb strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '\r' {
			sb.WriteByte('\n')
			if i+1 < len(body) && body[i+1] == '\n' {
				i++
			}
			continue
		}
		if c != '\\' || i+1 >= len(body) {
			sb.WriteByte(c)
			continue
		}
		i++
		c = body[i]
		switch c {
		case '\n':
		case '\r':
			if i+1 < len(body) && body[i+1] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			sb.WriteByte(c)
		case 'a':
			sb.WriteByte(7)
		case 'b':
			sb.WriteByte(8)
		case 'f':
			sb.WriteByte(12)
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'v':
			sb.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := 0
			n := 0
			for n < 3 && i < len(body) && body[i] >= '0' && body[i] <= '7' {
				v = v*8 + int(body[i]-'0')
				i++
				n++
			}
			i--
			if st.bytes {
				sb.WriteByte(byte(v))
			} else {
				sb.WriteRune(rune(v))
			}
		case 'x':
			v, n := hexDigits(body, i+1, 2)
			if n < 2 {
				if st.bytes {
					p.fail(p.stringErrorRange(), fmt.Sprintf("(value error) invalid \\x escape at position %d", i-1))
				}
				p.unicodeEscapeError(body, i-1, i+n, "truncated \\xXX escape")
			}
			if st.bytes {
				sb.WriteByte(byte(v))
			} else {
				sb.WriteRune(rune(v))
			}
			i += 2
		case 'u', 'U', 'N':
			if st.bytes {
				sb.WriteByte('\\')
				sb.WriteByte(c)
				continue
			}
			if c == 'N' {
				// The message covers what the decoder read: up to the
				// end of the body, or up to the brace that closes an
				// empty name, or past the one that closes a name.
				const malformed = "malformed \\N character escape"
				if i+1 >= len(body) || body[i+1] != '{' {
					p.unicodeEscapeError(body, i-1, i, malformed)
				}
				end := strings.IndexByte(body[i:], '}')
				switch {
				case end < 0:
					p.unicodeEscapeError(body, i-1, len(body)-1, malformed)
				case end == 2:
					p.unicodeEscapeError(body, i-1, i+1, malformed)
				}
				r, ok := lookupRuneName(body[i+2 : i+end])
				if !ok {
					p.unicodeEscapeError(body, i-1, i+end, "unknown Unicode character name")
				}
				sb.WriteRune(r)
				i += end
				continue
			}
			n := 4
			if c == 'U' {
				n = 8
			}
			v, digits := hexDigits(body, i+1, n)
			switch {
			case digits < n && c == 'u':
				p.unicodeEscapeError(body, i-1, i+digits, "truncated \\uXXXX escape")
			case digits < n:
				p.unicodeEscapeError(body, i-1, i+digits, "truncated \\UXXXXXXXX escape")
			case v > unicode.MaxRune:
				p.unicodeEscapeError(body, i-1, i+n, "illegal Unicode character")
			}
			sb.WriteRune(rune(v))
			i += n
		default:
			// An unknown escape keeps its backslash (CPython warns).
			sb.WriteByte('\\')
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// badUTF8 reports the invalid UTF-8 in a str literal's body as CPython
// does. CPython decodes the body as a whole when it has no escapes to
// process, but when it does (and always in an f-string that is not raw) it
// decodes each run of non-ASCII bytes apart, and the message counts
// positions in the run, and may find it ending early.
func (p *parser) badUTF8(body string, byRuns bool) {
	chunk := body
	for i := 0; byRuns && i < len(body); {
		if body[i] < utf8.RuneSelf {
			i++
			continue
		}
		j := i
		for j < len(body) && body[j] >= utf8.RuneSelf {
			j++
		}
		if !utf8.ValidString(body[i:j]) {
			chunk = body[i:j]
			break
		}
		i = j
	}
	p.fail(p.stringErrorRange(), "(unicode error) 'utf-8' codec "+utf8Error(chunk))
}

// utf8Error describes the first invalid UTF-8 sequence in b, which must
// have one, in the words of Python's UTF-8 codec.
func utf8Error(b string) string {
	i := 0
	for {
		r, size := utf8.DecodeRuneInString(b[i:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	c := b[i]
	// The bytes that may follow c: Python's codec, like the standard,
	// rules out overlong forms, surrogates and code points past U+10FFFF
	// by the second byte.
	lo, hi, n := byte(0x80), byte(0xBF), 0
	switch {
	case 0xC2 <= c && c <= 0xDF:
		n = 1
	case 0xE0 <= c && c <= 0xEF:
		n = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case 0xF0 <= c && c <= 0xF4:
		n = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return decodeError(b, i, i+1, "invalid start byte")
	}
	for k := 1; k <= n; k++ {
		if i+k == len(b) {
			return decodeError(b, i, i+k, "unexpected end of data")
		}
		if next := b[i+k]; next < lo || next > hi {
			return decodeError(b, i, i+k, "invalid continuation byte")
		}
		lo, hi = 0x80, 0xBF
	}
	panic("utf8Error: valid UTF-8")
}

// decodeError words a UnicodeDecodeError for bytes start to end of b.
func decodeError(b string, start, end int, reason string) string {
	if end-start == 1 {
		return fmt.Sprintf("can't decode byte 0x%02x in position %d: %s", b[start], start, reason)
	}
	return fmt.Sprintf("can't decode bytes in position %d-%d: %s", start, end-1, reason)
}

// unicodeEscapeError reports a bad escape in a str literal's body, which
// CPython's unicode-escape codec read from byte first to byte last.
func (p *parser) unicodeEscapeError(body string, first, last int, what string) {
	at := escapePosition(body, first)
	p.fail(p.stringErrorRange(), fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", at, at+last-first, what))
}

// escapePosition converts byte i of a literal's body, where an escape
// starts, into the position that CPython's message gives. CPython decodes
// the escapes of a copy of the body in which each non-ASCII character has
// become a ten-character \UXXXXXXXX escape, and a backslash before one the
// six characters \u005c.
func escapePosition(body string, i int) int {
	at := 0
	for j := 0; j < i; {
		switch {
		case body[j] == '\\' && (j+1 == len(body) || body[j+1] >= utf8.RuneSelf):
			at += 6
			j++
		case body[j] == '\\':
			// An escape and the ASCII character it escapes.
			at += 2
			j += 2
		case body[j] >= utf8.RuneSelf:
			_, size := utf8.DecodeRuneInString(body[j:])
			at += 10
			j += size
		default:
			at++
			j++
		}
	}
	return at
}

// stringErrorRange is where CPython reports an error in the string
// literals just parsed: at the token after them, since it only checks a
// literal when it builds its value, once that token has been read.
func (p *parser) stringErrorRange() Range {
	if t := p.tok(); t.Kind != NEWLINE && t.Kind != EOF {
		return t.Range
	}
	return p.newlineRange()
}

// hexDigits reads up to n hex digits of s from byte i, and returns their
// value and how many there were.
func hexDigits(s string, i, n int) (v, digits int) {
	for ; digits < n && i+digits < len(s); digits++ {
		c := s[i+digits]
		switch {
		case '0' <= c && c <= '9':
			v = v*16 + int(c-'0')
		case 'a' <= c|0x20 && c|0x20 <= 'f':
			v = v*16 + int(c|0x20-'a') + 10
		default:
			return v, digits
		}
	}
	return v, digits
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
