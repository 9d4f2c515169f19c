package vm

import (
	"math/big"
	"strings"

	"tasklet/vm/compile"
	"tasklet/vm/pystr"
)

// index converts an index operand to an int, calling __index__ for other
// objects.
func (vm *VM) index(v Value) (int64, bool, error) {
	switch x := v.(type) {
	case Int:
		return int64(x), true, nil
	case Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case *big.Int:
		return 0, true, Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
	case *Instance:
		if i, ok := intValue(x); ok {
			if n, ok := i.(Int); ok {
				return int64(n), true, nil
			}
		}
		if r, found, err := vm.callSpecial(v, "__index__"); found || err != nil {
			r, err = vm.finishNested(r, err)
			if err != nil {
				return 0, true, err
			}
			if n, ok := r.(Int); ok {
				return int64(n), true, nil
			}
			return 0, true, Errorf(TypeError, "__index__ returned non-int (type %s)", typeName(r))
		}
	}
	return 0, false, nil
}

// intArg is an int argument of a built-in (a count, a size), with
// CPython's TypeError for what is not an integer.
func (vm *VM) intArg(v Value) (int, error) {
	n, ok, err := vm.index(v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(v))
	}
	return int(n), nil
}

// sliceIndices resolves a slice against a sequence of length n.
func (vm *VM) sliceIndices(s *Slice, n int) (start, step, count int, err error) {
	get := func(v Value) (*int, error) {
		if v == None {
			return nil, nil
		}
		i, ok, err := vm.index(v)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		x := int(i)
		if int64(x) != i || i > 1<<62 {
			x = 1 << 62
			if i < 0 {
				x = -x
			}
		}
		return &x, nil
	}
	a, err := get(s.Start)
	if err != nil {
		return 0, 0, 0, err
	}
	b, err := get(s.Stop)
	if err != nil {
		return 0, 0, 0, err
	}
	c, err := get(s.Step)
	if err != nil {
		return 0, 0, 0, err
	}
	start, step, count, perr := pystr.SliceIndices(n, a, b, c)
	if perr != nil {
		return 0, 0, 0, Errorf(ValueError, "slice step cannot be zero")
	}
	return start, step, count, nil
}

func sliceItems(items []Value, start, step, count int) []Value {
	out := make([]Value, count)
	for i := 0; i < count; i++ {
		out[i] = items[start+i*step]
	}
	return out
}

func seqIndex(i int64, n int, what string) (int, error) {
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, Errorf(IndexError, "%s index out of range", what)
	}
	return int(i), nil
}

// getItem is x[key].
func (vm *VM) getItem(x, key Value) (Value, error) {
	switch c := x.(type) {
	case *List:
		return vm.seqGetItem(c.Items, key, "list", func(items []Value) Value { return &List{Items: items} })
	case Tuple:
		return vm.seqGetItem(c, key, "tuple", func(items []Value) Value { return Tuple(items) })
	case *Dict:
		v, ok, err := c.Get(vm, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, newException(KeyError, key)
		}
		return v, nil
	case Str:
		return vm.strGetItem(c, key)
	case Bytes:
		if s, ok := key.(*Slice); ok {
			start, step, count, err := vm.sliceIndices(s, len(c))
			if err != nil {
				return nil, err
			}
			var sb strings.Builder
			for i := 0; i < count; i++ {
				sb.WriteByte(c[start+i*step])
			}
			return Bytes(sb.String()), nil
		}
		i, ok, err := vm.index(key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "byte indices must be integers or slices, not %s", typeName(key))
		}
		j, err := seqIndex(i, len(c), "index")
		if err != nil {
			return nil, err
		}
		return Int(c[j]), nil
	case *Range:
		return vm.rangeGetItem(c, key)
	case *Type:
		if r, found, err := vm.callClassGetItem(c, key); found {
			return r, err
		}
	}
	if r, found, err := vm.callSpecial(x, "__getitem__", key); found || err != nil {
		return r, err
	}
	if inst, ok := x.(*Instance); ok && inst.Payload != nil {
		return vm.getItem(inst.Payload, key)
	}
	if _, ok := x.(*Type); ok {
		return nil, Errorf(TypeError, "type '%s' is not subscriptable", x.(*Type).Name)
	}
	return nil, Errorf(TypeError, "'%s' object is not subscriptable", typeName(x))
}

