package vm

import (
	"math"
	"math/big"

	"tasklet/vm/compile"
	"tasklet/vm/pyformat"
)

// The math module. Its float functions follow CPython's mathmodule.c
// contract: a NaN result from a non-NaN argument is "math domain error"
// (ValueError), an infinite result from a finite argument is "math range
// error" (OverflowError) for the functions that can overflow and a domain
// error for the others (log(0), atanh(1)). log, exp, sin, cos, acos and pow are
// correctly rounded (pyformat), as glibc's nearly always are; the other
// functions are Go's, which can differ from glibc's in the last digit.

func init() { nativeModules["math"] = newMathModule }

func mathDomainError() error { return Errorf(ValueError, "math domain error") }

func mathRangeError() error { return Errorf(OverflowError, "math range error") }

// withFloat converts a math function's argument as PyFloat_AsDouble does
// (float, int, __float__, __index__) and continues with k.
func (vm *VM) withFloat(x Value, k func(float64) (Value, error)) (Value, error) {
	f, ok, err := toFloat(x)
	if err != nil {
		return nil, err
	}
	if ok {
		return k(f)
	}
	for _, name := range []string{"__float__", "__index__"} {
		r, found, err := vm.callSpecial(x, name)
		if !found && err == nil {
			continue
		}
		return then(r, err, func(r Value) (Value, error) {
			f, ok, err := toFloat(r)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, Errorf(TypeError, "%s.%s returned non-float (type %s)", typeName(x), name, typeName(r))
			}
			return k(f)
		})
	}
	return nil, Errorf(TypeError, "must be real number, not %s", typeName(x))
}

// withFloats converts every argument with withFloat.
func (vm *VM) withFloats(xs []Value, k func([]float64) (Value, error)) (Value, error) {
	fs := make([]float64, 0, len(xs))
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		if i == len(xs) {
			return k(fs)
		}
		return vm.withFloat(xs[i], func(f float64) (Value, error) {
			fs = append(fs, f)
			return step(i + 1)
		})
	}
	return step(0)
}

// withInt converts an argument that must be an int (an object with
// __index__ included) and continues with k.
func (vm *VM) withInt(x Value, k func(*big.Int) (Value, error)) (Value, error) {
	if i, ok := intValue(x); ok {
		return k(toBig(i))
	}
	r, found, err := vm.callSpecial(x, "__index__")
	if !found && err == nil {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(x))
	}
	return then(r, err, func(r Value) (Value, error) {
		i, ok := intValue(r)
		if !ok {
			return nil, Errorf(TypeError, "__index__ returned non-int (type %s)", typeName(r))
		}
		return k(toBig(i))
	})
}

// withInts converts every argument with withInt.
func (vm *VM) withInts(xs []Value, k func([]*big.Int) (Value, error)) (Value, error) {
	is := make([]*big.Int, 0, len(xs))
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		if i == len(xs) {
			return k(is)
		}
		return vm.withInt(xs[i], func(n *big.Int) (Value, error) {
			is = append(is, n)
			return step(i + 1)
		})
	}
	return step(0)
}

// mathResult applies CPython's error rules to r = f(x).
func mathResult(x, r float64, canOverflow bool) (Value, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, mathDomainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return nil, mathRangeError()
		}
		return nil, mathDomainError()
	}
	return Float(r), nil
}

// floatToInt is int(f) for floor, ceil and trunc, with CPython's errors.
func floatToInt(f float64) (Value, error) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	if f >= -(1<<63) && f < 1<<63 {
		return Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return MakeInt(b), nil
}

// bigFrexp writes a positive int as m * 2**e with m in [0.5, 1), m rounded
// to 53 bits, for the logarithms of ints too large for a float.
func bigFrexp(n *big.Int) (float64, int) {
	e := n.BitLen()
	m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(n), -e).Float64()
	return m, e
}

// logOf computes a logarithm of a math argument: ints too large for a
// float are split as m * 2**e, as CPython's loghelper does.
func (vm *VM) logOf(x Value, f func(float64) float64, ofTwo float64, k func(float64) (Value, error)) (Value, error) {
	if i, ok := intValue(x); ok {
		b := toBig(i)
		if b.Sign() <= 0 {
			return nil, mathDomainError()
		}
		if b.BitLen() > 1000 {
			m, e := bigFrexp(b)
			return k(f(m) + float64(e)*ofTwo)
		}
	}
	return vm.withFloat(x, func(v float64) (Value, error) {
		if v <= 0 || math.IsNaN(v) {
			if math.IsNaN(v) {
				return k(v)
			}
			return nil, mathDomainError()
		}
		return k(f(v))
	})
}

