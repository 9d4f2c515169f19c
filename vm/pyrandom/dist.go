package pyrandom

import (
	"math"

	"tasklet/vm/pyformat"
)

// Constants random.py computes at import, written out as CPython has them
// so that they do not depend on how exp and log round.
const (
	nvMagicConst = 0x1.b72cd3f331398p+0 // NV_MAGICCONST = 4*exp(-0.5)/sqrt(2.0)
	logFour      = 0x1.62e42fefa39efp+0 // LOG4 = log(4.0)
	sgMagicConst = 0x1.40859baee748fp+1 // SG_MAGICCONST = 1.0 + log(4.5)
	twoPi        = 2 * math.Pi          // math.tau
)

// Uniform is uniform(a, b): a + (b-a) * random().
func (r *Random) Uniform(a, b float64) float64 {
	return a + (b-a)*r.Random()
}

// Triangular is triangular(low, high, mode); without a mode (hasMode
// false) the mode is the midpoint. When high == low it returns low, as
// random.py does on the ZeroDivisionError.
func (r *Random) Triangular(low, high, mode float64, hasMode bool) float64 {
	u := r.Random()
	c := 0.5
	if hasMode {
		if high-low == 0 {
			return low
		}
		c = (mode - low) / (high - low)
	}
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	return low + (high-low)*math.Sqrt(u*c)
}

// NormalVariate is normalvariate(mu, sigma), Kinderman and Monahan's ratio
// of uniforms.
func (r *Random) NormalVariate(mu, sigma float64) float64 {
	var z float64
	for {
		u1 := r.Random()
		u2 := 1.0 - r.Random()
		z = nvMagicConst * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -pyformat.Log(u2) {
			break
		}
	}
	return mu + z*sigma
}

// Gauss is gauss(mu, sigma): the Box-Muller transform, which makes two
// values at a time and keeps the second for the next call (seeding and
// SetState clear it).
func (r *Random) Gauss(mu, sigma float64) float64 {
	z, ok := r.gaussNext, r.hasGauss
	r.hasGauss = false
	if !ok {
		x2pi := r.Random() * twoPi
		g2rad := math.Sqrt(-2.0 * pyformat.Log(1.0-r.Random()))
		z = pyformat.Cos(x2pi) * g2rad
		r.gaussNext, r.hasGauss = pyformat.Sin(x2pi)*g2rad, true
	}
	return mu + z*sigma
}

// LogNormVariate is lognormvariate(mu, sigma): exp(normalvariate(mu,
// sigma)), with math.exp's OverflowError "math range error".
func (r *Random) LogNormVariate(mu, sigma float64) (float64, error) {
	x := r.NormalVariate(mu, sigma)
	v := pyformat.Exp(x)
	if math.IsInf(v, 0) && !math.IsInf(x, 0) {
		return 0, &Error{Class: "OverflowError", Msg: "math range error"}
	}
	return v, nil
}

// ExpoVariate is expovariate(lambd): -log(1 - random()) / lambd, with
// ZeroDivisionError "float division by zero" for lambd == 0.
func (r *Random) ExpoVariate(lambd float64) (float64, error) {
	v := -pyformat.Log(1.0 - r.Random())
	if lambd == 0 {
		return 0, &Error{Class: "ZeroDivisionError", Msg: "float division by zero"}
	}
	return v / lambd, nil
}

// divide is x / y for floats, with Python's ZeroDivisionError.
func divide(x, y float64) (float64, error) {
	if y == 0 {
		return 0, &Error{Class: "ZeroDivisionError", Msg: "float division by zero"}
	}
	return x / y, nil
}

// pow is x ** y with Python's errors, as this package's Error.
func pow(x, y float64) (float64, error) {
	v, err := pyformat.Pow(x, y)
	if e, ok := err.(*pyformat.Error); ok {
		return 0, &Error{Class: e.Class, Msg: e.Msg}
	}
	return v, nil
}

// ParetoVariate is paretovariate(alpha): (1 - random()) ** (-1/alpha).
func (r *Random) ParetoVariate(alpha float64) (float64, error) {
	u := 1.0 - r.Random()
	e, err := divide(-1.0, alpha)
	if err != nil {
		return 0, err
	}
	return pow(u, e)
}

// WeibullVariate is weibullvariate(alpha, beta):
// alpha * (-log(1 - random())) ** (1/beta).
func (r *Random) WeibullVariate(alpha, beta float64) (float64, error) {
	u := 1.0 - r.Random()
	e, err := divide(1.0, beta)
	if err != nil {
		return 0, err
	}
	v, err := pow(-pyformat.Log(u), e)
	return alpha * v, err
}

// GammaVariate is gammavariate(alpha, beta): Cheng's rejection method for
// alpha > 1, the exponential distribution for alpha == 1, and Kennedy and
// Gentle's algorithm GS for alpha < 1.
func (r *Random) GammaVariate(alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, valueError("gammavariate: alpha and beta must be > 0.0")
	}
	switch {
	case alpha > 1.0:
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - logFour
		ccc := alpha + ainv
		for {
			u1 := r.Random()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.Random()
			v := pyformat.Log(u1/(1.0-u1)) / ainv
			x := alpha * pyformat.Exp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagicConst-4.5*z >= 0.0 || rr >= pyformat.Log(z) {
				return x * beta, nil
			}
		}
	case alpha == 1.0:
		return -pyformat.Log(1.0-r.Random()) * beta, nil
	}
	for {
		u := r.Random()
		b := (math.E + alpha) / math.E
		p := b * u
		var x float64
		if p <= 1.0 {
			var err error
			if x, err = pow(p, 1.0/alpha); err != nil {
				return 0, err
			}
		} else {
			x = -pyformat.Log((b - p) / alpha)
		}
		u1 := r.Random()
		if p > 1.0 {
			bound, err := pow(x, alpha-1.0)
			if err != nil {
				return 0, err
			}
			if u1 <= bound {
				return x * beta, nil
			}
		} else if u1 <= pyformat.Exp(-x) {
			return x * beta, nil
		}
	}
}

// BetaVariate is betavariate(alpha, beta), from two gamma variates; when
// the first is zero the second is not drawn.
func (r *Random) BetaVariate(alpha, beta float64) (float64, error) {
	y, err := r.GammaVariate(alpha, 1.0)
	if err != nil || y == 0 {
		return 0, err
	}
	y2, err := r.GammaVariate(beta, 1.0)
	if err != nil {
		return 0, err
	}
	return y / (y + y2), nil
}

// VonMisesVariate is vonmisesvariate(mu, kappa), Fisher's algorithm; an
// angle in [0, 2*pi). Rounding can push the argument of acos past 1,
// which is math.acos's ValueError "math domain error".
func (r *Random) VonMisesVariate(mu, kappa float64) (float64, error) {
	if kappa <= 1e-6 {
		return twoPi * r.Random(), nil
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+s*s)
	var z float64
	for {
		u1 := r.Random()
		z = pyformat.Cos(math.Pi * u1)
		d := z / (rr + z)
		u2 := r.Random()
		if u2 < 1.0-d*d || u2 <= (1.0-d)*pyformat.Exp(d) {
			break
		}
	}
	q := 1.0 / rr
	f := (q + z) / (1.0 + q*z)
	u3 := r.Random()
	a := pyformat.Acos(f)
	if math.IsNaN(a) && !math.IsNaN(f) {
		return 0, valueError("math domain error")
	}
	theta := mu - a
	if u3 > 0.5 {
		theta = mu + a
	}
	v, _ := pyformat.FloatMod(theta, twoPi)
	return v, nil
}
