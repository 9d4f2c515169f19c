package vm

import (
	"math"
	"math/big"
	"strings"
	"unsafe"

	"tasklet/vm/compile"
)

// binaryOp applies a binary operator, with the in-place form first when
// inplace is set, then the forward and reflected special methods.
func (vm *VM) binaryOp(op compile.BinOp, x, y Value, inplace bool) (Value, error) {
	if r, ok, err := vm.builtinBinary(op, x, y, inplace); ok || err != nil {
		return r, err
	}
	fwd, ref, ip := op.Methods()
	if inplace {
		if r, found, err := vm.callSpecial(x, ip, y); found || err != nil {
			return then(r, err, func(r Value) (Value, error) {
				if r != NotImplemented {
					return r, nil
				}
				return vm.binaryDispatch(op, x, y, fwd, ref, inplace)
			})
		}
	}
	return vm.binaryDispatch(op, x, y, fwd, ref, inplace)
}

func (vm *VM) binaryDispatch(op compile.BinOp, x, y Value, fwd, ref string, inplace bool) (Value, error) {
	tx, ty := TypeOf(x), TypeOf(y)
	tryRef := func() (Value, error) {
		if tx == ty {
			return nil, binaryTypeError(op, x, y, inplace)
		}
		r, found, err := vm.callSpecial(y, ref, x)
		if !found && err == nil {
			return nil, binaryTypeError(op, x, y, inplace)
		}
		return then(r, err, func(r Value) (Value, error) {
			if r == NotImplemented {
				return nil, binaryTypeError(op, x, y, inplace)
			}
			return r, nil
		})
	}
	// A subclass that overrides the reflected method goes first.
	if tx != ty && ty.IsSubtype(tx) {
		if _, owner := ty.lookupOwner(ref); owner != nil && owner != tx {
			if _, xowner := tx.lookupOwner(ref); xowner != owner {
				r, _, err := vm.callSpecial(y, ref, x)
				return then(r, err, func(r Value) (Value, error) {
					if r != NotImplemented {
						return r, nil
					}
					r2, found, err := vm.callSpecial(x, fwd, y)
					if !found && err == nil {
						return nil, binaryTypeError(op, x, y, inplace)
					}
					return then(r2, err, func(r2 Value) (Value, error) {
						if r2 == NotImplemented {
							return nil, binaryTypeError(op, x, y, inplace)
						}
						return r2, nil
					})
				})
			}
		}
	}
	r, found, err := vm.callSpecial(x, fwd, y)
	if !found && err == nil {
		return tryRef()
	}
	return then(r, err, func(r Value) (Value, error) {
		if r == NotImplemented {
			return tryRef()
		}
		return r, nil
	})
}

// binaryTypeError is the TypeError of x op y (of x op= y when inplace)
// with CPython's message.
func binaryTypeError(op compile.BinOp, x, y Value, inplace bool) error {
	isSeq := func(v Value) bool {
		switch v.(type) {
		case Str, *List, Tuple, Bytes:
			return true
		}
		return false
	}
	if op == compile.Mul && (isSeq(x) || isSeq(y) && !inplace) {
		other := y
		if !isSeq(x) {
			other = x
		}
		return Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", typeName(other))
	}
	if op == compile.Add {
		if _, ok := x.(Bytes); ok {
			return Errorf(TypeError, "can't concat %s to bytes", typeName(y))
		}
	}
	if op == compile.Pow && !inplace {
		return Errorf(TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", typeName(x), typeName(y))
	}
	if op == compile.Mod {
		if _, ok := x.(Str); ok {
			return Errorf(TypeError, "not all arguments converted during string formatting")
		}
	}
	if op == compile.Add {
		if _, ok := x.(Str); ok {
			return Errorf(TypeError, "can only concatenate str (not \"%s\") to str", typeName(y))
		}
		if _, ok := x.(*List); ok {
			return Errorf(TypeError, "can only concatenate list (not \"%s\") to list", typeName(y))
		}
		if _, ok := x.(Tuple); ok {
			return Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", typeName(y))
		}
	}
	if inplace {
		return Errorf(TypeError, "unsupported operand type(s) for %s=: '%s' and '%s'", op, typeName(x), typeName(y))
	}
	return Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, typeName(x), typeName(y))
}

