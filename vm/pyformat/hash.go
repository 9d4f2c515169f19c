package pyformat

import (
	"math"
	"math/big"
)

// The numeric hashes reduce values modulo the Mersenne prime 2**61 - 1, so
// that equal ints, floats (and fractions) hash alike on 64-bit CPython.
const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
)

// HashInt64 is hash(v) for an int.
func HashInt64(v int64) int64 {
	if v > -hashModulus && v < hashModulus {
		return fixHash(v)
	}
	r := v % hashModulus // Go's % keeps the sign of v, as CPython's hash does
	return fixHash(r)
}

// HashInt is hash(v) for an int of any size: |v| modulo 2**61 - 1 with the
// sign of v, except that -1 (the C error value) becomes -2.
func HashInt(v *big.Int) int64 {
	if v.IsInt64() {
		return HashInt64(v.Int64())
	}
	r := new(big.Int).Rem(v, big.NewInt(hashModulus)) // truncated: sign of v
	return fixHash(r.Int64())
}

func fixHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

// HashFloat is hash(f). An integral float hashes as the equal int, any
// other finite one as its exact fraction does, inf as 314159 and -inf as
// -314159. A NaN hashes by identity in Python 3.11 (hash of the object's
// address, like object.__hash__), so for a NaN ok is false and the caller
// hashes the float object itself, with HashIdentity or its own scheme.
func HashFloat(f float64) (h int64, ok bool) {
	switch {
	case math.IsNaN(f):
		return 0, false
	case math.IsInf(f, 1):
		return hashInf, true
	case math.IsInf(f, -1):
		return -hashInf, true
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	// Take the mantissa 28 bits at a time into x modulo 2**61 - 1, where a
	// multiplication by 2**k is a rotation of the 61 bits by k.
	var x uint64
	for m != 0 {
		x = (x<<28)&hashModulus | x>>(hashBits-28)
		m *= 1 << 28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	// Then multiply by 2**e, reducing e modulo 61 (2**61 ≡ 1).
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - (-1-e)%hashBits
	}
	x = (x<<uint(e))&hashModulus | x>>uint(hashBits-e)
	return fixHash(int64(x) * sign), true
}

// HashIdentity is CPython's hash of an object by identity (object.__hash__,
// and a NaN's hash): the address rotated right by 4 bits, since the low
// bits of an aligned address are always zero.
func HashIdentity(addr uint64) int64 {
	return fixHash(int64(addr>>4 | addr<<60))
}

// The xxHash64 primes CPython's tuple hash is built on.
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// HashTuple is hash(t) for a tuple whose items hash to items: CPython
// 3.11's variant of xxHash, one lane per item.
func HashTuple(items []int64) int64 {
	acc := xxPrime5
	for _, h := range items {
		acc += uint64(h) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	// The length is mixed in so that hash(()) keeps its historical value.
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if acc == math.MaxUint64 { // -1 is the C error value
		return 1546275796
	}
	return int64(acc)
}

// HashFrozenset is hash(s) for a frozenset whose items hash to items, in
// any order: the items' hashes, each shuffled so that nearby values spread
// over all bits, are combined with xor, then the size is mixed in and the
// bits dispersed so that nested frozensets do not cancel out.
func HashFrozenset(items []int64) int64 {
	var h uint64
	for _, item := range items {
		u := uint64(item)
		h ^= (u ^ 89869747 ^ u<<16) * 3644798167
	}
	h ^= (uint64(len(items)) + 1) * 1927868237
	h ^= h>>11 ^ h>>25
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		return 590923713
	}
	return int64(h)
}
