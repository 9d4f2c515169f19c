package pyformat

import (
	"math"
	"math/big"
	"strings"
)

// A PercentPiece is one part of a printf-style format string: literal text,
// or one conversion, %[(key)][flags][width][.precision][hlL]conv.
type PercentPiece struct {
	Literal bool   // the piece is text to copy
	Text    string // the text of a literal piece, with "%%" already made "%"

	HasKey bool   // the conversion names a mapping key: %(key)s
	Key    string // the key, parentheses excluded
	Flags  PercentFlags
	// Width and Prec are -1 when not given; a '*' sets WidthStar or
	// PrecStar, and the caller passes the argument it takes to
	// SetStarWidth or SetStarPrec.
	Width     int
	WidthStar bool
	Prec      int
	PrecStar  bool
	Conv      rune // the conversion character
	Index     int  // the index, in code points, of Conv in the format string

	// Fail says where the conversion fails, and Err is the error then.
	Fail PercentFailure
	Err  error
}

// PercentFlags are the conversion flags.
type PercentFlags struct {
	Left  bool // '-': pad on the right
	Sign  bool // '+': a sign on positive numbers too
	Space bool // ' ': a space before positive numbers
	Alt   bool // '#': 0o, 0x, 0X prefixes; keep the point of a float
	Zero  bool // '0': pad numbers with zeros after the sign
}

// A PercentFailure is the step of a conversion at which it fails. CPython
// takes a conversion's arguments while it reads the format, so an error in
// the format is raised after any argument read before the faulty part, and
// a missing argument is reported first.
type PercentFailure int

const (
	// FailNone: the conversion is well formed.
	FailNone PercentFailure = iota
	// FailKey: "incomplete format key", raised after checking that the
	// arguments are a mapping and before looking anything up.
	FailKey
	// FailSpec: "incomplete format", "width too big" or "precision too
	// big", raised after the key is looked up and after the * arguments
	// that the piece records are taken, before the value is.
	FailSpec
	// FailConv: "unsupported format character", raised after the value
	// is taken.
	FailConv
)