// builtinBinary handles operators between built-in values directly.
func (vm *VM) builtinBinary(op compile.BinOp, x, y Value, inplace bool) (Value, bool, error) {
	if a, ok := x.(Bool); ok {
		if b, ok := y.(Bool); ok {
			switch op {
			case compile.And:
				return a && b, true, nil
			case compile.Or:
				return a || b, true, nil
			case compile.Xor:
				return Bool(a != b), true, nil
			}
		}
	}
	switch a := x.(type) {
	case Int, Bool, *big.Int, Float:
		switch y.(type) {
		case Int, Bool, *big.Int, Float:
			if vm.limits.maxInstructions > 0 {
				vm.chargeIntOp(op, x, y)
			}
			if op == compile.Pow {
				if r, ok := intPow(x, y); ok {
					return r, true, nil
				}
			}
			return numberOp(op, x, y)
		case Str, *List, Tuple, Bytes:
			if op == compile.Mul {
				return vm.builtinBinary(op, y, x, false)
			}
		}
	case Str:
		switch op {
		case compile.Add:
			if b, ok := y.(Str); ok {
				return vm.concat.concat(a, b), true, nil
			}
		case compile.Mul:
			n, ok := repeatCount(y)
			if !ok {
				if i, isIndex, err := vm.index(y); isIndex || err != nil {
					if err != nil {
						return nil, true, err
					}
					n, ok = i, true
				}
			}
			if ok {
				if n <= 0 {
					return Str(""), true, nil
				}
				if err := vm.reserve(n, int64(len(a))); err != nil {
					return nil, true, err
				}
				return Str(strings.Repeat(string(a), int(n))), true, nil
			}
		case compile.Mod:
			r, err := vm.percentFormat(a, y)
			return r, true, err
		}
	case Bytes:
		switch op {
		case compile.Add:
			if b, ok := y.(Bytes); ok {
				return a + b, true, nil
			}
		case compile.Mul:
			if n, ok := repeatCount(y); ok {
				if n <= 0 {
					return Bytes(""), true, nil
				}
				if err := vm.reserve(n, int64(len(a))); err != nil {
					return nil, true, err
				}
				return Bytes(strings.Repeat(string(a), int(n))), true, nil
			}
		}
	case *List:
		switch op {
		case compile.Add:
			if b, ok := y.(*List); ok {
				if inplace {
					a.Items = append(a.Items, b.Items...)
					return a, true, nil
				}
				items := make([]Value, 0, len(a.Items)+len(b.Items))
				items = append(append(items, a.Items...), b.Items...)
				return &List{Items: items}, true, nil
			}
			if inplace {
				r, err := vm.extendList(a, y)
				r, err = then(r, err, func(Value) (Value, error) { return a, nil })
				return r, true, err
			}
		case compile.Mul:
			if n, ok := repeatCount(y); ok {
				if err := vm.reserve(max(n, 0), int64(len(a.Items))*valueBytes); err != nil {
					return nil, true, err
				}
				items := repeatItems(a.Items, n)
				if inplace {
					a.Items = items
					return a, true, nil
				}
				return &List{Items: items}, true, nil
			}
		}
	case Tuple:
		switch op {
		case compile.Add:
			if b, ok := y.(Tuple); ok {
				t := make(Tuple, 0, len(a)+len(b))
				return append(append(t, a...), b...), true, nil
			}
		case compile.Mul:
			if n, ok := repeatCount(y); ok {
				if err := vm.reserve(max(n, 0), int64(len(a))*valueBytes); err != nil {
					return nil, true, err
				}
				return Tuple(repeatItems(a, n)), true, nil
			}
		}
	case *Set:
		if b, ok := y.(*Set); ok {
			r, ok, err := vm.setOp(op, a, b, inplace)
			return r, ok, err
		}
	case *Dict:
		if op == compile.Or {
			if b, ok := y.(*Dict); ok {
				if inplace {
					return a, true, vm.dictUpdate(a, b)
				}
				d := a.Copy()
				return d, true, vm.dictUpdate(d, b)
			}
			if inplace {
				r, err := vm.dictUpdateFrom(a, y)
				r, err = then(r, err, func(Value) (Value, error) { return a, nil })
				return r, true, err
			}
		}
	}
	return nil, false, nil
}

