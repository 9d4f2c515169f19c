package pystr

import "math"

// FormatParser walks a str.format string one piece at a time. CPython
// formats while it parses, so a malformed part of the string is reported
// only after the fields before it were looked up and formatted; a VM that
// handles each piece before asking for the next raises the same error
// first.
type FormatParser struct {
	s     string
	i     int
	depth int
}

// FormatPiece is literal text followed, when Field is set, by one
// replacement field.
type FormatPiece struct {
	// Literal is the text before the field, with "{{" and "}}" unescaped.
	Literal string
	Field   bool
	// Name is the field name, e.g. "", "0", "name" or "0.attr[key]"; the
	// VM resolves it with AutoNumber.Field.
	Name string
	// Conversion is the character after '!', or 0. The VM checks it only
	// after looking the field up (see ConversionError), as CPython does.
	Conversion rune
	// Spec is the format spec after ':'. When SpecHasFields is set it must
	// itself be formatted first, with the parser that Nested returns.
	Spec          string
	SpecHasFields bool
}

// formatDepth is how many levels of format string CPython allows: the
// string itself and the specs in its fields.
const formatDepth = 2

// NewFormatParser starts parsing the format string s.
func NewFormatParser(s string) *FormatParser {
	return &FormatParser{s: s, depth: formatDepth}
}

// Nested returns the parser for a spec with fields found by p; a spec
// nested within a spec fails with ValueError as in CPython.
func (p *FormatParser) Nested(spec string) (*FormatParser, error) {
	if p.depth <= 1 {
		return nil, newError("ValueError", "Max string recursion exceeded")
	}
	return &FormatParser{s: spec, depth: p.depth - 1}, nil
}

// Next returns the next piece, or false at the end of the string.
func (p *FormatParser) Next() (FormatPiece, bool, error) {
	var piece FormatPiece
	s := p.s
	if p.i >= len(s) {
		return piece, false, nil
	}
	start := p.i
	var c byte
	markup := false
	for p.i < len(s) {
		c = s[p.i]
		p.i++
		if c == '{' || c == '}' {
			markup = true
			break
		}
	}
	atEnd := p.i >= len(s)
	n := p.i - start
	if c == '}' && (atEnd || s[p.i] != '}') {
		return piece, false, newError("ValueError", "Single '}' encountered in format string")
	}
	if atEnd && c == '{' {
		return piece, false, newError("ValueError", "Single '{' encountered in format string")
	}
	if !atEnd {
		if s[p.i] == c {
			// A doubled brace is one literal brace and no field.
			p.i++
			markup = false
		} else {
			n--
		}
	}
	piece.Literal = s[start : start+n]
	if !markup {
		return piece, true, nil
	}
	piece.Field = true
	return piece, true, p.field(&piece)
}

// field parses a replacement field after its '{', up to its '}'.
func (p *FormatParser) field(piece *FormatPiece) error {
	s := p.s
	nameStart := p.i
	var c byte
scan:
	for p.i < len(s) {
		c = s[p.i]
		p.i++
		switch c {
		case '{':
			return newError("ValueError", "unexpected '{' in field name")
		case '[':
			// Brackets may hold any character but ']'.
			for p.i < len(s) && s[p.i] != ']' {
				p.i++
			}
		case '}', ':', '!':
			break scan
		}
	}
	piece.Name = s[nameStart : p.i-1]
	switch c {
	case '}':
		return nil
	case '!', ':':
	default:
		return newError("ValueError", "expected '}' before end of string")
	}
	if c == '!' {
		if p.i >= len(s) {
			return newError("ValueError", "end of string while looking for conversion specifier")
		}
		r, size := decodeRune(s, p.i)
		piece.Conversion = r
		p.i += size
		if p.i < len(s) {
			c = s[p.i]
			p.i++
			if c == '}' {
				return nil
			}
			if c != ':' {
				return newError("ValueError", "expected ':' after conversion specifier")
			}
		}
	}
	specStart := p.i
	for depth := 1; p.i < len(s); {
		c = s[p.i]
		p.i++
		switch c {
		case '{':
			piece.SpecHasFields = true
			depth++
		case '}':
			if depth--; depth == 0 {
				piece.Spec = s[specStart : p.i-1]
				return nil
			}
		}
	}
	return newError("ValueError", "unmatched '{' in format spec")
}

