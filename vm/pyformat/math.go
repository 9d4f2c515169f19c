package pyformat

import (
	"math"
	"math/big"
	"sync"
)

// Log, Exp, Sin, Cos, Acos and Pow are correctly rounded: each returns the float
// nearest to the exact value. CPython calls the C library's functions, and
// Go's math package differs from glibc's in the last bit for a few percent
// of arguments (Log), a quarter (Cos) or most of them (Pow), which repr
// shows. glibc is itself correctly rounded for all but about one argument
// in a thousand, so correct rounding is as close to CPython as a portable
// implementation gets.
//
// Each function evaluates in double-double arithmetic (about 100 bits);
// when that result is too close to halfway between two floats to round
// with certainty (about one argument in 2**30), it evaluates again with
// math/big at 256 bits.

// A dd is a double-double, the unevaluated sum hi + lo with |lo| at most
// half a unit in the last place of hi.
type dd struct{ hi, lo float64 }

// twoSum returns a + b exactly, as a double-double.
func twoSum(a, b float64) dd {
	s := a + b
	bv := s - a
	return dd{s, (a - (s - bv)) + (b - bv)}
}

// fastTwoSum is twoSum for |a| >= |b|.
func fastTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

// twoProd returns a * b exactly, as a double-double.
func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func (a dd) add(b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = fastTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return fastTwoSum(s.hi, s.lo)
}

func (a dd) mul(b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return fastTwoSum(p.hi, p.lo)
}

func (a dd) mulFloat(b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return fastTwoSum(p.hi, p.lo)
}

func (a dd) div(b dd) dd {
	q1 := a.hi / b.hi
	r := a.add(b.mulFloat(-q1))
	q2 := r.hi / b.hi
	r = r.add(b.mulFloat(-q2))
	q3 := r.hi / b.hi
	return fastTwoSum(q1, q2).add(dd{q3, 0})
}

func (a dd) neg() dd { return dd{-a.hi, -a.lo} }

// The constants of the double-double evaluations, from math/big at start.
var (
	// ln2 and pi/2 in three parts; the first two have few enough bits
	// that their products with the reduction multiple k are exact.
	ln2Parts   [3]float64
	halfPiPart [3]float64
	// invFact[n] = 1/n!, invOdd[n] = 1/(2n+1).
	invFact [30]dd
	invOdd  [24]dd
)

func init() {
	ln2 := bigLn2(200)
	split(ln2, 42, ln2Parts[:])
	halfPi := new(big.Float).SetPrec(200).Set(bigPi(200))
	halfPi.SetMantExp(halfPi, -1)
	split(halfPi, 33, halfPiPart[:])
	fact := new(big.Float).SetPrec(200).SetInt64(1)
	for n := range invFact {
		if n > 0 {
			fact.Mul(fact, new(big.Float).SetInt64(int64(n)))
		}
		invFact[n] = toDD(new(big.Float).SetPrec(200).Quo(big.NewFloat(1), fact))
	}
	for n := range invOdd {
		invOdd[n] = toDD(new(big.Float).SetPrec(200).Quo(big.NewFloat(1), big.NewFloat(float64(2*n+1))))
	}
}

// split writes v as parts[0] + parts[1] + ... with the leading parts
// rounded to bits bits.
func split(v *big.Float, bits uint, parts []float64) {
	rest := new(big.Float).SetPrec(v.Prec()).Set(v)
	for i := range parts {
		prec := bits
		if i == len(parts)-1 {
			prec = 53
		}
		part, _ := new(big.Float).SetPrec(prec).Set(rest).Float64()
		parts[i] = part
		rest.Sub(rest, big.NewFloat(part))
	}
}

func toDD(v *big.Float) dd {
	hi, _ := v.Float64()
	lo, _ := new(big.Float).SetPrec(v.Prec()).Sub(v, big.NewFloat(hi)).Float64()
	return dd{hi, lo}
}

// roundDD rounds v, which is within a relative 2**-bound of the true
// value, to the nearest float64. ok is false when the true value may lie on
// the other side of the halfway point between two floats, or when the
// result is not a normal float, where the double-double evaluations are not
// to be trusted.
func roundDD(v dd, bound int) (f float64, ok bool) {
	hi, lo := v.hi, v.lo
	if hi == 0 && lo == 0 {
		return 0, true
	}
	if a := math.Abs(hi); a < 0x1p-1000 || a > 0x1p+1000 || math.IsNaN(hi) {
		return 0, false
	}
	if lo == 0 {
		return hi, true
	}
	toward := math.Inf(1)
	if lo < 0 {
		toward = math.Inf(-1)
	}
	half := math.Abs(math.Nextafter(hi, toward)-hi) / 2
	dist := half - math.Abs(lo)
	if math.Abs(dist) <= math.Ldexp(math.Abs(hi), -bound) {
		return 0, false
	}
	if dist < 0 {
		return math.Nextafter(hi, toward), true
	}
	return hi, true
}

