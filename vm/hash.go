package vm

import (
	"hash/maphash"
	"math"
	"math/big"
	"unsafe"
)

// CPython hashes numbers modulo the Mersenne prime 2**61 - 1, so that
// equal ints and floats hash alike. Sets iterate in hash order, so these
// values are visible to programs and must match CPython's.
const hashModulus = (1 << 61) - 1

func intHash(v int64) int64 {
	if v >= -hashModulus && v <= hashModulus {
		if v == -1 {
			return -2
		}
		return v
	}
	return bigHash(big.NewInt(v))
}

func bigHash(v *big.Int) int64 {
	m := new(big.Int).Mod(new(big.Int).Abs(v), big.NewInt(hashModulus)).Int64()
	if v.Sign() < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

func floatHash(f float64) int64 {
	switch {
	case math.IsInf(f, 1):
		return 314159
	case math.IsInf(f, -1):
		return -314159
	case math.IsNaN(f):
		return 0
	}
	if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
		return intHash(int64(f))
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	// Process 28 bits at a time, as CPython's _Py_HashDouble does.
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

var strSeed = maphash.MakeSeed()

// strHash hashes a str. CPython randomizes these per process, so no
// program can depend on the values; a fixed seed per process is as good.
func strHash(s string) int64 {
	h := int64(maphash.String(strSeed, s) >> 1)
	if h == -1 {
		h = -2
	}
	return h
}

// tupleHash combines item hashes as CPython 3.11's tuplehash does
// (xxHash's mixing), so that sets of tuples iterate in CPython's order.
func tupleHash(hashes []int64) int64 {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, h := range hashes {
		acc += uint64(h) * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(hashes)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

// identityHash is the default hash of objects: their address, as CPython
// uses (rotated to spread the low bits that alignment keeps zero).
func identityHash(p unsafe.Pointer) int64 {
	y := uint64(uintptr(p))
	return int64(y>>4 | y<<60)
}

// hash is hash(v). A user __hash__ runs in a nested loop: the places
// that hash (dicts and sets) are the one exception LANGUAGE.md allows.
func (vm *VM) hash(v Value) (int64, error) {
	switch x := v.(type) {
	case Str:
		return strHash(string(x)), nil
	case Int:
		return intHash(int64(x)), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *big.Int:
		return bigHash(x), nil
	case Float:
		return floatHash(float64(x)), nil
	case Bytes:
		return strHash(string(x)), nil
	case NoneType:
		return 0xFCA86420, nil
	case Tuple:
		hs := make([]int64, len(x))
		for i, item := range x {
			h, err := vm.hash(item)
			if err != nil {
				return 0, err
			}
			hs[i] = h
		}
		return tupleHash(hs), nil
	case *List, *Dict:
		return 0, Errorf(TypeError, "unhashable type: '%s'", typeName(v))
	case *Set:
		if !x.frozen {
			return 0, Errorf(TypeError, "unhashable type: 'set'")
		}
		return frozensetHash(x), nil
	case *Range:
		return tupleHash([]int64{intHash(x.Start), intHash(x.Stop), intHash(x.Step)}), nil
	case *Type:
		return identityHash(unsafe.Pointer(x)), nil
	case *Function:
		return identityHash(unsafe.Pointer(x)), nil
	case *Builtin:
		return identityHash(unsafe.Pointer(x)), nil
	}
	cls := TypeOf(v)
	if hf, ok := cls.Lookup("__hash__"); ok && hf != objectHash {
		if hf == None {
			return 0, Errorf(TypeError, "unhashable type: '%s'", cls.Name)
		}
		r, found, err := vm.callSpecial(v, "__hash__")
		if found || err != nil {
			r, err = vm.finishNested(r, err)
			if err != nil {
				return 0, err
			}
			i, ok := intValue(r)
			if !ok {
				return 0, Errorf(TypeError, "__hash__ method should return an integer")
			}
			if b, ok := i.(*big.Int); ok {
				return bigHash(b), nil
			}
			return intHash(int64(i.(Int))), nil
		}
	}
	if inst, ok := v.(*Instance); ok {
		if inst.Payload != nil && !cls.hasUserEq() {
			return vm.hash(inst.Payload)
		}
		return identityHash(unsafe.Pointer(inst)), nil
	}
	return identityHash(valuePointer(v)), nil
}

// hasUserEq reports whether a class defines __eq__ in Python.
func (t *Type) hasUserEq() bool {
	eq, owner := t.lookupOwner("__eq__")
	_, isFunc := eq.(*Function)
	return owner != nil && isFunc
}

// frozensetHash is CPython's frozenset hash (order-independent, with its
// bit shuffling), so that sets of frozensets order as in CPython.
func frozensetHash(s *Set) int64 {
	if s.hash != 0 {
		return s.hash
	}
	var h uint64
	s.entries(func(e setEntry) bool {
		x := uint64(e.hash)
		h ^= ((x ^ 89869747) ^ (x << 16)) * 3644798167
		return true
	})
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		h = 590923713
	}
	s.hash = int64(h)
	return s.hash
}

// valuePointer returns the address behind a pointer-shaped value, for
// identity.
func valuePointer(v Value) unsafe.Pointer {
	type iface struct {
		typ, data unsafe.Pointer
	}
	return (*iface)(unsafe.Pointer(&v)).data
}
