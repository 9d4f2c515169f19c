package pyformat

import (
	"math/big"
	"strings"
)

// FormatInt is format(v, spec) for an int: types b c d o x X n and none,
// and e E f F g G % through float(v). An empty spec gives str(v); for a
// subclass with its own __str__ that case is the caller's.
func FormatInt(v *big.Int, spec Spec) (string, error) {
	typ := spec.Type
	if typ == 0 {
		typ = 'd'
	}
	group, err := spec.groupSize(typ)
	if err != nil {
		return "", err
	}
	switch typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		return formatInteger(v, &spec, typ, group)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := IntToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloat(f, &spec, typ, group)
	}
	return "", spec.unknownType(typ)
}

// FormatInt64 is FormatInt for an int that fits in an int64.
func FormatInt64(v int64, spec Spec) (string, error) {
	return FormatInt(big.NewInt(v), spec)
}

// FormatFloat is format(f, spec) for a float: types e E f F g G n % and
// none, which is repr(f) without a precision and like g with one, except
// that it keeps a ".0" and switches to exponents one digit sooner.
func FormatFloat(f float64, spec Spec) (string, error) {
	group, err := spec.groupSize(spec.Type)
	if err != nil {
		return "", err
	}
	switch spec.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return formatFloat(f, &spec, spec.Type, group)
	}
	return "", spec.unknownType(spec.Type)
}