// ddBound is the accuracy claimed for the double-double log, exp, sin and
// cos (they are good to about 2**-100).
const ddBound = 90

// Log is math.log(x) for x > 0, correctly rounded; for other x it is
// the IEEE result (NaN, -Inf), where math.log raises.
func Log(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case math.IsInf(x, 1):
		return x
	}
	if f, ok := roundDD(ddLog(x), ddBound); ok {
		return f
	}
	f, _ := bigLog(x, 256).Float64()
	return f
}

// ddLog writes x = m * 2**e with m in [sqrt(1/2), sqrt(2)), so that
// log(x) = e*log(2) + 2*atanh(s) with s = (m-1)/(m+1) and |s| < 0.18.
func ddLog(x float64) dd {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	s := dd{m - 1, 0}.div(twoSum(m, 1)) // m - 1 is exact
	s2 := s.mul(s)
	sum := invOdd[len(invOdd)-1]
	for n := len(invOdd) - 2; n >= 0; n-- {
		sum = sum.mul(s2).add(invOdd[n])
	}
	res := s.mul(sum).mulFloat(2)
	if e != 0 {
		k := float64(e)
		eln2 := twoSum(k*ln2Parts[0], k*ln2Parts[1]).add(twoProd(k, ln2Parts[2]))
		res = eln2.add(res)
	}
	return res
}

// Exp is math.exp(x), correctly rounded; Inf when it overflows, where
// math.exp raises OverflowError "math range error".
func Exp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	case x == 0:
		return 1
	}
	if math.Abs(x) < 700 {
		m, k := ddExp(dd{x, 0})
		if f, ok := roundDD(m, ddBound); ok {
			return math.Ldexp(f, k)
		}
	}
	f, _ := bigExp(new(big.Float).SetFloat64(x), 256).Float64()
	return f
}

// ddExp returns m and k with exp(a) = m * 2**k: a = k*log(2) + r with
// |r| <= log(2)/2, and exp(r) = (1 + expm1(r/1024))**1024, where the
// expm1 of the small argument is a short Taylor series and each squaring
// is done on expm1 (as e*(e+2)) to keep its precision.
func ddExp(a dd) (dd, int) {
	k := math.Round(a.hi / math.Ln2)
	// a.hi - k*ln2Parts[0] is exact: the two are within a factor 2.
	r := twoSum(a.hi-k*ln2Parts[0], -k*ln2Parts[1]).add(twoProd(-k, ln2Parts[2])).add(dd{a.lo, 0})
	r = dd{r.hi / 1024, r.lo / 1024}
	const terms = 11
	p := invFact[terms]
	for n := terms - 1; n >= 1; n-- {
		p = p.mul(r).add(invFact[n])
	}
	p = p.mul(r)
	for range 10 {
		p = p.mul(p.add(dd{2, 0}))
	}
	return dd{1, 0}.add(p), int(k)
}

// Sin is math.sin(x), correctly rounded.
func Sin(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Sin(x) // ±0 keeps its sign; inf and NaN give NaN
	}
	if math.Abs(x) < 0x1p20 {
		s, _ := ddSinCos(x)
		if f, ok := roundDD(s, ddBound); ok {
			return f
		}
	}
	s, _ := bigSinCos(new(big.Float).SetFloat64(x), 256)
	f, _ := s.Float64()
	return f
}

// Cos is math.cos(x), correctly rounded.
func Cos(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Cos(x)
	}
	if math.Abs(x) < 0x1p20 {
		_, c := ddSinCos(x)
		if f, ok := roundDD(c, ddBound); ok {
			return f
		}
	}
	_, c := bigSinCos(new(big.Float).SetFloat64(x), 256)
	f, _ := c.Float64()
	return f
}

