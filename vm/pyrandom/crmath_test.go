package pyrandom

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFastPathsAgreeWithBig checks the double-double evaluations, where
// they claim a result, against the 256-bit ones on many arguments in the
// ranges random.py uses and beyond.
func TestFastPathsAgreeWithBig(t *testing.T) {
	n := 5000
	if testing.Short() {
		n = 500
	}
	rng := rand.New(rand.NewPCG(1, 2))
	undecided := 0
	for i := range n {
		var x float64
		switch i % 4 {
		case 0:
			x = rng.Float64()
		case 1:
			x = math.Ldexp(rng.Float64(), rng.IntN(2000)-1000)
		case 2:
			x = (rng.Float64()*2 - 1) * 700
		default:
			x = rng.Float64() * 2 * math.Pi
		}
		if x > 0 {
			f, ok := roundDD(ddLog(x))
			if ok {
				want, _ := bigLog(x, 256).Float64()
				require.Equal(t, want, f, "log(%x)", x)
			} else {
				undecided++
			}
		}
		if math.Abs(x) < 700 {
			m, k := ddExp(x)
			if f, ok := roundDD(m); ok {
				want, _ := bigExp(x, 256).Float64()
				require.Equal(t, want, math.Ldexp(f, k), "exp(%x)", x)
			} else {
				undecided++
			}
		}
		if math.Abs(x) < 0x1p20 {
			s, c := ddSinCos(x)
			bs, bc := bigSinCos(x, 256)
			if f, ok := roundDD(s); ok {
				want, _ := bs.Float64()
				require.Equal(t, want, f, "sin(%x)", x)
			} else {
				undecided++
			}
			if f, ok := roundDD(c); ok {
				want, _ := bc.Float64()
				require.Equal(t, want, f, "cos(%x)", x)
			} else {
				undecided++
			}
		}
	}
	// The slow path is for rare arguments only.
	require.Less(t, undecided, n/100)
}

func TestSpecialValues(t *testing.T) {
	require.True(t, math.IsNaN(crLog(-1)))
	require.True(t, math.IsInf(crLog(0), -1))
	require.Equal(t, 0.0, crLog(1))
	require.True(t, math.IsInf(crExp(1000), 1))
	require.Equal(t, 0.0, crExp(-1000))
	require.Equal(t, 5e-324, crExp(-744.44007192138126231)) // the smallest subnormal, by the slow path
	require.True(t, math.Signbit(crSin(math.Copysign(0, -1))))
	require.Equal(t, 1.0, crCos(0))
	require.True(t, math.IsNaN(crSin(math.Inf(1))))
	// Far outside the fast range, the reduction needs many bits of pi:
	// sin(1e22) is a well-known test of it.
	require.Equal(t, -0.8522008497671888, crSin(1e22))
}

func BenchmarkGauss(b *testing.B) {
	r := &Random{}
	r.SeedKey([]uint32{1})
	for b.Loop() {
		r.Gauss(0, 1)
	}
}