// ParsePercent splits a format string for the % operator into pieces. It
// never fails as a whole: a faulty conversion is the last piece, with Fail
// and Err saying what to raise and when. The caller handles each
// conversion piece p in CPython's order:
//
//  1. if p.HasKey: the right operand must be a mapping (TypeError "format
//     requires a mapping"); if p.Fail == FailKey, raise p.Err; else the
//     arguments become the single value mapping[p.Key];
//  2. if p.WidthStar, take an int argument ("* wants int") for
//     p.SetStarWidth; then if p.PrecStar, likewise for p.SetStarPrec;
//  3. if p.Fail == FailSpec, raise p.Err;
//  4. take the value argument ("not enough arguments for format string");
//  5. convert it by p.Conv: d i u o x X c with PercentInt (a float for d,
//     i, u goes through int(), and for o, x, X through __index__, which
//     floats lack: "%x format: an integer is required, not float"),
//     e E f F g G with PercentFloat, s r a with PercentStr on str(),
//     repr() or ascii() of the value, c of a one-character str with
//     PercentStr; for anything else p.Fail is FailConv: raise p.Err.
//
// After the last piece, arguments left over from a tuple (not a mapping)
// are a TypeError, "not all arguments converted during string formatting".
func ParsePercent(format string) []PercentPiece {
	rs := []rune(format)
	var pieces []PercentPiece
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			pieces = append(pieces, PercentPiece{Literal: true, Text: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(rs); {
		if rs[i] != '%' {
			lit.WriteRune(rs[i])
			i++
			continue
		}
		if i+1 < len(rs) && rs[i+1] == '%' {
			lit.WriteByte('%')
			i += 2
			continue
		}
		flush()
		p, next := parseConversion(rs, i+1)
		pieces = append(pieces, p)
		if p.Fail == FailKey || p.Fail == FailSpec {
			return pieces
		}
		i = next
	}
	flush()
	return pieces
}

// parseConversion reads the conversion that starts after the '%' at
// rs[pos-1] and returns it with the index just past it.
func parseConversion(rs []rune, pos int) (PercentPiece, int) {
	p := PercentPiece{Width: -1, Prec: -1}
	fail := func(stage PercentFailure, msg string) (PercentPiece, int) {
		p.Fail, p.Err = stage, valueError("%s", msg)
		return p, len(rs)
	}
	if pos < len(rs) && rs[pos] == '(' {
		p.HasKey = true
		depth := 1
		start := pos + 1
		for pos++; pos < len(rs) && depth > 0; pos++ {
			switch rs[pos] {
			case ')':
				depth--
			case '(':
				depth++
			}
		}
		if depth > 0 {
			return fail(FailKey, "incomplete format key")
		}
		p.Key = string(rs[start : pos-1])
	}
	at := func() rune {
		if pos < len(rs) {
			return rs[pos]
		}
		return 0
	}
flags:
	for ; pos < len(rs); pos++ {
		switch rs[pos] {
		case '-':
			p.Flags.Left = true
		case '+':
			p.Flags.Sign = true
		case ' ':
			p.Flags.Space = true
		case '#':
			p.Flags.Alt = true
		case '0':
			p.Flags.Zero = true
		default:
			break flags
		}
	}
	if at() == '*' {
		p.WidthStar = true
		pos++
	} else if c := at(); c >= '0' && c <= '9' {
		p.Width = 0
		for ; pos < len(rs) && rs[pos] >= '0' && rs[pos] <= '9'; pos++ {
			d := int(rs[pos] - '0')
			if p.Width > (math.MaxInt-d)/10 {
				return fail(FailSpec, "width too big")
			}
			p.Width = p.Width*10 + d
		}
	}
	if at() == '.' {
		pos++
		p.Prec = 0
		if at() == '*' {
			p.PrecStar = true
			pos++
		} else {
			for ; pos < len(rs) && rs[pos] >= '0' && rs[pos] <= '9'; pos++ {
				d := int(rs[pos] - '0')
				if p.Prec > (math.MaxInt32-d)/10 {
					return fail(FailSpec, "precision too big")
				}
				p.Prec = p.Prec*10 + d
			}
		}
	}
	if c := at(); c == 'h' || c == 'l' || c == 'L' {
		pos++
	}
	if pos >= len(rs) {
		return fail(FailSpec, "incomplete format")
	}
	p.Conv, p.Index = rs[pos], pos
	switch p.Conv {
	case 'd', 'i', 'u', 'o', 'x', 'X', 'c', 'e', 'E', 'f', 'F', 'g', 'G', 's', 'r', 'a':
	default:
		shown := p.Conv
		if shown < 31 || shown > 126 {
			shown = '?'
		}
		p.Fail = FailConv
		p.Err = valueError("unsupported format character '%c' (0x%x) at index %d", shown, p.Conv, p.Index)
	}
	return p, pos + 1
}

// SetStarWidth applies the argument taken for a '*' width: a negative
// width pads on the right.
func (p *PercentPiece) SetStarWidth(w int) {
	if w < 0 {
		p.Flags.Left = true
		w = -w
	}
	p.Width = w
}

// SetStarPrec applies the argument taken for a '*' precision: a negative
// one counts as 0.
func (p *PercentPiece) SetStarPrec(n int) {
	p.Prec = max(n, 0)
}

// PercentInt converts an int for d, i, u, o, x, X or c.
func PercentInt(v *big.Int, p PercentPiece) (string, error) {
	if p.Conv == 'c' {
		if v.Sign() < 0 || v.Cmp(big.NewInt(0x10ffff)) > 0 {
			return "", overflowError("%c arg not in range(0x110000)")
		}
		return p.pad(string(rune(v.Int64())), false), nil
	}
	var digits string
	prefix := ""
	switch p.Conv {
	case 'o':
		digits, prefix = new(big.Int).Abs(v).Text(8), "0o"
	case 'x':
		digits, prefix = new(big.Int).Abs(v).Text(16), "0x"
	case 'X':
		digits, prefix = strings.ToUpper(new(big.Int).Abs(v).Text(16)), "0X"
	default:
		text, err := IntToDecimal(v)
		if err != nil {
			return "", err
		}
		digits = strings.TrimPrefix(text, "-")
	}
	if !p.Flags.Alt {
		prefix = ""
	}
	// The precision is a minimum number of digits.
	if n := p.Prec - len(digits); n > 0 {
		digits = strings.Repeat("0", n) + digits
	}
	text := prefix + digits
	if v.Sign() < 0 {
		text = "-" + text
	}
	return p.pad(text, true), nil
}

// PercentFloat converts a float for e, E, f, F, g or G (precision 6 when
// not given).
func PercentFloat(f float64, p PercentPiece) (string, error) {
	prec := p.Prec
	if prec < 0 {
		prec = 6
	}
	return p.pad(floatText(f, byte(p.Conv), prec, false, p.Flags.Alt, false), true), nil
}

// PercentStr pads the text of s, r or a (cut to the precision) or of c.
func PercentStr(s string, p PercentPiece) string {
	if p.Conv != 'c' && p.Prec >= 0 {
		s = truncateRunes(s, p.Prec)
	}
	return p.pad(s, false)
}

// pad applies the width, and for numbers the sign flags, to a converted
// value. Zero padding goes after the sign and after a 0o, 0x or 0X prefix
// ("%#06x" gives "0x00ff"); space padding goes before them.
func (p *PercentPiece) pad(text string, number bool) string {
	sign, prefix := "", ""
	if number {
		switch {
		case strings.HasPrefix(text, "-") || strings.HasPrefix(text, "+"):
			sign, text = text[:1], text[1:]
		case p.Flags.Sign:
			sign = "+"
		case p.Flags.Space:
			sign = " "
		}
		if p.Flags.Alt && (p.Conv == 'o' || p.Conv == 'x' || p.Conv == 'X') {
			prefix, text = text[:2], text[2:]
		}
	}
	n := len(sign) + len(prefix) + runeLen(text)
	if p.Width <= n {
		return sign + prefix + text
	}
	padding := p.Width - n
	switch {
	case p.Flags.Left:
		return sign + prefix + text + strings.Repeat(" ", padding)
	case number && p.Flags.Zero:
		return sign + prefix + strings.Repeat("0", padding) + text
	default:
		return strings.Repeat(" ", padding) + sign + prefix + text
	}
}
