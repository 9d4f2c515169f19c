package vm

import (
	"math"
	"math/big"
	"math/bits"

	"tasklet/vm/compile"
	"tasklet/vm/pyformat"
)

// intFast computes the common int operations without overflow, reporting
// false when the slow path (big ints, division by zero, floats) is needed.
func intFast(op compile.BinOp, a, b Int) (Int, bool) {
	switch op {
	case compile.Add:
		r := a + b
		if (r > a) == (b > 0) {
			return r, true
		}
	case compile.Sub:
		r := a - b
		if (r < a) == (b > 0) {
			return r, true
		}
	case compile.Mul:
		hi, lo := bits.Mul64(uint64(absInt(a)), uint64(absInt(b)))
		if hi == 0 && lo <= math.MaxInt64 && a != math.MinInt64 && b != math.MinInt64 {
			r := Int(lo)
			if (a < 0) != (b < 0) {
				r = -r
			}
			return r, true
		}
	case compile.FloorDiv:
		if b != 0 && !(a == math.MinInt64 && b == -1) {
			q := a / b
			if (a%b != 0) && ((a < 0) != (b < 0)) {
				q--
			}
			return q, true
		}
	case compile.Mod:
		if b != 0 && !(a == math.MinInt64 && b == -1) {
			m := a % b
			if m != 0 && ((m < 0) != (b < 0)) {
				m += b
			}
			return m, true
		}
	case compile.And:
		return a & b, true
	case compile.Or:
		return a | b, true
	case compile.Xor:
		return a ^ b, true
	case compile.LShift:
		if b >= 0 && b < 63 {
			r := a << uint(b)
			if r>>uint(b) == a {
				return r, true
			}
		}
	case compile.RShift:
		if b >= 0 {
			if b > 63 {
				b = 63
			}
			return a >> uint(b), true
		}
	}
	return 0, false
}

func absInt(a Int) Int {
	if a < 0 {
		return -a
	}
	return a
}

func intCompare(op compile.CmpOp, a, b Int) bool {
	switch op {
	case compile.Lt:
		return a < b
	case compile.Le:
		return a <= b
	case compile.Eq:
		return a == b
	case compile.Ne:
		return a != b
	case compile.Gt:
		return a > b
	}
	return a >= b
}

// toBig returns an int value (Int, Bool, *big.Int) as a *big.Int.
func toBig(v Value) *big.Int {
	switch v := v.(type) {
	case Int:
		return big.NewInt(int64(v))
	case Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *big.Int:
		return v
	case *Instance:
		return toBig(v.Payload)
	}
	return nil
}

// intValue unwraps an int-like value: Int, Bool, *big.Int, or an int
// subclass instance. ok is false for anything else.
func intValue(v Value) (Value, bool) {
	switch x := v.(type) {
	case Int, *big.Int:
		return x, true
	case Bool:
		if x {
			return Int(1), true
		}
		return Int(0), true
	case *Instance:
		if x.Payload != nil {
			return intValue(x.Payload)
		}
	}
	return nil, false
}

// floatValue unwraps a float or float subclass instance.
func floatValue(v Value) (Float, bool) {
	switch x := v.(type) {
	case Float:
		return x, true
	case *Instance:
		if f, ok := x.Payload.(Float); ok {
			return f, true
		}
	}
	return 0, false
}

// toFloat converts an int or float to float64, with OverflowError for
// ints too large.
func toFloat(v Value) (float64, bool, error) {
	if f, ok := floatValue(v); ok {
		return float64(f), true, nil
	}
	if i, ok := intValue(v); ok {
		switch i := i.(type) {
		case Int:
			return float64(i), true, nil
		case *big.Int:
			f, err := pyformat.IntToFloat(i)
			return f, true, pyErr(err)
		}
	}
	return 0, false, nil
}

// numberOp applies a binary operator to two numbers; ok is false when the
// operands are not both numbers (or the operator does not apply).
func numberOp(op compile.BinOp, x, y Value) (Value, bool, error) {
	xi, xInt := intValue(x)
	yi, yInt := intValue(y)
	if xInt && yInt {
		if a, ok := xi.(Int); ok {
			if b, ok := yi.(Int); ok {
				if r, ok := intFast(op, a, b); ok {
					return r, true, nil
				}
			}
		}
		r, err := bigOp(op, toBig(xi), toBig(yi))
		return r, err != nil || r != nil, err
	}
	xf, xNum, err := toFloat(x)
	if err != nil {
		return nil, true, err
	}
	yf, yNum, err := toFloat(y)
	if err != nil {
		return nil, true, err
	}
	if !xNum || !yNum {
		return nil, false, nil
	}
	r, err := floatOp(op, xf, yf)
	return r, r != nil || err != nil, err
}