// ddSinCos reduces x by the nearest multiple k of pi/2 to |r| <= pi/4
// (for |x| < 2**20, where k*halfPiPart[i] is exact for the first two
// parts) and sums the Taylor series of sin r and cos r.
func ddSinCos(x float64) (sin, cos dd) {
	k := math.Round(x / halfPiPart[0])
	r := twoSum(x-k*halfPiPart[0], -k*halfPiPart[1]).add(twoProd(-k, halfPiPart[2]))
	r2 := r.mul(r)
	// sin r = r * sum (-r2)**n / (2n+1)!, cos r = sum (-r2)**n / (2n)!
	const terms = 14
	s := invFact[2*terms+1]
	c := invFact[2*terms]
	for n := terms - 1; n >= 0; n-- {
		s = s.mul(r2).neg().add(invFact[2*n+1])
		c = c.mul(r2).neg().add(invFact[2*n])
	}
	s = s.mul(r)
	switch int64(k) & 3 {
	case 0:
		return s, c
	case 1:
		return c, s.neg()
	case 2:
		return s.neg(), c.neg()
	default:
		return c.neg(), s
	}
}

// The slow paths, in math/big.

// bigAtanhSeries returns s + s**3/3 + s**5/5 + ... at precision prec, for
// |s| < 1/2.
func bigAtanhSeries(s *big.Float, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec).Set(s)
	s2 := new(big.Float).SetPrec(prec).Mul(s, s)
	pow := new(big.Float).SetPrec(prec).Set(s)
	term := new(big.Float).SetPrec(prec)
	for n := int64(3); ; n += 2 {
		pow.Mul(pow, s2)
		term.Quo(pow, new(big.Float).SetInt64(n))
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -int(prec)-2 {
			return sum
		}
		sum.Add(sum, term)
	}
}

// bigLn2 is log(2) = 2*atanh(1/3).
func bigLn2(prec uint) *big.Float {
	third := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), big.NewFloat(3))
	v := bigAtanhSeries(third, prec)
	return v.SetMantExp(v, 1)
}

// bigAtanInv is atan(1/n).
func bigAtanInv(n int64, prec uint) *big.Float {
	x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), new(big.Float).SetInt64(n))
	x2 := new(big.Float).SetPrec(prec).Mul(x, x)
	sum := new(big.Float).SetPrec(prec).Set(x)
	pow := new(big.Float).SetPrec(prec).Set(x)
	term := new(big.Float).SetPrec(prec)
	for k := int64(3); ; k += 2 {
		pow.Mul(pow, x2)
		term.Quo(pow, new(big.Float).SetInt64(k))
		if term.MantExp(nil)-sum.MantExp(nil) < -int(prec)-2 {
			return sum
		}
		if k%4 == 3 {
			sum.Sub(sum, term)
		} else {
			sum.Add(sum, term)
		}
	}
}

var (
	piMu   sync.Mutex
	piBits *big.Float
)

// bigPi is pi to at least prec bits, by Machin's formula
// pi = 16 atan(1/5) - 4 atan(1/239), kept for the next call.
func bigPi(prec uint) *big.Float {
	piMu.Lock()
	defer piMu.Unlock()
	if piBits == nil || piBits.Prec() < prec {
		work := prec + 32
		a := bigAtanInv(5, work)
		a.Mul(a, big.NewFloat(16))
		b := bigAtanInv(239, work)
		b.Mul(b, big.NewFloat(4))
		piBits = a.Sub(a, b)
	}
	return piBits
}

func bigLog(x float64, prec uint) *big.Float {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	work := prec + 32
	bm := new(big.Float).SetPrec(work).SetFloat64(m)
	s := new(big.Float).SetPrec(work).Quo(
		new(big.Float).SetPrec(work).Sub(bm, big.NewFloat(1)),
		new(big.Float).SetPrec(work).Add(bm, big.NewFloat(1)))
	v := bigAtanhSeries(s, work)
	v.SetMantExp(v, 1)
	eln2 := bigLn2(work)
	eln2.Mul(eln2, new(big.Float).SetInt64(int64(e)))
	return v.Add(v, eln2)
}