// FormatStr is format(s, spec) for a str: type s or none, with the
// precision cutting the text to that many code points.
func FormatStr(s string, spec Spec) (string, error) {
	typ := spec.Type
	if typ == 0 {
		typ = 's'
	}
	if _, err := spec.groupSize(typ); err != nil {
		return "", err
	}
	if typ != 's' {
		return "", spec.unknownType(typ)
	}
	switch {
	case spec.Sign == ' ':
		return "", valueError("Space not allowed in string format specifier")
	case spec.Sign != 0:
		return "", valueError("Sign not allowed in string format specifier")
	case spec.NoNegZero:
		return "", valueError("Negative zero coercion (z) not allowed in string format specifier")
	case spec.Alternate:
		return "", valueError("Alternate form (#) not allowed in string format specifier")
	case spec.Align == '=':
		return "", valueError("'=' alignment not allowed in string format specifier")
	}
	n := runeLen(s)
	if spec.Precision >= 0 && n > spec.Precision {
		s = truncateRunes(s, spec.Precision)
		n = spec.Precision
	}
	if spec.Width <= n {
		return s, nil
	}
	pad := spec.Width - n
	left := 0
	switch spec.align('<') {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	fill := string(spec.Fill)
	return strings.Repeat(fill, left) + s + strings.Repeat(fill, pad-left), nil
}

func formatInteger(v *big.Int, spec *Spec, typ rune, group int) (string, error) {
	if spec.Precision != -1 {
		return "", valueError("Precision not allowed in integer format specifier")
	}
	if spec.NoNegZero {
		return "", valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if typ == 'c' {
		if spec.Sign != 0 {
			return "", valueError("Sign not allowed with integer format specifier 'c'")
		}
		if spec.Alternate {
			return "", valueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		// CPython reads the value as a C long first.
		if !v.IsInt64() {
			return "", overflowError("Python int too large to convert to C long")
		}
		if v.Sign() < 0 || v.Int64() > 0x10ffff {
			return "", overflowError("%c arg not in range(0x110000)")
		}
		// The character is not a digit: it is laid out like the exponent
		// part of a float, which is neither grouped nor zero-filled.
		return spec.padNumber(false, "", "", false, string(rune(v.Int64())), 0), nil
	}
	base, prefix := 10, ""
	switch typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !spec.Alternate {
		prefix = ""
	}
	var digits string
	if base == 10 {
		text, err := IntToDecimal(v)
		if err != nil {
			return "", err
		}
		digits = strings.TrimPrefix(text, "-")
	} else {
		digits = new(big.Int).Abs(v).Text(base)
		if typ == 'X' {
			digits = strings.ToUpper(digits)
		}
	}
	if typ == 'n' {
		// 'n' groups as the locale says, and the VM runs in the C locale,
		// which does not group.
		group = 0
	}
	return spec.padNumber(v.Sign() < 0, prefix, digits, false, "", group), nil
}

func formatFloat(f float64, spec *Spec, typ rune, group int) (string, error) {
	if spec.Precision > 1<<31-1 {
		return "", valueError("precision too big")
	}
	prec := spec.Precision
	code := byte(typ)
	defaultPrec := 6
	addDot0, percent := false, false
	switch typ {
	case 0:
		code, defaultPrec, addDot0 = 'r', 0, true
	case 'n':
		code = 'g'
		group = 0 // the C locale does not group
	case '%':
		code, percent = 'f', true
		f *= 100
	}
	if prec < 0 {
		prec = defaultPrec
	} else if code == 'r' {
		code = 'g'
	}
	text := floatText(f, code, prec, addDot0, spec.Alternate, spec.NoNegZero)
	if percent {
		text += "%"
	}
	neg := strings.HasPrefix(text, "-")
	if neg {
		text = text[1:]
	}
	// The integer digits are grouped and zero-filled; the point and what
	// follows it (fraction, exponent, or "inf") are copied.
	n := 0
	for n < len(text) && text[n] >= '0' && text[n] <= '9' {
		n++
	}
	digits, rest := text[:n], text[n:]
	decimal := strings.HasPrefix(rest, ".")
	if decimal {
		rest = rest[1:]
	}
	return spec.padNumber(neg, "", digits, decimal, rest, group), nil
}

// padNumber lays a number out as CPython does:
//
//	[left padding][sign][prefix][sign padding][grouped digits][.][rest][right padding]
//
// where at most one of the paddings is used. With a '0' fill and '='
// alignment the padding is instead made of zeros among the digits, with
// separators between them like any other digits.
func (spec *Spec) padNumber(neg bool, prefix, digits string, decimal bool, rest string, group int) string {
	align := spec.align('>')
	sign := ""
	switch {
	case neg:
		sign = "-"
	case spec.Sign == '+':
		sign = "+"
	case spec.Sign == ' ':
		sign = " "
	}
	fixed := len(sign) + len(prefix) + runeLen(rest)
	if decimal {
		fixed++
	}
	minDigits := 0
	if spec.Fill == '0' && align == '=' {
		minDigits = spec.Width - fixed
	}
	grouped := ""
	if digits != "" {
		grouped = groupDigits(digits, minDigits, group, spec.Grouping)
	}
	var left, inner, right int
	if pad := spec.Width - fixed - len(grouped); pad > 0 {
		switch align {
		case '<':
			right = pad
		case '^':
			left = pad / 2
			right = pad - left
		case '=':
			inner = pad
		default:
			left = pad
		}
	}
	fill := string(spec.Fill)
	var b strings.Builder
	b.WriteString(strings.Repeat(fill, left))
	b.WriteString(sign)
	b.WriteString(prefix)
	b.WriteString(strings.Repeat(fill, inner))
	b.WriteString(grouped)
	if decimal {
		b.WriteByte('.')
	}
	b.WriteString(rest)
	b.WriteString(strings.Repeat(fill, right))
	return b.String()
}

// groupDigits puts sep between groups of size digits, counting from the
// right, and pads with zeros on the left until the result is at least
// minWidth long. A separator is never the first character: where one would
// land there, a zero goes instead, so the result may be one longer than
// minWidth ("0,001,234" for width 9 but "00,001,234" for width 10).
// With size 0 there are no groups and only the zero padding.
func groupDigits(digits string, minWidth, size int, sep byte) string {
	minWidth = max(minWidth, 0)
	if size == 0 {
		if n := minWidth - len(digits); n > 0 {
			return strings.Repeat("0", n) + digits
		}
		return digits
	}
	var groups []string
	remaining := len(digits)
	for {
		n := min(size, max(remaining, minWidth, 1))
		take := min(remaining, n)
		groups = append(groups, strings.Repeat("0", n-take)+digits[remaining-take:remaining])
		remaining -= take
		minWidth -= n
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth-- // the separator
	}
	var b strings.Builder
	for i := len(groups) - 1; i >= 0; i-- {
		b.WriteString(groups[i])
		if i > 0 {
			b.WriteByte(sep)
		}
	}
	return b.String()
}
