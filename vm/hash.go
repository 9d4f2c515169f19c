package vm

import (
	"hash/maphash"
	"math/big"
	"unsafe"

	"tasklet/vm/pyformat"
)

// Numbers hash as CPython's do (modulo the Mersenne prime 2**61 - 1, so
// that equal ints and floats hash alike), and so do tuples and
// frozensets: sets iterate in hash order, so these values are visible to
// programs. pyformat holds the arithmetic.
func intHash(v int64) int64 { return pyformat.HashInt64(v) }

func bigHash(v *big.Int) int64 { return pyformat.HashInt(v) }

func floatHash(f float64) int64 {
	h, _ := pyformat.HashFloat(f)
	return h
}

func tupleHash(hashes []int64) int64 { return pyformat.HashTuple(hashes) }

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

// identityHash is the default hash of objects: their address, mixed as
// CPython mixes it.
func identityHash(p unsafe.Pointer) int64 { return pyformat.HashIdentity(uint64(uintptr(p))) }

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
			// An int that fits is the hash itself, as in CPython (-1 is
			// reserved).
			h := int64(i.(Int))
			if h == -1 {
				h = -2
			}
			return h, nil
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

// frozensetHash is CPython's frozenset hash (order-independent), cached.
func frozensetHash(s *Set) int64 {
	if s.hash != 0 {
		return s.hash
	}
	var hs []int64
	s.entries(func(e setEntry) bool {
		hs = append(hs, e.hash)
		return true
	})
	s.hash = pyformat.HashFrozenset(hs)
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
