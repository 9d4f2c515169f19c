package pyformat

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// toASCIINumber maps a str to the ASCII text CPython's int() and float()
// actually parse: ASCII stays, other whitespace becomes ' ', other decimal
// digits become '0'-'9'. ok is false at the first character that can be
// none of these (NUL included), which makes the text invalid.
func toASCIINumber(s string) (text string, ok bool) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r == 0:
			return "", false
		case r < 0x7f:
			b = append(b, byte(r))
		case unicode.IsSpace(r):
			// Above ASCII, Go's White_Space and Python's str.isspace
			// agree (U+0085, U+00A0, U+1680, U+2000-U+200A, ...).
			b = append(b, ' ')
		default:
			d := decimalValue(r)
			if d < 0 {
				return "", false
			}
			b = append(b, byte('0'+d))
		}
	}
	return string(b), true
}

// isASCIISpace is C's isspace in the C locale, which is what int() and
// float() strip once other whitespace has become ' '.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// ParseInt is int(s, base) for a str s and base 0 or 2..36: surrounding
// whitespace, a sign, for base 0 (and the matching base) a 0x, 0o or 0b
// prefix, and single underscores between digits (one is also allowed
// right after a prefix). Base 0 reads the base from the prefix and rejects
// leading zeros on a nonzero decimal number.
func ParseInt(s string, base int) (*big.Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	invalid := func() error {
		return valueError("invalid literal for int() with base %d: %s", base, truncateRunes(StrRepr(s), 200))
	}
	text, ok := toASCIINumber(s)
	if !ok {
		return nil, invalid()
	}
	i := 0
	for i < len(text) && isASCIISpace(text[i]) {
		i++
	}
	neg := false
	if i < len(text) && (text[i] == '+' || text[i] == '-') {
		neg = text[i] == '-'
		i++
	}
	at := func(j int) byte {
		if j < len(text) {
			return text[j] | 0x20 // lower case for letters; digits never match letters
		}
		return 0
	}
	b := base
	zeroOnly := false
	if b == 0 {
		switch {
		case text[i:] == "" || text[i] != '0':
			b = 10
		case at(i+1) == 'x':
			b = 16
		case at(i+1) == 'o':
			b = 8
		case at(i+1) == 'b':
			b = 2
		default:
			// C-style octal "017" is no longer valid, but "00" is zero.
			b, zeroOnly = 10, true
		}
	}
	if i < len(text) && text[i] == '0' &&
		(b == 16 && at(i+1) == 'x' || b == 8 && at(i+1) == 'o' || b == 2 && at(i+1) == 'b') {
		i += 2
		if i < len(text) && text[i] == '_' {
			i++
		}
	}
	if i < len(text) && text[i] == '_' {
		return nil, invalid()
	}
	var digits []byte
	prevUnderscore := false
	for ; i < len(text); i++ {
		c := text[i]
		if c == '_' {
			if prevUnderscore {
				return nil, invalid()
			}
			prevUnderscore = true
			continue
		}
		if digitValue(c) >= b {
			break
		}
		digits = append(digits, c)
		prevUnderscore = false
	}
	if prevUnderscore {
		return nil, invalid()
	}
	if b&(b-1) != 0 && len(digits) > MaxStrDigits {
		return nil, valueError("Exceeds the limit (%d digits) for integer string conversion: "+
			"value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
			MaxStrDigits, len(digits))
	}
	for i < len(text) && isASCIISpace(text[i]) {
		i++
	}
	if len(digits) == 0 || i < len(text) {
		return nil, invalid()
	}
	v, _ := new(big.Int).SetString(string(digits), b)
	if zeroOnly && v.Sign() != 0 {
		return nil, invalid()
	}
	if neg {
		v.Neg(v)
	}
	return v, nil
}

// digitValue is the value of an ASCII digit or letter in bases up to 36,
// or 99.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// ParseFloat is float(s) for a str s: surrounding whitespace, a sign, then
// "inf", "infinity" or "nan" in any case, or a decimal number with an
// optional point and exponent and single underscores between digits. Too
// large a value is inf and too small one 0, as in CPython.
func ParseFloat(s string) (float64, error) {
	invalid := func() error {
		return valueError("could not convert string to float: %s", StrRepr(s))
	}
	text, ok := toASCIINumber(s)
	if !ok {
		return 0, invalid()
	}
	if strings.IndexByte(text, '_') >= 0 {
		// An underscore must sit between two digits.
		var b strings.Builder
		for i := 0; i < len(text); i++ {
			if text[i] != '_' {
				b.WriteByte(text[i])
				continue
			}
			if i == 0 || !isDigit(text[i-1]) || i+1 == len(text) || !isDigit(text[i+1]) {
				return 0, invalid()
			}
		}
		text = b.String()
	}
	text = strings.TrimFunc(text, func(r rune) bool { return r < 0x80 && isASCIISpace(byte(r)) })
	f, ok := parseDecimalFloat(text)
	if !ok {
		return 0, invalid()
	}
	return f, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// parseDecimalFloat reads exactly the syntax CPython's float() accepts once
// whitespace and underscores are dealt with, then lets strconv do the
// correctly rounded conversion (its wider syntax, such as hex, never gets
// there).
func parseDecimalFloat(text string) (float64, bool) {
	body := text
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		if neg {
			return math.Copysign(math.NaN(), -1), true
		}
		return math.NaN(), true
	}
	i, mantissaDigits := 0, 0
	for i < len(body) && isDigit(body[i]) {
		i++
		mantissaDigits++
	}
	if i < len(body) && body[i] == '.' {
		i++
		for i < len(body) && isDigit(body[i]) {
			i++
			mantissaDigits++
		}
	}
	if mantissaDigits == 0 {
		return 0, false
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			i++
		}
		expDigits := 0
		for i < len(body) && isDigit(body[i]) {
			i++
			expDigits++
		}
		if expDigits == 0 {
			return 0, false
		}
	}
	if i != len(body) {
		return 0, false
	}
	// Overflow to inf and underflow to 0 are what CPython gives too, so a
	// range error is no error here.
	f, _ := strconv.ParseFloat(text, 64)
	return f, true
}
