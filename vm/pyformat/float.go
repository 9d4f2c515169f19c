package pyformat

import (
	"math"
	"strconv"
	"strings"
)

// FloatRepr returns repr(f), which is also str(f): the shortest digits that
// read back as f, in positional notation with at least one digit after the
// point ("1.0", "123456789012345.0", "0.0001") unless the decimal exponent
// is below -4 or at least 16 ("1e-05", "1e+16", "1.5e-07"); and "inf",
// "-inf", "nan".
func FloatRepr(f float64) string {
	return floatText(f, 'r', 0, true, false, false)
}

// A digit mode says how CPython's dtoa is asked for digits: the shortest
// that round-trip, a number of significant digits, or a number of digits
// after the decimal point.
type digitMode int

const (
	shortestDigits digitMode = iota
	significantDigits
	fixedDigits
)

// decimalDigits returns the digits of |f| rounded as dtoa rounds them in the
// given mode (correctly, ties to even, which strconv also does), without
// leading or trailing zeros, and decpt, the place of the decimal point: |f|
// is about 0.<digits> × 10**decpt. Zero is "0" with decpt 1, and a nonzero
// value that rounds to nothing in fixed mode is "" with decpt -n, as dtoa
// gives them; the layout in floatText depends on both conventions.
func decimalDigits(f float64, mode digitMode, n int) (string, int) {
	a := math.Abs(f)
	if a == 0 {
		return "0", 1
	}
	var digits []byte
	decpt := 0
	if mode == fixedDigits {
		text := strconv.AppendFloat(nil, a, 'f', n, 64)
		decpt = len(text)
		if dot := strings.IndexByte(string(text), '.'); dot >= 0 {
			decpt = dot
			text = append(text[:dot], text[dot+1:]...)
		}
		for len(text) > 0 && text[0] == '0' {
			text = text[1:]
			decpt--
		}
		if len(text) == 0 {
			return "", -n
		}
		digits = text
	} else {
		prec := -1
		if mode == significantDigits {
			prec = n - 1
		}
		// "d.ddde±XX": the exponent is that of the first digit.
		text := strconv.AppendFloat(nil, a, 'e', prec, 64)
		e := strings.IndexByte(string(text), 'e')
		exp, _ := strconv.Atoi(string(text[e+1:]))
		decpt = exp + 1
		digits = append(digits, text[0])
		if e > 1 {
			digits = append(digits, text[2:e]...)
		}
	}
	end := len(digits)
	for end > 1 && digits[end-1] == '0' {
		end--
	}
	return string(digits[:end]), decpt
}

// floatText lays out f as CPython's PyOS_double_to_string does for the
// format codes e, E, f, F, g, G and r (repr). prec is the precision the code
// takes (digits after the point for e and f, significant digits for g; 0
// for r). addDot0 keeps a ".0" on integral values and moves g's switch to
// exponent notation one digit earlier (the format type none); alt keeps the
// decimal point and, for g, trailing zeros (the # flag); noNegZero drops the
// sign of a value that rounds to zero (the z option).
func floatText(f float64, code byte, prec int, addDot0, alt, noNegZero bool) string {
	upper := code >= 'A' && code <= 'Z'
	lower := code | 0x20
	neg := math.Signbit(f)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		s := "inf"
		if math.IsNaN(f) {
			s = "nan"
			neg = false // the sign of a NaN is never shown
		}
		if upper {
			s = strings.ToUpper(s)
		}
		if neg {
			s = "-" + s
		}
		return s
	}

	var digits string
	var decpt int
	switch lower {
	case 'e':
		prec++ // digits after the point, plus the one before it
		digits, decpt = decimalDigits(f, significantDigits, prec)
	case 'f':
		digits, decpt = decimalDigits(f, fixedDigits, prec)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt = decimalDigits(f, significantDigits, prec)
	default:
		digits, decpt = decimalDigits(f, shortestDigits, 0)
	}
	if noNegZero && neg && (digits == "" || digits == "0") {
		neg = false
	}

	// The text is a slice [start, end) of the digits padded with zeros on
	// both sides, with the point before index decpt.
	useExp := false
	end := len(digits)
	switch lower {
	case 'e':
		useExp = true
		end = prec
	case 'f':
		end = decpt + prec
	case 'g':
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		useExp = decpt <= -4 || decpt > limit
		if alt {
			end = prec
		}
	default:
		// repr switches to exponents at 1e16, where a 17-digit integral
		// value would otherwise show digits that are not its own.
		useExp = decpt <= -4 || decpt > 16
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	start := 0
	if decpt <= 0 {
		start = decpt - 1
	}
	minEnd := decpt
	if !useExp && addDot0 {
		minEnd = decpt + 1
	}
	end = max(end, minEnd)

	var b strings.Builder
	b.Grow(end - start + 8)
	if neg {
		b.WriteByte('-')
	}
	digitAt := func(i int) byte {
		if i >= 0 && i < len(digits) {
			return digits[i]
		}
		return '0'
	}
	for i := start; i < decpt; i++ {
		b.WriteByte(digitAt(i))
	}
	if decpt < end || alt {
		b.WriteByte('.')
	}
	for i := decpt; i < end; i++ {
		b.WriteByte(digitAt(i))
	}
	if useExp {
		if upper {
			b.WriteByte('E')
		} else {
			b.WriteByte('e')
		}
		if exp < 0 {
			b.WriteByte('-')
			exp = -exp
		} else {
			b.WriteByte('+')
		}
		if exp < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(exp))
	}
	return b.String()
}