// ConversionError is the ValueError for a conversion other than r, s and
// a; CPython raises it after looking up the field's value.
func ConversionError(c rune) error {
	if c > 32 && c < 127 {
		return errorf("ValueError", "Unknown conversion specifier %c", c)
	}
	return errorf("ValueError", "Unknown conversion specifier \\x%x", c)
}

// AutoNumber is the field numbering state of one str.format call: fields
// are numbered automatically ("{}") or manually ("{0}"), never both. The
// fields of nested specs share their call's AutoNumber.
type AutoNumber struct {
	manual, auto bool
	next         int
}

// FieldName is a field name resolved to the argument it selects; the
// accessors after it come from Next.
type FieldName struct {
	// Index is the positional argument, or -1 when Key names a keyword
	// argument.
	Index int
	Key   string
	rest  string
}

// Accessor is one ".attr" or "[key]" step of a field name.
type Accessor struct {
	// Attr is set for ".attr", clear for "[key]".
	Attr bool
	// Name is the attribute name or the key's text.
	Name string
	// Index is the key as an int when it is all decimal digits, else -1.
	Index int
}

// formatInt reads a field name part made only of decimal digits (of any
// script) as an int, or returns -1.
func formatInt(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	v := 0
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		d := Decimal(r)
		if d < 0 {
			return -1, nil
		}
		if v > (math.MaxInt-d)/10 {
			return -1, newError("ValueError", "Too many decimal digits in format string")
		}
		v = v*10 + d
		i += n
	}
	return v, nil
}

// Field resolves a field name: the argument it selects, numbering an
// empty one automatically.
func (a *AutoNumber) Field(name string) (FieldName, error) {
	end := 0
	for end < len(name) && name[end] != '.' && name[end] != '[' {
		end++
	}
	first := name[:end]
	f := FieldName{Key: first, rest: name[end:]}
	idx, err := formatInt(first)
	if err != nil {
		return f, err
	}
	f.Index = idx
	if first != "" && idx < 0 {
		return f, nil
	}
	if first == "" {
		if a.manual {
			return f, newError("ValueError", "cannot switch from manual field specification to automatic field numbering")
		}
		a.auto = true
		f.Index = a.next
		a.next++
		return f, nil
	}
	if a.auto {
		return f, newError("ValueError", "cannot switch from automatic field numbering to manual field specification")
	}
	a.manual = true
	return f, nil
}

// Next returns the next accessor, or false after the last. A malformed
// accessor is an error only when reached, after the accessors before it
// were applied, as in CPython.
func (f *FieldName) Next() (Accessor, bool, error) {
	var acc Accessor
	if f.rest == "" {
		return acc, false, nil
	}
	s := f.rest
	switch s[0] {
	case '.':
		end := 1
		for end < len(s) && s[end] != '.' && s[end] != '[' {
			end++
		}
		acc = Accessor{Attr: true, Name: s[1:end], Index: -1}
		f.rest = s[end:]
	case '[':
		end := 1
		for end < len(s) && s[end] != ']' {
			end++
		}
		if end == len(s) {
			return acc, false, newError("ValueError", "Missing ']' in format string")
		}
		acc.Name = s[1:end]
		f.rest = s[end+1:]
		idx, err := formatInt(acc.Name)
		if err != nil {
			return acc, false, err
		}
		acc.Index = idx
	default:
		return acc, false, newError("ValueError", "Only '.' or '[' may follow ']' in format field specifier")
	}
	if acc.Name == "" {
		return acc, false, newError("ValueError", "Empty attribute in format string")
	}
	return acc, true, nil
}
