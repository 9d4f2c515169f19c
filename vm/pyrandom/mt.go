package pyrandom

import (
	"crypto/sha512"
	"math/big"
)

// The parameters of MT19937.
const (
	stateSize  = 624
	shift      = 397
	matrixA    = 0x9908b0df
	upperMask  = 0x80000000
	lowerMask  = 0x7fffffff
	initSeed   = 19650218 // init_by_array starts from init_genrand with this
	recip53    = 1.0 / (1 << 53)
	twoPower26 = 1 << 26
)

// A Random is one generator, like an instance of random.Random: the
// Mersenne Twister's state and the second value gauss() keeps for its next
// call. The zero value is not seeded; use New or a Seed method.
type Random struct {
	mt        [stateSize]uint32
	index     int
	gaussNext float64
	hasGauss  bool
}

// New returns a generator seeded with the int n, as random.Random(n).
func New(n *big.Int) *Random {
	r := &Random{}
	r.Seed(n)
	return r
}

// Seed is seed(n) for an int n (for a bool or an int subclass, pass its
// int value): every bit of |n| is used, as 32-bit words from the least
// significant one.
func (r *Random) Seed(n *big.Int) {
	words := new(big.Int).Abs(n).Bits()
	var key []uint32
	for _, w := range words {
		// big.Word is 64 bits on the platforms Go runs this on.
		key = append(key, uint32(w), uint32(uint64(w)>>32))
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.SeedKey(key)
}

// SeedBytes is seed(s) (version 2, the default) for a str (pass its UTF-8
// encoding), bytes or bytearray: the seed is the int whose big-endian bytes
// are s followed by the SHA-512 digest of s.
func (r *Random) SeedBytes(s []byte) {
	digest := sha512.Sum512(s)
	all := append(append([]byte{}, s...), digest[:]...)
	r.Seed(new(big.Int).SetBytes(all))
}

// SeedHash is seed(x) for a float x: CPython seeds with hash(x) taken as
// an unsigned 64-bit number.
func (r *Random) SeedHash(h int64) {
	r.Seed(new(big.Int).SetUint64(uint64(h)))
}

// SeedKey seeds from 32-bit words with MT19937's init_by_array. Seed uses
// it; seed() with no argument is CPython calling it with 624 words of
// operating-system randomness, which the caller can do likewise.
func (r *Random) SeedKey(key []uint32) {
	mt := &r.mt
	mt[0] = initSeed
	for i := 1; i < stateSize; i++ {
		mt[i] = 1812433253*(mt[i-1]^mt[i-1]>>30) + uint32(i)
	}
	i, j := 1, 0
	for k := max(stateSize, len(key)); k > 0; k-- {
		mt[i] = (mt[i] ^ (mt[i-1]^mt[i-1]>>30)*1664525) + key[j] + uint32(j)
		i++
		j++
		if i >= stateSize {
			mt[0] = mt[stateSize-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k := stateSize - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ (mt[i-1]^mt[i-1]>>30)*1566083941) - uint32(i)
		i++
		if i >= stateSize {
			mt[0] = mt[stateSize-1]
			i = 1
		}
	}
	mt[0] = 0x80000000 // the state is never all zeros
	r.index = stateSize
	r.hasGauss = false
}

// Uint32 returns the generator's next 32 bits.
func (r *Random) Uint32() uint32 {
	mt := &r.mt
	if r.index >= stateSize {
		twist := func(k, next, far int) {
			y := mt[k]&upperMask | mt[next]&lowerMask
			mt[k] = mt[far] ^ y>>1
			if y&1 != 0 {
				mt[k] ^= matrixA
			}
		}
		k := 0
		for ; k < stateSize-shift; k++ {
			twist(k, k+1, k+shift)
		}
		for ; k < stateSize-1; k++ {
			twist(k, k+1, k+shift-stateSize)
		}
		twist(stateSize-1, 0, shift-1)
		r.index = 0
	}
	y := mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	y ^= y >> 18
	return y
}

// Random is random(): a float in [0, 1) with 53 random bits, made from 27
// bits of one word and 26 of the next.
func (r *Random) Random() float64 {
	a := r.Uint32() >> 5
	b := r.Uint32() >> 6
	return (float64(a)*twoPower26 + float64(b)) * recip53
}

// GetRandBits is getrandbits(k): an int of k random bits, filled 32 bits at
// a time from the least significant end; the last word gives its top bits.
func (r *Random) GetRandBits(k int) (*big.Int, error) {
	if k < 0 {
		return nil, valueError("number of bits must be non-negative")
	}
	if k <= 64 {
		return new(big.Int).SetUint64(r.bits64(k)), nil
	}
	words := make([]big.Word, (k+63)/64)
	for i := range words {
		words[i] = big.Word(r.bits64(min(k-64*i, 64)))
	}
	return new(big.Int).SetBits(words), nil
}

// bits64 is getrandbits(k) for k <= 64.
func (r *Random) bits64(k int) uint64 {
	switch {
	case k == 0:
		return 0
	case k <= 32:
		return uint64(r.Uint32() >> (32 - k))
	}
	low := uint64(r.Uint32())
	return low | uint64(r.Uint32()>>(64-k))<<32
}

// RandBytes is randbytes(n): getrandbits(8*n) as n little-endian bytes.
func (r *Random) RandBytes(n int) []byte {
	out := make([]byte, 0, n+8)
	for len(out) < n {
		w := r.bits64(min(8*(n-len(out)), 64))
		for i := 0; i < 8 && len(out) < n; i++ {
			out = append(out, byte(w>>(8*i)))
		}
	}
	return out
}

// A State is what getstate() returns: the Mersenne Twister's 624 words and
// its position (the 625 ints of the middle of the tuple), and gauss's
// pending value (None when HasGaussNext is false). The version number 3 of
// the tuple is the caller's.
type State struct {
	MT           [stateSize]uint32
	Index        int
	GaussNext    float64
	HasGaussNext bool
}

// GetState is getstate().
func (r *Random) GetState() State {
	return State{MT: r.mt, Index: r.index, GaussNext: r.gaussNext, HasGaussNext: r.hasGauss}
}

// SetState is setstate(state) once the caller has unpacked the tuple
// (checking its version and size, and that the words fit in 32 bits). An
// index outside 0..624 is CPython's ValueError "invalid state".
func (r *Random) SetState(s State) error {
	if s.Index < 0 || s.Index > stateSize {
		return valueError("invalid state")
	}
	r.mt, r.index, r.gaussNext, r.hasGauss = s.MT, s.Index, s.GaussNext, s.HasGaussNext
	return nil
}