// callClassGetItem supports list[int] and similar annotations, which only
// need to evaluate to something.
func (vm *VM) callClassGetItem(c *Type, key Value) (Value, bool, error) {
	if cg, ok := c.Lookup("__class_getitem__"); ok {
		m, err := vm.bind(cg, nil, c)
		r, err := then(m, err, func(m Value) (Value, error) { return vm.callValue(m, []Value{key}, nil) })
		return r, true, err
	}
	if c.builtin && (c == listType || c == dictType || c == tupleType || c == setType || c == frozensetType || c == typeType) {
		return c, true, nil
	}
	return nil, false, nil
}

func (vm *VM) seqGetItem(items []Value, key Value, what string, make func([]Value) Value) (Value, error) {
	if s, ok := key.(*Slice); ok {
		start, step, count, err := vm.sliceIndices(s, len(items))
		if err != nil {
			return nil, err
		}
		return make(sliceItems(items, start, step, count)), nil
	}
	i, ok, err := vm.index(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "%s indices must be integers or slices, not %s", what, typeName(key))
	}
	j, err := seqIndex(i, len(items), what)
	if err != nil {
		return nil, err
	}
	return items[j], nil
}

func (vm *VM) strGetItem(s Str, key Value) (Value, error) {
	t := pystr.NewText(string(s))
	if sl, ok := key.(*Slice); ok {
		start, step, count, err := vm.sliceIndices(sl, t.Len())
		if err != nil {
			return nil, err
		}
		return Str(t.Slice(start, step, count)), nil
	}
	i, ok, err := vm.index(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "string indices must be integers, not '%s'", typeName(key))
	}
	j, err := seqIndex(i, t.Len(), "string")
	if err != nil {
		return nil, err
	}
	return Str(t.At(j)), nil
}

func (vm *VM) rangeGetItem(r *Range, key Value) (Value, error) {
	n := r.Len()
	if s, ok := key.(*Slice); ok {
		start, step, count, err := vm.sliceIndices(s, int(n))
		if err != nil {
			return nil, err
		}
		first := r.Start + int64(start)*r.Step
		st := r.Step * int64(step)
		return &Range{Start: first, Stop: first + int64(count)*st, Step: st}, nil
	}
	i, ok, err := vm.index(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "range indices must be integers or slices, not %s", typeName(key))
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "range object index out of range")
	}
	return Int(r.Start + i*r.Step), nil
}

// setItem is x[key] = v.
func (vm *VM) setItem(x, key, v Value) (Value, error) {
	switch c := x.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			return vm.listSetSlice(c, s, v)
		}
		i, ok, err := vm.index(key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "list indices must be integers or slices, not %s", typeName(key))
		}
		j, err := seqIndex(i, len(c.Items), "list assignment")
		if err != nil {
			return nil, err
		}
		c.Items[j] = v
		return nil, nil
	case *Dict:
		return nil, c.Set(vm, key, v)
	}
	if r, found, err := vm.callSpecial(x, "__setitem__", key, v); found || err != nil {
		return r, err
	}
	if inst, ok := x.(*Instance); ok && inst.Payload != nil {
		return vm.setItem(inst.Payload, key, v)
	}
	return nil, Errorf(TypeError, "'%s' object does not support item assignment", typeName(x))
}

func (vm *VM) listSetSlice(l *List, s *Slice, v Value) (Value, error) {
	return vm.collect(v, func(items []Value) (Value, error) {
		start, step, count, err := vm.sliceIndices(s, len(l.Items))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			stop := start + count
			out := make([]Value, 0, len(l.Items)-count+len(items))
			out = append(out, l.Items[:start]...)
			out = append(out, items...)
			out = append(out, l.Items[stop:]...)
			l.Items = out
			return nil, nil
		}
		if len(items) != count {
			return nil, Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), count)
		}
		for i := 0; i < count; i++ {
			l.Items[start+i*step] = items[i]
		}
		return nil, nil
	})
}

// delItem is del x[key].
func (vm *VM) delItem(x, key Value) (Value, error) {
	switch c := x.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			start, step, count, err := vm.sliceIndices(s, len(c.Items))
			if err != nil {
				return nil, err
			}
			if step < 0 {
				start, step = start+(count-1)*step, -step
			}
			del := map[int]bool{}
			for i := 0; i < count; i++ {
				del[start+i*step] = true
			}
			out := c.Items[:0]
			for i, item := range c.Items {
				if !del[i] {
					out = append(out, item)
				}
			}
			clear(c.Items[len(out):])
			c.Items = out
			return nil, nil
		}
		i, ok, err := vm.index(key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "list indices must be integers or slices, not %s", typeName(key))
		}
		j, err := seqIndex(i, len(c.Items), "list assignment")
		if err != nil {
			return nil, err
		}
		copy(c.Items[j:], c.Items[j+1:])
		c.Items[len(c.Items)-1] = nil
		c.Items = c.Items[:len(c.Items)-1]
		return nil, nil
	case *Dict:
		ok, err := c.Delete(vm, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, newException(KeyError, key)
		}
		return nil, nil
	}
	if r, found, err := vm.callSpecial(x, "__delitem__", key); found || err != nil {
		return r, err
	}
	if inst, ok := x.(*Instance); ok && inst.Payload != nil {
		return vm.delItem(inst.Payload, key)
	}
	return nil, Errorf(TypeError, "'%s' object doesn't support item deletion", typeName(x))
}