func bigOp(op compile.BinOp, a, b *big.Int) (Value, error) {
	r := new(big.Int)
	switch op {
	case compile.Add:
		r.Add(a, b)
	case compile.Sub:
		r.Sub(a, b)
	case compile.Mul:
		r.Mul(a, b)
	case compile.FloorDiv:
		q, err := pyformat.FloorDiv(a, b)
		if err != nil {
			return nil, pyError(err)
		}
		return MakeInt(q), nil
	case compile.Mod:
		m, err := pyformat.Mod(a, b)
		if err != nil {
			return nil, pyError(err)
		}
		return MakeInt(m), nil
	case compile.TrueDiv:
		f, err := pyformat.TrueDiv(a, b)
		if err != nil {
			return nil, pyError(err)
		}
		return Float(f), nil
	case compile.Pow:
		if b.Sign() < 0 {
			af, err := pyformat.IntToFloat(a)
			if err != nil {
				return nil, pyError(err)
			}
			bf, err := pyformat.IntToFloat(b)
			if err != nil {
				return nil, pyError(err)
			}
			r, err := pyformat.Pow(af, bf)
			return Float(r), pyErr(err)
		}
		if b.BitLen() > 64 && a.CmpAbs(big.NewInt(1)) > 0 {
			return nil, Errorf(MemoryError, "")
		}
		r.Exp(a, b, nil)
	case compile.LShift:
		if b.Sign() < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if !b.IsInt64() || b.Int64() > 1<<32 {
			return nil, Errorf(OverflowError, "too many digits in integer")
		}
		r.Lsh(a, uint(b.Int64()))
	case compile.RShift:
		if b.Sign() < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if !b.IsInt64() || b.Int64() > 1<<32 {
			if a.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		r.Rsh(a, uint(b.Int64()))
	case compile.And:
		r.And(a, b)
	case compile.Or:
		r.Or(a, b)
	case compile.Xor:
		r.Xor(a, b)
	default:
		return nil, nil
	}
	return MakeInt(r), nil
}

// floatFast computes +, -, * and / of floats, reporting false for the
// other operations and for division by zero, which the slow path handles.
func floatFast(op compile.BinOp, a, b Float) (Float, bool) {
	switch op {
	case compile.Add:
		return a + b, true
	case compile.Sub:
		return a - b, true
	case compile.Mul:
		return a * b, true
	case compile.TrueDiv:
		if b != 0 {
			return a / b, true
		}
	}
	return 0, false
}

func floatOp(op compile.BinOp, a, b float64) (Value, error) {
	switch op {
	case compile.Add:
		return Float(a + b), nil
	case compile.Sub:
		return Float(a - b), nil
	case compile.Mul:
		return Float(a * b), nil
	case compile.TrueDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float division by zero")
		}
		return Float(a / b), nil
	case compile.FloorDiv:
		q, err := pyformat.FloatFloorDiv(a, b)
		return Float(q), pyErr(err)
	case compile.Mod:
		m, err := pyformat.FloatMod(a, b)
		return Float(m), pyErr(err)
	case compile.Pow:
		r, err := pyformat.Pow(a, b)
		return Float(r), pyErr(err)
	}
	return nil, nil
}

// numberCompare compares two numbers exactly (ints and floats mix
// without losing precision). ok is false if either is not a number.
func numberCompare(op compile.CmpOp, x, y Value) (bool, bool) {
	xi, xInt := intValue(x)
	yi, yInt := intValue(y)
	var c int
	switch {
	case xInt && yInt:
		if a, ok := xi.(Int); ok {
			if b, ok := yi.(Int); ok {
				return intCompare(op, a, b), true
			}
		}
		c = toBig(xi).Cmp(toBig(yi))
	default:
		xf, xFloat := floatValue(x)
		yf, yFloat := floatValue(y)
		switch {
		case xFloat && yFloat:
			return floatCompare(op, float64(xf), float64(yf)), true
		case xFloat && yInt:
			if math.IsNaN(float64(xf)) {
				return op == compile.Ne, true
			}
			c = compareFloatInt(float64(xf), toBig(yi))
		case xInt && yFloat:
			if math.IsNaN(float64(yf)) {
				return op == compile.Ne, true
			}
			c = -compareFloatInt(float64(yf), toBig(xi))
		default:
			return false, false
		}
	}
	switch op {
	case compile.Lt:
		return c < 0, true
	case compile.Le:
		return c <= 0, true
	case compile.Eq:
		return c == 0, true
	case compile.Ne:
		return c != 0, true
	case compile.Gt:
		return c > 0, true
	}
	return c >= 0, true
}

func floatCompare(op compile.CmpOp, a, b float64) bool {
	switch op {
	case compile.Lt:
		return a < b
	case compile.Le:
		return a <= b
	case compile.Eq:
		return a == b
	case compile.Ne:
		return a != b
	case compile.Gt:
		return a > b
	}
	return a >= b
}

func compareFloatInt(f float64, i *big.Int) int {
	if math.IsInf(f, 1) {
		return 1
	}
	if math.IsInf(f, -1) {
		return -1
	}
	return new(big.Float).SetFloat64(f).Cmp(new(big.Float).SetInt(i))
}
