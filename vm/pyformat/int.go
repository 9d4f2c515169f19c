package pyformat

import (
	"math"
	"math/big"
	"strings"
)

// MaxStrDigits is CPython 3.11's default limit on the number of decimal
// digits int() reads and str() writes (sys.set_int_max_str_digits is not
// supported, so the limit is fixed).
const MaxStrDigits = 4300

// IntToDecimal is str(v) for an int, with CPython's limit on the number of
// digits ("Exceeds the limit (4300 digits) for integer string conversion;
// use sys.set_int_max_str_digits() to increase the limit").
func IntToDecimal(v *big.Int) (string, error) {
	// 14000 bits are fewer than 4300 decimal digits; only longer numbers
	// need their digits counted.
	s := v.String()
	if v.BitLen() > 14000 && len(strings.TrimPrefix(s, "-")) > MaxStrDigits {
		return "", valueError("Exceeds the limit (%d digits) for integer string conversion; "+
			"use sys.set_int_max_str_digits() to increase the limit", MaxStrDigits)
	}
	return s, nil
}

// IntToBase is bin(v), oct(v) or hex(v) for base 2, 8 or 16: the digits
// after a 0b, 0o or 0x prefix, with the sign before it ("-0b101").
func IntToBase(v *big.Int, base int) string {
	prefix := map[int]string{2: "0b", 8: "0o", 16: "0x"}[base]
	s := prefix + new(big.Int).Abs(v).Text(base)
	if v.Sign() < 0 {
		return "-" + s
	}
	return s
}

// IntToFloat is float(v): correctly rounded, ties to even, or
// OverflowError "int too large to convert to float".
func IntToFloat(v *big.Int) (float64, error) {
	if v.IsInt64() {
		if i := v.Int64(); i >= -1<<53 && i <= 1<<53 {
			return float64(i), nil
		}
	}
	f, _ := new(big.Float).SetInt(v).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("int too large to convert to float")
	}
	return f, nil
}

// TrueDiv is a / b for ints: the quotient correctly rounded to a float,
// "division by zero", or "integer division result too large for a float".
func TrueDiv(a, b *big.Int) (float64, error) {
	if b.Sign() == 0 {
		return 0, zeroDivision("division by zero")
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("integer division result too large for a float")
	}
	if f == 0 && (a.Sign() < 0) != (b.Sign() < 0) {
		f = math.Copysign(0, -1)
	}
	return f, nil
}

// FloorDiv is a // b for ints: the quotient rounded towards minus infinity.
func FloorDiv(a, b *big.Int) (*big.Int, error) {
	if b.Sign() == 0 {
		return nil, zeroDivision("integer division or modulo by zero")
	}
	q, _ := floorDivMod(a, b)
	return q, nil
}

// Mod is a % b for ints: the remainder has the sign of b.
func Mod(a, b *big.Int) (*big.Int, error) {
	if b.Sign() == 0 {
		return nil, zeroDivision("integer modulo by zero")
	}
	_, r := floorDivMod(a, b)
	return r, nil
}

// DivMod is divmod(a, b) for ints.
func DivMod(a, b *big.Int) (q, r *big.Int, err error) {
	if b.Sign() == 0 {
		return nil, nil, zeroDivision("integer division or modulo by zero")
	}
	q, r = floorDivMod(a, b)
	return q, r, nil
}

// floorDivMod turns Go's truncating division into Python's flooring one: a
// nonzero remainder whose sign differs from b's moves one b over.
func floorDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return q, r
}

// PowMod is pow(base, exp, mod) for ints. A negative exponent uses the
// inverse of base modulo mod; the result has the sign of mod (it is in
// range(mod) or range(mod, 0)).
func PowMod(base, exp, mod *big.Int) (*big.Int, error) {
	if mod.Sign() == 0 {
		return nil, valueError("pow() 3rd argument cannot be 0")
	}
	m := new(big.Int).Abs(mod)
	if m.Cmp(big.NewInt(1)) == 0 {
		return new(big.Int), nil
	}
	b := new(big.Int).Mod(base, m) // Euclidean: in [0, m)
	e := exp
	if exp.Sign() < 0 {
		if b.ModInverse(b, m) == nil {
			return nil, valueError("base is not invertible for the given modulus")
		}
		e = new(big.Int).Neg(exp)
	}
	z := new(big.Int).Exp(b, e, m)
	if mod.Sign() < 0 && z.Sign() != 0 {
		z.Sub(z, m)
	}
	return z, nil
}