// unpack splits v into exactly n items (UNPACK_SEQUENCE) or into
// before + a list + after items (UNPACK_EX, arg = before | after<<8).
// The result is a Tuple of what goes on the stack, first item first.
func (vm *VM) unpack(v Value, starred bool, arg int) (Value, error) {
	if _, err := vm.getIterNoCall(v); err != nil {
		return nil, Errorf(TypeError, "cannot unpack non-iterable %s object", typeName(v))
	}
	return vm.collect(v, func(items []Value) (Value, error) {
		if !starred {
			if len(items) < arg {
				return nil, Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", arg, len(items))
			}
			if len(items) > arg {
				return nil, Errorf(ValueError, "too many values to unpack (expected %d)", arg)
			}
			return Tuple(items), nil
		}
		before, after := arg&0xff, arg>>8
		if len(items) < before+after {
			return nil, Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
		}
		out := make(Tuple, 0, before+after+1)
		out = append(out, items[:before]...)
		out = append(out, &List{Items: append([]Value(nil), items[before:len(items)-after]...)})
		out = append(out, items[len(items)-after:]...)
		return out, nil
	})
}

// extendCollection runs LIST_EXTEND, SET_UPDATE, DICT_UPDATE and
// DICT_MERGE.
func (vm *VM) extendCollection(op compile.Opcode, target, src Value) (Value, error) {
	switch op {
	case compile.LIST_EXTEND:
		return vm.extendList(target.(*List), src)
	case compile.SET_UPDATE:
		return vm.setUpdate(target.(*Set), src)
	case compile.DICT_UPDATE:
		return vm.dictUpdateFrom(target.(*Dict), src)
	}
	d := target.(*Dict)
	m, ok := src.(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "argument after ** must be a mapping, not %s", typeName(src))
	}
	var err error
	m.Items(func(k, v Value) bool {
		if _, dup, _ := d.Get(vm, k); dup {
			err = Errorf(TypeError, "got multiple values for keyword argument '%s'", strSimple(k))
			return false
		}
		if _, isStr := k.(Str); !isStr {
			err = Errorf(TypeError, "keywords must be strings")
			return false
		}
		err = d.Set(vm, k, v)
		return err == nil
	})
	return nil, err
}

func (vm *VM) extendList(l *List, src Value) (Value, error) {
	switch s := src.(type) {
	case *List:
		l.Items = append(l.Items, s.Items...)
		return nil, nil
	case Tuple:
		l.Items = append(l.Items, s...)
		return nil, nil
	}
	return vm.iterate(src, func(v Value) (Value, error) {
		l.Items = append(l.Items, v)
		return nil, nil
	}, func() (Value, error) { return nil, nil })
}

// dictUpdateFrom is dict.update(src) for a mapping or an iterable of
// pairs.
func (vm *VM) dictUpdateFrom(d *Dict, src Value) (Value, error) {
	if m, ok := src.(*Dict); ok {
		return nil, vm.dictUpdate(d, m)
	}
	if keys, err := vm.lookupSpecial(src, "keys"); err != nil {
		return nil, err
	} else if keys != nil {
		ks, err := vm.callValue(keys, nil, nil)
		return then(ks, err, func(ks Value) (Value, error) {
			return vm.iterate(ks, func(k Value) (Value, error) {
				v, err := vm.getItem(src, k)
				return then(v, err, func(v Value) (Value, error) { return nil, d.Set(vm, k, v) })
			}, func() (Value, error) { return nil, nil })
		})
	}
	i := 0
	return vm.iterate(src, func(pair Value) (Value, error) {
		n := i
		i++
		if ok, _ := vm.getIterNoCall(pair); !ok {
			return nil, Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", n)
		}
		return vm.collect(pair, func(kv []Value) (Value, error) {
			if len(kv) != 2 {
				return nil, Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", n, len(kv))
			}
			return nil, d.Set(vm, kv[0], kv[1])
		})
	}, func() (Value, error) { return nil, nil })
}
