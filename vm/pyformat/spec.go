package pyformat

import (
	"math"
	"unicode"
)

// A Spec is a parsed format specification,
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type],
// as format(), str.format and f-strings use it.
type Spec struct {
	Fill      rune // the padding character: ' ', '0' after the 0 option, or the one given
	Align     byte // '<', '>', '^', '=', or 0 when not given (the default depends on the type)
	Sign      byte // '+', '-', ' ', or 0 when not given
	NoNegZero bool // the z option: no minus sign on a float that rounds to zero
	Alternate bool // the # option
	ZeroPad   bool // the 0 option before the width, which pads numbers after their sign
	Width     int  // -1 when not given
	Grouping  byte // ',' or '_' thousands separator, or 0
	Precision int  // -1 when not given
	Type      rune // the presentation type, or 0 when not given

	// Text is the spec as written and TypeName the type of the object
	// being formatted; both are for error messages.
	Text     string
	TypeName string
}

// ParseSpec parses a format spec for an object whose type is named
// typeName (used in messages only). It reports what CPython's parser
// reports: "Invalid format specifier ...", "Format specifier missing
// precision", "Cannot specify both ',' and '_'." and "Too many decimal
// digits in format string"; a separator that does not go with the type is
// reported by the Format functions, which know the type's default.
func ParseSpec(spec, typeName string) (Spec, error) {
	s := Spec{Fill: ' ', Width: -1, Precision: -1, Text: spec, TypeName: typeName}
	rs := []rune(spec)
	pos := 0
	fillGiven := false
	if len(rs) >= 2 && isAlign(rs[1]) {
		s.Fill, s.Align = rs[0], byte(rs[1])
		fillGiven = true
		pos = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		s.Align = byte(rs[0])
		pos = 1
	}
	if pos < len(rs) && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		s.Sign = byte(rs[pos])
		pos++
	}
	if pos < len(rs) && rs[pos] == 'z' {
		s.NoNegZero = true
		pos++
	}
	if pos < len(rs) && rs[pos] == '#' {
		s.Alternate = true
		pos++
	}
	// An explicit fill wins over the 0 option, whose '0' then reads as the
	// first digit of the width.
	if !fillGiven && pos < len(rs) && rs[pos] == '0' {
		s.Fill = '0'
		s.ZeroPad = true
		pos++
	}
	width, n, err := specInteger(rs, &pos)
	if err != nil {
		return s, err
	}
	if n > 0 {
		s.Width = width
	}
	if pos < len(rs) && rs[pos] == ',' {
		s.Grouping = ','
		pos++
	}
	if pos < len(rs) && rs[pos] == '_' {
		if s.Grouping != 0 {
			return s, valueError("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		pos++
	}
	if pos < len(rs) && rs[pos] == ',' && s.Grouping == '_' {
		return s, valueError("Cannot specify both ',' and '_'.")
	}
	if pos < len(rs) && rs[pos] == '.' {
		pos++
		prec, n, err := specInteger(rs, &pos)
		if err != nil {
			return s, err
		}
		if n == 0 {
			return s, valueError("Format specifier missing precision")
		}
		s.Precision = prec
	}
	if len(rs)-pos > 1 {
		return s, valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if pos < len(rs) {
		s.Type = rs[pos]
	}
	return s, nil
}

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// specInteger reads a width or precision: any Unicode decimal digits, as
// CPython accepts them, up to the largest Py_ssize_t.
func specInteger(rs []rune, pos *int) (value, ndigits int, err error) {
	for ; *pos < len(rs); *pos, ndigits = *pos+1, ndigits+1 {
		d := decimalValue(rs[*pos])
		if d < 0 {
			break
		}
		if value > (math.MaxInt-d)/10 {
			return 0, 0, valueError("Too many decimal digits in format string")
		}
		value = value*10 + d
	}
	return value, ndigits, nil
}

// decimalValue is the value of a Unicode decimal digit (category Nd), or
// -1. Each script's digits are a run of code points starting at zero, and
// adjacent runs (the mathematical digits) come in whole tens, so the value
// is the distance from the start of the run, modulo 10.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	first := r
	for unicode.Is(unicode.Nd, first-1) {
		first--
	}
	return int(r-first) % 10
}

// align is the alignment in force: the one given, or for numbers '=' after
// the 0 option, or the type's default.
func (s *Spec) align(def byte) byte {
	if s.Align != 0 {
		return s.Align
	}
	if s.ZeroPad && def == '>' {
		return '='
	}
	return def
}

// groupSize checks the thousands separator against the presentation type
// (typ is the type in force, the default when none was given) and returns
// how many digits go between separators: 3, 4 for '_' in bases 2, 8 and
// 16, or 0 when there is no separator.
func (s *Spec) groupSize(typ rune) (int, error) {
	if s.Grouping == 0 {
		return 0, nil
	}
	switch typ {
	case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		return 3, nil
	case 'b', 'o', 'x', 'X':
		if s.Grouping == '_' {
			return 4, nil
		}
	}
	if typ > 32 && typ < 128 {
		return 0, valueError("Cannot specify '%c' with '%c'.", s.Grouping, typ)
	}
	return 0, valueError("Cannot specify '%c' with '\\x%x'.", s.Grouping, typ)
}

func (s *Spec) unknownType(typ rune) error {
	if typ > 32 && typ < 128 {
		return valueError("Unknown format code '%c' for object of type '%s'", typ, s.TypeName)
	}
	return valueError("Unknown format code '\\x%x' for object of type '%s'", typ, s.TypeName)
}
