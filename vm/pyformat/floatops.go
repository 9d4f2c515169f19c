package pyformat

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FloatMod is x % y for floats: the remainder has the sign of y, a zero
// remainder too (-0.0 % 5.0 == 0.0, 1.0 % -1.0 == -0.0).
func FloatMod(x, y float64) (float64, error) {
	if y == 0 {
		return 0, zeroDivision("float modulo")
	}
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod, nil
}

// FloatFloorDiv is x // y for floats.
func FloatFloorDiv(x, y float64) (float64, error) {
	if y == 0 {
		return 0, zeroDivision("float floor division by zero")
	}
	q, _ := floatDivMod(x, y)
	return q, nil
}

// FloatDivMod is divmod(x, y) for floats.
func FloatDivMod(x, y float64) (q, r float64, err error) {
	if y == 0 {
		return 0, 0, zeroDivision("float divmod()")
	}
	q, r = floatDivMod(x, y)
	return q, r, nil
}

// floatDivMod follows CPython: the remainder is fmod's, moved to the sign
// of y, and the quotient is (x - mod) / y, which is nearly integral and is
// snapped to the nearest integer.
func floatDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floorDiv float64
	if div != 0 {
		floorDiv = math.Floor(div)
		if div-floorDiv > 0.5 {
			floorDiv++
		}
	} else {
		floorDiv = math.Copysign(0, x/y)
	}
	return floorDiv, mod
}

// FloatToInt is int(f): f truncated towards zero, or OverflowError "cannot
// convert float infinity to integer" or ValueError "cannot convert float
// NaN to integer".
func FloatToInt(f float64) (*big.Int, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, overflowError("cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, valueError("cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if math.Abs(t) < 1<<63 {
		return big.NewInt(int64(t)), nil
	}
	v, _ := big.NewFloat(t).Int(nil)
	return v, nil
}

// Round is round(f) with no digits: the nearest int, ties to even.
func Round(f float64) (*big.Int, error) {
	return FloatToInt(math.RoundToEven(f))
}

// RoundN is round(f, n): f rounded to a multiple of 10**-n (n may be
// negative), ties to even on the exact binary value, as CPython does by
// way of a correctly rounded decimal string. So round(2.675, 2) is 2.67,
// because 2.675 is really 2.67499999.... A zero result keeps the sign of f.
func RoundN(f float64, n int) (float64, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) || f == 0 {
		return f, nil
	}
	// Beyond these bounds every float rounds to itself (5e-324 is
	// 0.5 * 10**-323) or to zero (1.8e308 is below 0.5 * 10**309).
	const maxDigits, minDigits = 323, -308
	switch {
	case n > maxDigits:
		return f, nil
	case n < minDigits:
		return math.Copysign(0, f), nil
	}
	var text string
	if n >= 0 {
		text = strconv.FormatFloat(f, 'f', n, 64)
	} else {
		// Round |f| / 10**-n to an integer exactly, then scale back.
		scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		q := new(big.Rat).Abs(new(big.Rat).SetFloat64(f))
		q.Quo(q, new(big.Rat).SetInt(scale))
		text = roundRatHalfEven(q).String() + "e" + strconv.Itoa(-n)
		if f < 0 {
			text = "-" + text
		}
	}
	r, _ := strconv.ParseFloat(text, 64)
	if math.IsInf(r, 0) {
		return 0, overflowError("rounded value too large to represent")
	}
	return r, nil
}

// roundRatHalfEven rounds a non-negative rational to the nearest integer,
// ties to even.
func roundRatHalfEven(q *big.Rat) *big.Int {
	quo, rem := new(big.Int).QuoRem(q.Num(), q.Denom(), new(big.Int))
	switch new(big.Int).Lsh(rem, 1).Cmp(q.Denom()) {
	case 1:
		quo.Add(quo, big.NewInt(1))
	case 0:
		if quo.Bit(0) == 1 {
			quo.Add(quo, big.NewInt(1))
		}
	}
	return quo
}

// IsInteger is float.is_integer.
func IsInteger(f float64) bool {
	return !math.IsInf(f, 0) && f == math.Trunc(f)
}

// AsIntegerRatio is float.as_integer_ratio: the fraction in lowest terms
// with a positive denominator.
func AsIntegerRatio(f float64) (num, den *big.Int, err error) {
	switch {
	case math.IsInf(f, 0):
		return nil, nil, overflowError("cannot convert Infinity to integer ratio")
	case math.IsNaN(f):
		return nil, nil, valueError("cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom()), nil
}

// FloatHex is float.hex: "0x1.8000000000000p+0", with all 13 hex digits
// of the fraction; subnormals as "0x0.<digits>p-1022"; zeros as "0x0.0p+0"
// and "-0x0.0p+0"; "inf", "-inf" and "nan" as repr has them.
func FloatHex(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return FloatRepr(f)
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	frac := bits & (1<<52 - 1)
	exp := int(bits>>52) & 0x7ff
	lead := "1"
	if exp == 0 {
		lead, exp = "0", -1022 // subnormal
	} else {
		exp -= 1023
	}
	expSign := "+"
	if exp < 0 {
		expSign, exp = "-", -exp
	}
	hex := strconv.FormatUint(frac, 16)
	return sign + "0x" + lead + "." + strings.Repeat("0", 13-len(hex)) + hex + "p" + expSign + strconv.Itoa(exp)
}

// FloatFromHex is float.fromhex: optional whitespace and sign, then "inf",
// "infinity" or "nan", or hex digits with an optional 0x, an optional
// point and an optional binary exponent "p±n"; correctly rounded.
func FloatFromHex(s string) (float64, error) {
	invalid := valueError("invalid hexadecimal floating-point string")
	text := strings.TrimFunc(s, func(r rune) bool { return r < 0x80 && isASCIISpace(byte(r)) })
	neg := false
	if text != "" && (text[0] == '+' || text[0] == '-') {
		neg = text[0] == '-'
		text = text[1:]
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	switch strings.ToLower(text) {
	case "inf", "infinity":
		return math.Inf(int(sign)), nil
	case "nan":
		return math.Copysign(math.NaN(), sign), nil
	}
	if len(text) >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') {
		text = text[2:]
	}
	i := 0
	var intPart, fracPart string
	for i < len(text) && isHexDigit(text[i]) {
		i++
	}
	intPart = text[:i]
	if i < len(text) && text[i] == '.' {
		i++
		start := i
		for i < len(text) && isHexDigit(text[i]) {
			i++
		}
		fracPart = text[start:i]
	}
	if intPart == "" && fracPart == "" {
		return 0, invalid
	}
	exp := "0"
	if i < len(text) && (text[i] == 'p' || text[i] == 'P') {
		i++
		start := i
		if i < len(text) && (text[i] == '+' || text[i] == '-') {
			i++
		}
		digits := i
		for i < len(text) && isDigit(text[i]) {
			i++
		}
		if i == digits {
			return 0, invalid
		}
		exp = text[start:i]
	}
	if i != len(text) {
		return 0, invalid
	}
	// strconv reads the same hex notation, rounding correctly; it wants a
	// digit before the point and a binary exponent.
	f, err := strconv.ParseFloat("0x0"+intPart+"."+fracPart+"0p"+exp, 64)
	if math.IsInf(f, 0) {
		return 0, overflowError("hexadecimal value too large to represent as a float")
	}
	if err != nil {
		return 0, invalid
	}
	return sign * f, nil
}

func isHexDigit(c byte) bool {
	return isDigit(c) || (c|0x20) >= 'a' && (c|0x20) <= 'f'
}