func bigExp(x *big.Float, prec uint) *big.Float {
	const halvings = 32
	work := prec + 64
	ln2 := bigLn2(work)
	approx, _ := x.Float64()
	k := math.Round(approx / math.Ln2)
	r := new(big.Float).SetPrec(work).Set(x)
	r.Sub(r, new(big.Float).SetPrec(work).Mul(ln2, big.NewFloat(k)))
	r.SetMantExp(r, -halvings)
	// exp(r) - 1 by Taylor, then squared back up as (e+1)**2 - 1.
	sum := new(big.Float).SetPrec(work)
	term := new(big.Float).SetPrec(work).SetInt64(1)
	for n := int64(1); ; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetInt64(n))
		if term.Sign() == 0 || sum.Sign() != 0 && term.MantExp(nil)-sum.MantExp(nil) < -int(work) {
			break
		}
		sum.Add(sum, term)
	}
	two := big.NewFloat(2)
	for range halvings {
		t := new(big.Float).SetPrec(work).Add(sum, two)
		sum.Mul(sum, t)
	}
	sum.Add(sum, big.NewFloat(1))
	return sum.SetMantExp(sum, int(k))
}

// bigSinCos reduces x by multiples of pi/2 with enough bits of pi for the
// size of x, then sums the Taylor series.
func bigSinCos(x *big.Float, prec uint) (sin, cos *big.Float) {
	work := prec + 64 + uint(max(x.MantExp(nil), 0))
	halfPi := new(big.Float).SetPrec(work).Set(bigPi(work))
	halfPi.SetMantExp(halfPi, -1)
	bx := new(big.Float).SetPrec(work).Set(x)
	q := new(big.Float).SetPrec(work).Quo(bx, halfPi)
	q.Add(q, big.NewFloat(0.5))
	k, _ := q.Int(nil)
	if q.Sign() < 0 && !q.IsInt() {
		k.Sub(k, big.NewInt(1)) // Int truncates; round half up needs the floor
	}
	r := new(big.Float).SetPrec(work).Mul(halfPi, new(big.Float).SetInt(k))
	r.Sub(bx, r)
	r2 := new(big.Float).SetPrec(work).Mul(r, r)
	s := new(big.Float).SetPrec(work).Set(r)
	c := new(big.Float).SetPrec(work).SetInt64(1)
	ts := new(big.Float).SetPrec(work).Set(r)
	tc := new(big.Float).SetPrec(work).SetInt64(1)
	for n := int64(1); ; n++ {
		ts.Mul(ts, r2)
		ts.Quo(ts, new(big.Float).SetInt64(-(2*n)*(2*n+1)))
		tc.Mul(tc, r2)
		tc.Quo(tc, new(big.Float).SetInt64(-(2*n-1)*(2*n)))
		if tc.Sign() == 0 || tc.MantExp(nil) < -int(work)-8 {
			break
		}
		s.Add(s, ts)
		c.Add(c, tc)
	}
	switch new(big.Int).And(k, big.NewInt(3)).Int64() {
	case 0:
		return s, c
	case 1:
		return c, s.Neg(s)
	case 2:
		return s.Neg(s), c.Neg(c)
	default:
		return c.Neg(c), s
	}
}

// Pow is x ** y for floats as CPython's float_pow computes it: its special
// cases (x**0 is 1, 1**y is 1 even for a NaN y, the signs of zeros and
// infinities, an exact integer power of a negative number) and then the
// platform's pow, here correctly rounded. Errors: ZeroDivisionError "0.0
// cannot be raised to a negative power", OverflowError "(34, 'Numerical
// result out of range')". A negative number to a non-integral power is a
// complex number in CPython, which this VM does not have: that is a
// ValueError, "negative number cannot be raised to a fractional power"
// (Python 2's message).
func Pow(x, y float64) (float64, error) {
	switch {
	case y == 0:
		return 1, nil
	case math.IsNaN(x):
		return x, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, nil
		}
		return y, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, nil
		case (y > 0) == (ax > 1):
			return math.Inf(1), nil
		}
		return 0, nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		switch {
		case y > 0 && odd:
			return x, nil
		case y > 0:
			return math.Inf(1), nil
		case odd:
			return math.Copysign(0, x), nil
		}
		return 0, nil
	case x == 0:
		if y < 0 {
			return 0, zeroDivision("0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return x, nil
		}
		return 0, nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return 0, valueError("negative number cannot be raised to a fractional power")
		}
		x = -x
		negate = isOddInteger(y)
	}
	r := 1.0
	if x != 1 {
		r = crPow(x, y)
	}
	if math.IsInf(r, 0) {
		return 0, overflowError("(34, 'Numerical result out of range')")
	}
	if negate {
		r = -r
	}
	return r, nil
}

func isOddInteger(y float64) bool { return math.Mod(math.Abs(y), 2) == 1 }

// powBound is the accuracy claimed for exp(y*log(x)) in double-double:
// the error of the logarithm is multiplied by |y*log(x)|, up to 2**10.
const powBound = 80

