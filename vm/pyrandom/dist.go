package pyrandom

import (
	"math"

	"tasklet/vm/pyformat"
)

// Constants random.py computes at import. NV_MAGICCONST is 4*exp(-0.5)/
// sqrt(2.0); it is written out so that it does not depend on how exp
// rounds.
const (
	nvMagicConst = 0x1.b72cd3f331398p+0 // 1.7155277699214135
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