func (vm *VM) dictUpdate(d, src *Dict) error {
	var err error
	src.Items(func(k, v Value) bool {
		err = d.Set(vm, k, v)
		return err == nil
	})
	return err
}

func repeatCount(v Value) (int64, bool) {
	if inst, ok := v.(*Instance); ok {
		if n, ok := inst.Payload.(Int); ok {
			return int64(n), true
		}
	}
	switch n := v.(type) {
	case Int:
		return int64(n), true
	case Bool:
		if n {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func repeatItems(items []Value, n int64) []Value {
	if n <= 0 || len(items) == 0 {
		return nil
	}
	out := make([]Value, 0, int64(len(items))*n)
	for i := int64(0); i < n; i++ {
		out = append(out, items...)
	}
	return out
}

// intPow handles int ** int, which gives a float for negative exponents.
func intPow(x, y Value) (Value, bool) {
	a, aok := intValue(x)
	b, bok := intValue(y)
	if !aok || !bok {
		return nil, false
	}
	ai, ok1 := a.(Int)
	bi, ok2 := b.(Int)
	if ok1 && ok2 && bi >= 0 && bi < 64 {
		r := Int(1)
		base := ai
		e := bi
		overflow := false
		for e > 0 {
			if e&1 == 1 {
				nr, ok := intFast(compile.Mul, r, base)
				if !ok {
					overflow = true
					break
				}
				r = nr
			}
			e >>= 1
			if e > 0 {
				nb, ok := intFast(compile.Mul, base, base)
				if !ok {
					overflow = true
					break
				}
				base = nb
			}
		}
		if !overflow {
			return r, true
		}
	}
	return nil, false
}

// unaryOp applies -x, +x or ~x.
func (vm *VM) unaryOp(op compile.Opcode, x Value) (Value, error) {
	switch v := x.(type) {
	case Int:
		switch op {
		case compile.UNARY_NEGATIVE:
			if v == math.MinInt64 {
				return new(big.Int).Neg(big.NewInt(int64(v))), nil
			}
			return -v, nil
		case compile.UNARY_POSITIVE:
			return v, nil
		case compile.UNARY_INVERT:
			return ^v, nil
		}
	case Bool:
		return vm.unaryOp(op, Int(map[bool]Int{true: 1, false: 0}[bool(v)]))
	case *big.Int:
		switch op {
		case compile.UNARY_NEGATIVE:
			return MakeInt(new(big.Int).Neg(v)), nil
		case compile.UNARY_POSITIVE:
			return v, nil
		case compile.UNARY_INVERT:
			return MakeInt(new(big.Int).Not(v)), nil
		}
	case Float:
		switch op {
		case compile.UNARY_NEGATIVE:
			return -v, nil
		case compile.UNARY_POSITIVE:
			return v, nil
		}
	}
	name := map[compile.Opcode]string{compile.UNARY_NEGATIVE: "__neg__", compile.UNARY_POSITIVE: "__pos__", compile.UNARY_INVERT: "__invert__"}[op]
	if r, found, err := vm.callSpecial(x, name); found || err != nil {
		return r, err
	}
	sym := map[compile.Opcode]string{compile.UNARY_NEGATIVE: "-", compile.UNARY_POSITIVE: "+", compile.UNARY_INVERT: "~"}[op]
	return nil, Errorf(TypeError, "bad operand type for unary %s: '%s'", sym, typeName(x))
}

// truth returns Bool(bool(v)), or a pending call to __bool__ or __len__.
func (vm *VM) truth(v Value) (Value, error) {
	switch x := v.(type) {
	case Bool:
		return x, nil
	case NoneType:
		return False, nil
	case Int:
		return Bool(x != 0), nil
	case *big.Int:
		return Bool(x.Sign() != 0), nil
	case Float:
		return Bool(x != 0), nil
	case Str:
		return Bool(len(x) != 0), nil
	case Bytes:
		return Bool(len(x) != 0), nil
	case Tuple:
		return Bool(len(x) != 0), nil
	case *List:
		return Bool(len(x.Items) != 0), nil
	case *Dict:
		return Bool(x.Len() != 0), nil
	case *Set:
		return Bool(x.Len() != 0), nil
	case *Range:
		return Bool(x.Len() != 0), nil
	case *Function, *Builtin, *Method, *Type, *Module:
		return True, nil
	}
	if r, found, err := vm.callSpecial(v, "__bool__"); found || err != nil {
		return then(r, err, func(r Value) (Value, error) {
			if b, ok := r.(Bool); ok {
				return b, nil
			}
			return nil, Errorf(TypeError, "__bool__ should return bool, returned %s", typeName(r))
		})
	}
	if r, found, err := vm.callSpecial(v, "__len__"); found || err != nil {
		return then(r, err, func(r Value) (Value, error) {
			n, err := vm.lenResult(r)
			if err != nil {
				return nil, err
			}
			return Bool(n != 0), nil
		})
	}
	if inst, ok := v.(*Instance); ok && inst.Payload != nil {
		return vm.truth(inst.Payload)
	}
	return True, nil
}

// lenResult checks what a __len__ returned.
func (vm *VM) lenResult(r Value) (int, error) {
	i, ok := intValue(r)
	if !ok {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(r))
	}
	n, ok := i.(Int)
	if !ok {
		return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if n < 0 {
		return 0, Errorf(ValueError, "__len__() should return >= 0")
	}
	return int(n), nil
}

// identical reports whether two values are the same object, without the
// panic of == on two tuples (slices are not comparable in Go).
func identical(a, b Value) bool {
	if x, ok := a.(Tuple); ok {
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	}
	if _, ok := b.(Tuple); ok {
		return false
	}
	return a == b
}

// is is Python's identity test. Immutable values of the built-in types
// compare by value where CPython would share the object.
func is(x, y Value) bool {
	switch a := x.(type) {
	case NoneType, Bool, EllipsisType, NotImplementedType:
		return x == y
	case Int:
		b, ok := y.(Int)
		return ok && a == b && a >= -5 && a <= 256
	case Str:
		b, ok := y.(Str)
		return ok && a == b && (len(a) <= 1 || unsafe.StringData(string(a)) == unsafe.StringData(string(b)))
	case Tuple:
		b, ok := y.(Tuple)
		return ok && len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
	case Float:
		return false
	case *big.Int:
		return x == y
	}
	switch y.(type) {
	case Int, Str, Tuple, Float, NoneType, Bool:
		return false
	}
	return x == y
}

// compare applies a rich comparison.
func (vm *VM) compare(op compile.CmpOp, x, y Value) (Value, error) {
	if r, ok := numberCompare(op, x, y); ok {
		if _, isInst := x.(*Instance); !isInst {
			if _, isInst := y.(*Instance); !isInst {
				return Bool(r), nil
			}
		}
	}
	switch a := x.(type) {
	case Str:
		if b, ok := y.(Str); ok {
			return Bool(cmpResult(op, strings.Compare(string(a), string(b)))), nil
		}
	case Bytes:
		if b, ok := y.(Bytes); ok {
			return Bool(cmpResult(op, strings.Compare(string(a), string(b)))), nil
		}
	case Tuple:
		if b, ok := y.(Tuple); ok {
			return vm.compareSeq(op, a, b)
		}
	case *List:
		if b, ok := y.(*List); ok {
			return vm.compareSeq(op, a.Items, b.Items)
		}
	case *Dict:
		if b, ok := y.(*Dict); ok && (op == compile.Eq || op == compile.Ne) {
			r, err := vm.dictEqual(a, b)
			return then(r, err, func(r Value) (Value, error) {
				return Bool(bool(r.(Bool)) == (op == compile.Eq)), nil
			})
		}
	case *Set:
		if b, ok := y.(*Set); ok {
			return vm.setCompare(op, a, b)
		}
	case NoneType, Bool, *Function, *Builtin, *Type, *Module:
		if op == compile.Eq || op == compile.Ne {
			if _, isInst := y.(*Instance); !isInst {
				return Bool((x == y) == (op == compile.Eq)), nil
			}
		}
	}
	return vm.richCompare(op, x, y)
}

// richCompare dispatches to __lt__ and friends, the reflection, and the
// identity fallback for == and !=.
func (vm *VM) richCompare(op compile.CmpOp, x, y Value) (Value, error) {
	tx, ty := TypeOf(x), TypeOf(y)
	name, swapped := op.Method(), op.Swapped().Method()
	fallback := func() (Value, error) {
		switch op {
		case compile.Eq:
			return Bool(is(x, y) || x == y), nil
		case compile.Ne:
			return Bool(!(is(x, y) || x == y)), nil
		}
		return nil, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'", op, tx.Name, ty.Name)
	}
	tryReflected := func() (Value, error) {
		r, found, err := vm.callSpecial(y, swapped, x)
		if !found && err == nil {
			return fallback()
		}
		return then(r, err, func(r Value) (Value, error) {
			if r == NotImplemented {
				return fallback()
			}
			return r, nil
		})
	}
	if tx != ty && ty.IsSubtype(tx) {
		if _, owner := ty.lookupOwner(swapped); owner != nil && owner != objectType {
			r, _, err := vm.callSpecial(y, swapped, x)
			return then(r, err, func(r Value) (Value, error) {
				if r != NotImplemented {
					return r, nil
				}
				r2, found, err := vm.callSpecial(x, name, y)
				if !found && err == nil {
					return fallback()
				}
				return then(r2, err, func(r2 Value) (Value, error) {
					if r2 == NotImplemented {
						return fallback()
					}
					return r2, nil
				})
			})
		}
	}
	r, found, err := vm.callSpecial(x, name, y)
	if !found && err == nil {
		return tryReflected()
	}
	return then(r, err, func(r Value) (Value, error) {
		if r == NotImplemented {
			return tryReflected()
		}
		return r, nil
	})
}

func cmpResult(op compile.CmpOp, c int) bool {
	switch op {
	case compile.Lt:
		return c < 0
	case compile.Le:
		return c <= 0
	case compile.Eq:
		return c == 0
	case compile.Ne:
		return c != 0
	case compile.Gt:
		return c > 0
	}
	return c >= 0
}

// compareSeq compares two sequences lexicographically, calling user
// comparisons through the loop where the items need them.
func (vm *VM) compareSeq(op compile.CmpOp, a, b []Value) (Value, error) {
	if (op == compile.Eq || op == compile.Ne) && len(a) != len(b) {
		return Bool(op == compile.Ne), nil
	}
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		for ; i < len(a) && i < len(b); i++ {
			if is(a[i], b[i]) || identical(a[i], b[i]) {
				continue
			}
			eq, err := vm.equal(a[i], b[i])
			if _, isPending := eq.(*pending); isPending || err != nil {
				j := i
				return then(eq, err, func(eq Value) (Value, error) {
					if bool(eq.(Bool)) {
						return step(j + 1)
					}
					return vm.finishSeqCompare(op, a[j], b[j])
				})
			}
			if !bool(eq.(Bool)) {
				return vm.finishSeqCompare(op, a[i], b[i])
			}
		}
		return Bool(cmpResult(op, len(a)-len(b))), nil
	}
	return step(0)
}

func (vm *VM) finishSeqCompare(op compile.CmpOp, x, y Value) (Value, error) {
	switch op {
	case compile.Eq:
		return False, nil
	case compile.Ne:
		return True, nil
	}
	r, err := vm.compare(op, x, y)
	return then(r, err, func(r Value) (Value, error) { return vm.truth(r) })
}

// equal is x == y as a Bool (or a pending call).
func (vm *VM) equal(x, y Value) (Value, error) {
	if is(x, y) {
		if f, ok := x.(Float); ok && math.IsNaN(float64(f)) {
			return False, nil
		}
		return True, nil
	}
	r, err := vm.compare(compile.Eq, x, y)
	return then(r, err, func(r Value) (Value, error) { return vm.truth(r) })
}

// equalNested is equal run to completion, for dicts and sets: a user
// __eq__ runs in a nested loop (the one place LANGUAGE.md allows).
func (vm *VM) equalNested(x, y Value) (bool, error) {
	switch a := x.(type) {
	case Str:
		b, ok := y.(Str)
		return ok && a == b, nil
	case Int:
		if b, ok := y.(Int); ok {
			return a == b, nil
		}
	}
	r, err := vm.equal(x, y)
	r, err = vm.finishNested(r, err)
	if err != nil {
		return false, err
	}
	return bool(r.(Bool)), nil
}

// contains is item in container.
func (vm *VM) contains(container, item Value) (Value, error) {
	switch c := container.(type) {
	case *List:
		return vm.anyEqual(c.Items, item)
	case Tuple:
		return vm.anyEqual(c, item)
	case *Dict:
		_, ok, err := c.Get(vm, item)
		return Bool(ok), err
	case *Set:
		ok, err := c.Contains(vm, item)
		return Bool(ok), err
	case Str:
		s, ok := item.(Str)
		if !ok {
			return nil, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", typeName(item))
		}
		return Bool(strings.Contains(string(c), string(s))), nil
	case Bytes:
		switch s := item.(type) {
		case Bytes:
			return Bool(strings.Contains(string(c), string(s))), nil
		case Int:
			return Bool(strings.IndexByte(string(c), byte(s)) >= 0), nil
		}
		return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", typeName(item))
	case *Range:
		if i, ok := item.(Int); ok {
			return Bool(rangeContains(c, int64(i))), nil
		}
	}
	if r, found, err := vm.callSpecial(container, "__contains__", item); found || err != nil {
		return then(r, err, func(r Value) (Value, error) { return vm.truth(r) })
	}
	if inst, ok := container.(*Instance); ok && inst.Payload != nil {
		return vm.contains(inst.Payload, item)
	}
	// Fall back to iteration.
	found := false
	it, err := vm.getIter(container)
	if err != nil {
		if isException(err, TypeError) {
			return nil, Errorf(TypeError, "argument of type '%s' is not iterable", typeName(container))
		}
		return nil, err
	}
	return then(it, nil, func(it Value) (Value, error) {
		return vm.forEach(it, func(v Value) (Value, error) {
			eq, err := vm.equal(v, item)
			return then(eq, err, func(eq Value) (Value, error) {
				if bool(eq.(Bool)) {
					found = true
					return stopIter, nil
				}
				return nil, nil
			})
		}, func() (Value, error) { return Bool(found), nil })
	})
}

func rangeContains(r *Range, i int64) bool {
	if r.Step > 0 {
		return i >= r.Start && i < r.Stop && (i-r.Start)%r.Step == 0
	}
	return i <= r.Start && i > r.Stop && (r.Start-i)%(-r.Step) == 0
}

// anyEqual reports whether any item equals x.
func (vm *VM) anyEqual(items []Value, x Value) (Value, error) {
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		for ; i < len(items); i++ {
			if is(items[i], x) {
				return True, nil
			}
			eq, err := vm.equal(items[i], x)
			if _, isPending := eq.(*pending); isPending || err != nil {
				j := i
				return then(eq, err, func(eq Value) (Value, error) {
					if bool(eq.(Bool)) {
						return True, nil
					}
					return step(j + 1)
				})
			}
			if bool(eq.(Bool)) {
				return True, nil
			}
		}
		return False, nil
	}
	return step(0)
}
