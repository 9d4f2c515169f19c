package compile

import (
	"math/big"

	"tasklet/syntax"
)

// constValueOf returns the value of a constant expression, folding
// operators on int constants as CPython's AST optimizer does (with its
// limit on the size of the result). Only what changes observable behaviour
// is folded: a set display of constants is built differently.
func constValueOf(x syntax.Expr) (any, bool) {
	switch x := x.(type) {
	case *syntax.BasicLit:
		switch x.Kind {
		case syntax.NoneLit:
			return nil, true
		case syntax.TrueLit:
			return true, true
		case syntax.FalseLit:
			return false, true
		case syntax.EllipsisLit:
			return Ellipsis{}, true
		case syntax.BytesLit:
			return Bytes(x.Value.([]byte)), true
		case syntax.ImagLit:
			return nil, false
		}
		return x.Value, true
	case *syntax.UnaryExpr:
		v, ok := constValueOf(x.X)
		i, isInt := toBigInt(v)
		if !ok || !isInt {
			return nil, false
		}
		switch x.Op {
		case syntax.MINUS:
			return normalize(new(big.Int).Neg(i)), true
		case syntax.PLUS:
			return normalize(i), true
		case syntax.TILDE:
			return normalize(new(big.Int).Not(i)), true
		}
	case *syntax.BinaryExpr:
		a, ok1 := constValueOf(x.X)
		b, ok2 := constValueOf(x.Y)
		ai, isInt1 := toBigInt(a)
		bi, isInt2 := toBigInt(b)
		if !ok1 || !ok2 || !isInt1 || !isInt2 {
			return nil, false
		}
		const maxBits = 128 // CPython's MAX_INT_SIZE
		r := new(big.Int)
		switch x.Op {
		case syntax.PLUS:
			r.Add(ai, bi)
		case syntax.MINUS:
			r.Sub(ai, bi)
		case syntax.STAR:
			if ai.BitLen()+bi.BitLen() > maxBits {
				return nil, false
			}
			r.Mul(ai, bi)
		case syntax.DOUBLESTAR:
			if bi.Sign() < 0 || !bi.IsInt64() || int64(ai.BitLen())*bi.Int64() > maxBits {
				return nil, false
			}
			r.Exp(ai, bi, nil)
		case syntax.LEFTSHIFT:
			if bi.Sign() < 0 || !bi.IsInt64() || int64(ai.BitLen())+bi.Int64() > maxBits {
				return nil, false
			}
			r.Lsh(ai, uint(bi.Int64()))
		case syntax.AMPER:
			r.And(ai, bi)
		case syntax.VBAR:
			r.Or(ai, bi)
		case syntax.CIRCUMFLEX:
			r.Xor(ai, bi)
		default:
			return nil, false
		}
		return normalize(r), true
	}
	return nil, false
}

func toBigInt(v any) (*big.Int, bool) {
	switch v := v.(type) {
	case int64:
		return big.NewInt(v), true
	case *big.Int:
		return v, true
	}
	return nil, false
}

func normalize(v *big.Int) any {
	if v.IsInt64() {
		return v.Int64()
	}
	return v
}