func log10(x float64) float64 {
	// Exact powers of ten are exact, as with glibc; math.Log10 is not
	// (it gives 2.9999999999999996 for 1000).
	if x >= 1 && x <= 1e22 && x == math.Trunc(x) {
		if e := math.Round(math.Log10(x)); math.Pow10(int(e)) == x {
			return e
		}
	}
	return math.Log10(x)
}

// gamma is the gamma function with CPython's errors: poles and negative
// infinity are domain errors, overflow a range error.
func gamma(x float64) (Value, error) {
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return Float(x), nil
	}
	if math.IsInf(x, -1) || (x <= 0 && x == math.Floor(x)) {
		return nil, mathDomainError()
	}
	r := math.Gamma(x)
	if math.IsInf(r, 0) {
		return nil, mathRangeError()
	}
	return Float(r), nil
}

func lgamma(x float64) (Value, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return Float(math.Abs(x)), nil
	}
	if x <= 0 && x == math.Floor(x) {
		return nil, mathDomainError()
	}
	r, _ := math.Lgamma(x)
	if math.IsInf(r, 0) {
		return nil, mathRangeError()
	}
	return Float(r), nil
}

// fsum is the correctly rounded sum of floats: Shewchuk's exact partial
// sums, which also tell an intermediate overflow from an infinite
// argument, rounded at the end by adding the partials exactly.
func fsum(xs []float64) (Value, error) {
	var partials []float64
	special, infSum := 0.0, 0.0
	for _, x := range xs {
		orig := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				if math.IsInf(orig, 0) || math.IsNaN(orig) {
					if math.IsInf(orig, 0) {
						infSum += orig
					}
					special += orig
				} else {
					return nil, Errorf(OverflowError, "intermediate overflow in fsum")
				}
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
	}
	if special != 0 {
		if math.IsNaN(infSum) {
			return nil, Errorf(ValueError, "-inf + inf in fsum")
		}
		return Float(special), nil
	}
	sum := new(big.Float).SetPrec(2200)
	for _, p := range partials {
		sum.Add(sum, new(big.Float).SetFloat64(p))
	}
	r, _ := sum.Float64()
	if math.IsInf(r, 0) {
		return nil, Errorf(OverflowError, "intermediate overflow in fsum")
	}
	return Float(r), nil
}

func isclose(a, b, relTol, absTol float64) bool {
	if a == b {
		return true
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	diff := math.Abs(b - a)
	return diff <= math.Abs(relTol*b) || diff <= math.Abs(relTol*a) || diff <= absTol
}

// hypot is the Euclidean norm, as CPython 3.11's vector_norm, which is
// almost always correctly rounded: here it is, from the exact sum of the
// squares. Any infinity wins over a NaN.
func hypot(xs []float64) float64 {
	nan := false
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		if math.IsNaN(x) {
			nan = true
		}
	}
	if nan {
		return math.NaN()
	}
	if len(xs) == 1 {
		return math.Abs(xs[0])
	}
	// Squares of floats span 2**-2148 to 2**2048 and need 106 bits each.
	sum := new(big.Float).SetPrec(4300)
	sq := new(big.Float).SetPrec(4300)
	for _, x := range xs {
		sq.SetFloat64(x)
		sq.Mul(sq, sq)
		sum.Add(sum, sq)
	}
	root := new(big.Float).SetPrec(128).Sqrt(sum)
	r, _ := root.Float64()
	return r
}