// crPow is x**y, correctly rounded, for finite x > 0 other than 1 and
// finite nonzero y.
func crPow(x, y float64) float64 {
	// Far out of range, y*log(x) overflows the double-double product
	// (to NaN): the plain one tells overflow from underflow.
	if l := math.Log(x) * y; l > 1000 {
		return math.Inf(1)
	} else if l < -1000 {
		return 0
	}
	l := ddLog(x).mulFloat(y)
	switch {
	case l.hi > 710:
		return math.Inf(1)
	case l.hi < -746:
		return 0
	case math.Abs(l.hi) < 700:
		m, k := ddExp(l)
		if f, ok := roundDD(m, powBound); ok {
			return math.Ldexp(f, k)
		}
	}
	f, _ := bigPow(x, y).Float64()
	return f
}

// bigPow is x**y at 256 bits or better. A power can be exactly halfway
// between two floats (94906267.0**2 is), and then an approximation, however
// close, may round the wrong way; for integral and half-integral exponents,
// where that happens, the power is computed exactly (a square root is exact
// at 256 bits whenever its result fits in a float and a bit).
func bigPow(x, y float64) *big.Float {
	const prec = 256
	if twice := 2 * y; twice == math.Trunc(twice) && math.Abs(y) <= 64 {
		n := int(math.Abs(twice))
		bx := new(big.Float).SetFloat64(x)
		exactPrec := uint(53*n + 64)
		p := new(big.Float).SetPrec(exactPrec).SetInt64(1)
		half := n%2 == 1
		if !half {
			n /= 2
		}
		for range n {
			p.Mul(p, bx)
		}
		if half {
			p = new(big.Float).SetPrec(prec).Sqrt(p)
		}
		if y < 0 {
			p = new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), p)
		}
		return p
	}
	l := bigLog(x, prec+64)
	l.Mul(l, big.NewFloat(y))
	return bigExp(l, prec)
}

// Acos is math.acos(x), correctly rounded, for -1 <= x <= 1; NaN outside,
// where math.acos raises ValueError "math domain error".
func Acos(x float64) float64 {
	switch {
	case math.IsNaN(x) || x > 1 || x < -1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return math.Pi
	}
	if f, ok := roundDD(ddAcos(x), ddBound); ok {
		return f
	}
	f, _ := bigAcos(x, 256).Float64()
	return f
}

// ddAcos uses acos(x) = pi/2 - asin(x) for |x| <= 1/2, and near ±1, where
// that loses precision, acos(x) = 2*asin(sqrt((1-x)/2)) and
// acos(x) = pi - 2*asin(sqrt((1+x)/2)); the square roots' arguments are
// exact.
func ddAcos(x float64) dd {
	halfPi := twoSum(halfPiPart[0], halfPiPart[1]).add(dd{halfPiPart[2], 0})
	if math.Abs(x) <= 0.5 {
		return halfPi.add(ddAsin(dd{x, 0}).neg())
	}
	t := (1 - math.Abs(x)) / 2
	a := ddAsin(ddSqrt(t))
	a = a.add(a)
	if x > 0 {
		return a
	}
	return halfPi.add(halfPi).add(a.neg())
}

// ddSqrt is sqrt(t) in double-double: one Newton step from the float
// square root, with the residue t - s*s computed exactly.
func ddSqrt(t float64) dd {
	s := math.Sqrt(t)
	p := twoProd(s, s)
	residue := (t - p.hi) - p.lo
	return fastTwoSum(s, residue/(2*s))
}

// ddAsin is asin(s) for |s| <= 1/sqrt(2): one Newton step on sin(y) = s
// from the float arcsine doubles its precision.
func ddAsin(s dd) dd {
	y := math.Asin(s.hi)
	sin, cos := ddSinCos(y)
	return dd{y, 0}.add(s.add(sin.neg()).div(cos))
}

// bigAcos solves cos(y) = x by Newton's method from the float arccosine,
// each step doubling the bits.
func bigAcos(x float64, prec uint) *big.Float {
	work := prec + 64
	bx := new(big.Float).SetPrec(work).SetFloat64(x)
	y := new(big.Float).SetPrec(work).SetFloat64(math.Acos(x))
	for bits := 40; bits < int(work)*2; bits *= 2 {
		sin, cos := bigSinCos(y, work)
		step := new(big.Float).SetPrec(work).Sub(cos, bx)
		step.Quo(step, sin)
		y.Add(y, step)
	}
	return y
}