func combPerm(n, k *big.Int, comb bool) (Value, error) {
	if n.Sign() < 0 {
		return nil, Errorf(ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, Errorf(ValueError, "k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return Int(0), nil
	}
	if comb {
		// comb(n, k) == comb(n, n-k): take the shorter product.
		if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
			k = nk
		}
	}
	if !k.IsInt64() {
		return nil, Errorf(OverflowError, "k must not exceed %d", int64(math.MaxInt64))
	}
	kk := k.Int64()
	r := big.NewInt(1)
	f := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(0); i < kk; i++ {
		r.Mul(r, f)
		f.Sub(f, one)
	}
	if comb {
		fact := new(big.Int).MulRange(1, kk)
		r.Quo(r, fact)
	}
	return MakeInt(r), nil
}

func newMathModule(vm *VM) *Module {
	m := vm.newModule("math")
	d := m.Dict
	d.SetStr("pi", Float(math.Pi))
	d.SetStr("e", Float(math.E))
	d.SetStr("tau", Float(2*math.Pi))
	d.SetStr("inf", Float(math.Inf(1)))
	d.SetStr("nan", Float(math.NaN()))
	add := func(name string, fn func(vm *VM, args []Value, kw []Kwarg) (Value, error)) {
		d.SetStr(name, builtinFunc(name, fn))
	}
	// One float argument, CPython's math_1.
	unary := func(name string, f func(float64) float64, canOverflow bool) {
		add(name, func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("math."+name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			return vm.withFloat(args[0], func(x float64) (Value, error) {
				return mathResult(x, f(x), canOverflow)
			})
		})
	}
	unary("sqrt", math.Sqrt, false)
	unary("exp", pyformat.Exp, true)
	unary("exp2", math.Exp2, true)
	unary("expm1", math.Expm1, true)
	unary("sin", pyformat.Sin, false)
	unary("cos", pyformat.Cos, false)
	unary("tan", math.Tan, false)
	unary("asin", math.Asin, false)
	unary("acos", pyformat.Acos, false)
	unary("atan", math.Atan, false)
	unary("sinh", math.Sinh, true)
	unary("cosh", math.Cosh, true)
	unary("tanh", math.Tanh, false)
	unary("asinh", math.Asinh, false)
	unary("acosh", math.Acosh, false)
	unary("atanh", math.Atanh, false)
	unary("log1p", math.Log1p, false)
	unary("erf", math.Erf, false)
	unary("erfc", math.Erfc, false)
	unary("cbrt", math.Cbrt, false)
	unary("fabs", math.Abs, false)
	unary("degrees", func(x float64) float64 { return x * (180 / math.Pi) }, true)
	unary("radians", func(x float64) float64 { return x * (math.Pi / 180) }, true)
	// The binary float functions check their argument count as
	// "NAME expected 2 arguments, got N".
	binary := func(name string, f func(x, y float64) (Value, error)) {
		add(name, func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 2, 2); err != nil {
				return nil, err
			}
			return vm.withFloats(args, func(xs []float64) (Value, error) { return f(xs[0], xs[1]) })
		})
	}
	binary("pow", func(x, y float64) (Value, error) {
		r, err := pyformat.Pow(x, y)
		if err != nil {
			if e, ok := err.(*pyformat.Error); ok && e.Class == "OverflowError" {
				return nil, mathRangeError()
			}
			return nil, mathDomainError()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			if x == 0 {
				return nil, mathDomainError()
			}
			return nil, mathRangeError()
		}
		return Float(r), nil
	})
	binary("atan2", func(y, x float64) (Value, error) { return Float(math.Atan2(y, x)), nil })
	binary("copysign", func(x, y float64) (Value, error) { return Float(math.Copysign(x, y)), nil })
	binary("fmod", func(x, y float64) (Value, error) {
		if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return Float(x), nil
		}
		r := math.Mod(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return nil, mathDomainError()
		}
		return Float(r), nil
	})
	binary("remainder", func(x, y float64) (Value, error) {
		if math.IsNaN(x) || math.IsNaN(y) {
			return Float(math.NaN()), nil
		}
		if math.IsInf(x, 0) || y == 0 {
			return nil, mathDomainError()
		}
		return Float(math.Remainder(x, y)), nil
	})
	binary("nextafter", func(x, y float64) (Value, error) { return Float(math.Nextafter(x, y)), nil })
	add("ulp", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("math.ulp", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.withFloat(args[0], func(x float64) (Value, error) {
			x = math.Abs(x)
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return Float(x), nil
			}
			next := math.Nextafter(x, math.Inf(1))
			if math.IsInf(next, 0) {
				return Float(x - math.Nextafter(x, 0)), nil
			}
			return Float(next - x), nil
		})
	})
	add("gamma", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("math.gamma", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.withFloat(args[0], gamma)
	})
	add("lgamma", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("math.lgamma", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.withFloat(args[0], lgamma)
	})
	// The logarithms.
	logK := func(v float64) (Value, error) { return Float(v), nil }
	add("log", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "math.log() takes no keyword arguments")
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, Errorf(TypeError, "math.log requires 1 to 2 arguments")
		}
		return vm.logOf(args[0], pyformat.Log, math.Ln2, func(num float64) (Value, error) {
			if len(args) == 1 {
				return Float(num), nil
			}
			return vm.logOf(args[1], pyformat.Log, math.Ln2, func(den float64) (Value, error) {
				if den == 0 {
					return nil, Errorf(ZeroDivisionError, "float division by zero")
				}
				return Float(num / den), nil
			})
		})
	})
	add("log2", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("math.log2", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.logOf(args[0], math.Log2, 1, logK)
	})
	add("log10", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("math.log10", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.logOf(args[0], log10, math.Log10(2), logK)
	})
	// Predicates and decompositions.
	pred := func(name string, f func(float64) bool) {
		add(name, func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("math."+name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			return vm.withFloat(args[0], func(x float64) (Value, error) { return Bool(f(x)), nil })
		})
	}
	pred("isnan", math.IsNaN)
	pred("isinf", func(x float64) bool { return math.IsInf(x, 0) })
	pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })
	add("frexp", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("math.frexp", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.withFloat(args[0], func(x float64) (Value, error) {
			if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
				return Tuple{Float(x), Int(0)}, nil
			}
			fr, e := math.Frexp(x)
			return Tuple{Float(fr), Int(e)}, nil
		})
	})
	add("ldexp", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("ldexp", args, kw, 2, 2); err != nil {
			return nil, err
		}
		return vm.withFloat(args[0], func(x float64) (Value, error) {
			i, ok := intValue(args[1])
			if !ok {
				return nil, Errorf(TypeError, "Expected an int as second argument to ldexp.")
			}
			b := toBig(i)
			if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
				return Float(x), nil
			}
			if b.Cmp(big.NewInt(100000)) > 0 {
				return nil, mathRangeError()
			}
			if b.Cmp(big.NewInt(-100000)) < 0 {
				return Float(math.Copysign(0, x)), nil
			}
			r := math.Ldexp(x, int(b.Int64()))
			if math.IsInf(r, 0) {
				return nil, mathRangeError()
			}
			return Float(r), nil
		})
	})
	add("modf", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("math.modf", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.withFloat(args[0], func(x float64) (Value, error) {
			if math.IsInf(x, 0) {
				return Tuple{Float(math.Copysign(0, x)), Float(x)}, nil
			}
			ip, fp := math.Modf(x)
			return Tuple{Float(fp), Float(ip)}, nil
		})
	})
	// floor, ceil and trunc return ints and honour __floor__, __ceil__
	// and __trunc__.
	rounding := func(name, special string, f func(float64) float64) {
		add(name, func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs("math."+name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			x := args[0]
			if fl, ok := floatValue(x); ok {
				return floatToInt(f(float64(fl)))
			}
			if i, ok := intValue(x); ok {
				return i, nil
			}
			if r, found, err := vm.callSpecial(x, special); found || err != nil {
				return r, err
			}
			if special == "__trunc__" {
				return nil, Errorf(TypeError, "type %s doesn't define __trunc__ method", TypeOf(x).Name)
			}
			return vm.withFloat(x, func(v float64) (Value, error) { return floatToInt(f(v)) })
		})
	}
	rounding("floor", "__floor__", math.Floor)
	rounding("ceil", "__ceil__", math.Ceil)
	rounding("trunc", "__trunc__", math.Trunc)
	// Integer functions.
	add("factorial", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("math.factorial", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.withInt(args[0], func(n *big.Int) (Value, error) {
			if n.Sign() < 0 {
				return nil, Errorf(ValueError, "factorial() not defined for negative values")
			}
			if !n.IsInt64() {
				return nil, Errorf(OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
			}
			return MakeInt(new(big.Int).MulRange(1, n.Int64())), nil
		})
	})
	add("isqrt", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("math.isqrt", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.withInt(args[0], func(n *big.Int) (Value, error) {
			if n.Sign() < 0 {
				return nil, Errorf(ValueError, "isqrt() argument must be nonnegative")
			}
			return MakeInt(new(big.Int).Sqrt(n)), nil
		})
	})
	add("gcd", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "gcd() takes no keyword arguments")
		}
		return vm.withInts(args, func(ns []*big.Int) (Value, error) {
			g := new(big.Int)
			for _, n := range ns {
				g.GCD(nil, nil, g, new(big.Int).Abs(n))
			}
			return MakeInt(g), nil
		})
	})
	add("lcm", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "lcm() takes no keyword arguments")
		}
		return vm.withInts(args, func(ns []*big.Int) (Value, error) {
			l := big.NewInt(1)
			for _, n := range ns {
				a := new(big.Int).Abs(n)
				if a.Sign() == 0 {
					l.SetInt64(0)
					continue
				}
				if l.Sign() == 0 {
					continue
				}
				g := new(big.Int).GCD(nil, nil, l, a)
				l.Mul(l, a.Quo(a, g))
			}
			return MakeInt(l), nil
		})
	})
	add("comb", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("comb", args, kw, 2, 2); err != nil {
			return nil, err
		}
		return vm.withInts(args, func(ns []*big.Int) (Value, error) { return combPerm(ns[0], ns[1], true) })
	})
	add("perm", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("perm", args, kw, 1, 2); err != nil {
			return nil, err
		}
		if len(args) == 1 || args[1] == None {
			return vm.withInt(args[0], func(n *big.Int) (Value, error) {
				if n.Sign() < 0 {
					return nil, Errorf(ValueError, "n must be a non-negative integer")
				}
				return combPerm(n, n, false)
			})
		}
		return vm.withInts(args, func(ns []*big.Int) (Value, error) { return combPerm(ns[0], ns[1], false) })
	})
	// Sums, products and distances.
	add("fsum", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("fsum", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.collect(args[0], func(items []Value) (Value, error) {
			return vm.withFloats(items, fsum)
		})
	})
	add("prod", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := onlyKw("prod", kw, "start"); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, Errorf(TypeError, "prod() takes exactly 1 positional argument (%d given)", len(args))
		}
		var acc Value = Int(1)
		if s, ok := kwarg(kw, "start"); ok {
			acc = s
		}
		return vm.iterate(args[0], func(v Value) (Value, error) {
			r, err := vm.binaryOp(compile.Mul, acc, v, false)
			return then(r, err, func(r Value) (Value, error) {
				acc = r
				return nil, nil
			})
		}, func() (Value, error) { return acc, nil })
	})
	add("hypot", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "hypot() takes no keyword arguments")
		}
		return vm.withFloats(args, func(xs []float64) (Value, error) { return Float(hypot(xs)), nil })
	})
	add("dist", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("dist", args, kw, 2, 2); err != nil {
			return nil, err
		}
		return vm.collect(args[0], func(p []Value) (Value, error) {
			return vm.collect(args[1], func(q []Value) (Value, error) {
				if len(p) != len(q) {
					return nil, Errorf(ValueError, "both points must have the same number of dimensions")
				}
				return vm.withFloats(append(p, q...), func(xs []float64) (Value, error) {
					n := len(xs) / 2
					diffs := make([]float64, n)
					for i := range diffs {
						diffs[i] = xs[i] - xs[n+i]
					}
					return Float(hypot(diffs)), nil
				})
			})
		})
	})
	add("isclose", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := onlyKw("isclose", kw, "a", "b", "rel_tol", "abs_tol"); err != nil {
			return nil, err
		}
		if len(args) > 2 {
			return nil, Errorf(TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
		}
		vals := []Value{nil, nil, Float(1e-09), Float(0)}
		copy(vals, args)
		for i, name := range []string{"a", "b", "rel_tol", "abs_tol"} {
			if v, ok := kwarg(kw, name); ok {
				if i < len(args) {
					return nil, Errorf(TypeError, "argument for isclose() given by name ('%s') and position (%d)", name, i+1)
				}
				vals[i] = v
			}
		}
		for i, name := range []string{"a", "b"} {
			if vals[i] == nil {
				return nil, Errorf(TypeError, "isclose() missing required argument '%s' (pos %d)", name, i+1)
			}
		}
		return vm.withFloats(vals, func(xs []float64) (Value, error) {
			if xs[2] < 0 || xs[3] < 0 {
				return nil, Errorf(ValueError, "tolerances must be non-negative")
			}
			return Bool(isclose(xs[0], xs[1], xs[2], xs[3])), nil
		})
	})
	return m
}
