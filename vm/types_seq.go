package vm

import (
	"tasklet/vm/compile"
)

// listSelf returns the *List of a list or list subclass instance.
func listSelf(v Value) *List {
	switch l := v.(type) {
	case *List:
		return l
	case *Instance:
		if p, ok := l.Payload.(*List); ok {
			return p
		}
	}
	return nil
}

func tupleSelf(v Value) Tuple {
	switch t := v.(type) {
	case Tuple:
		return t
	case *Instance:
		if p, ok := t.Payload.(Tuple); ok {
			return p
		}
	}
	return nil
}

func init() {
	listType.newInstance = func(cls *Type) Value { return &Instance{Class: cls, Payload: &List{}} }
	listType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: listType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		cls := args[0].(*Type)
		if cls == listType {
			return &List{}, nil
		}
		return &Instance{Class: cls, Payload: &List{}}, nil
	}})
	lm := func(name string, fn func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error)) {
		addMethod(listType, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return fn(vm, listSelf(self), args, kw)
		})
	}
	lm("__init__", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("list", args, kw, 0, 1); err != nil {
			return nil, err
		}
		l.Items = nil
		if len(args) == 0 {
			return None, nil
		}
		r, err := vm.extendList(l, args[0])
		return then(r, err, func(Value) (Value, error) { return None, nil })
	})
	lm("append", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("list.append", args, kw, 1, 1); err != nil {
			return nil, err
		}
		l.Items = append(l.Items, args[0])
		return None, nil
	})
	lm("extend", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("list.extend", args, kw, 1, 1); err != nil {
			return nil, err
		}
		r, err := vm.extendList(l, args[0])
		return then(r, err, func(Value) (Value, error) { return None, nil })
	})
	lm("insert", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("insert", args, kw, 2, 2); err != nil {
			return nil, err
		}
		i, ok, err := vm.index(args[0])
		if err != nil || !ok {
			return nil, firstErr(err, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0])))
		}
		n := int64(len(l.Items))
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.Items = append(l.Items, nil)
		copy(l.Items[i+1:], l.Items[i:])
		l.Items[i] = args[1]
		return None, nil
	})
	lm("pop", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("pop", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(l.Items) == 0 {
			return nil, Errorf(IndexError, "pop from empty list")
		}
		i := int64(len(l.Items) - 1)
		if len(args) == 1 {
			n, ok, err := vm.index(args[0])
			if err != nil || !ok {
				return nil, firstErr(err, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(args[0])))
			}
			i = n
			if i < 0 {
				i += int64(len(l.Items))
			}
			if i < 0 || i >= int64(len(l.Items)) {
				return nil, Errorf(IndexError, "pop index out of range")
			}
		}
		v := l.Items[i]
		copy(l.Items[i:], l.Items[i+1:])
		l.Items[len(l.Items)-1] = nil
		l.Items = l.Items[:len(l.Items)-1]
		return v, nil
	})
	lm("remove", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("list.remove", args, kw, 1, 1); err != nil {
			return nil, err
		}
		r, err := vm.indexOf(l.Items, args[0], 0, len(l.Items))
		return then(r, err, func(r Value) (Value, error) {
			i := int(r.(Int))
			if i < 0 {
				return nil, Errorf(ValueError, "list.remove(x): x not in list")
			}
			copy(l.Items[i:], l.Items[i+1:])
			l.Items[len(l.Items)-1] = nil
			l.Items = l.Items[:len(l.Items)-1]
			return None, nil
		})
	})
	lm("index", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("index", args, kw, 1, 3); err != nil {
			return nil, err
		}
		start, end, err := vm.seqRange(args, len(l.Items))
		if err != nil {
			return nil, err
		}
		r, err := vm.indexOf(l.Items, args[0], start, end)
		return then(r, err, func(r Value) (Value, error) {
			if r.(Int) < 0 {
				s, _ := vm.reprNested(args[0])
				return nil, Errorf(ValueError, "%s is not in list", s)
			}
			return r, nil
		})
	})
	lm("count", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("count", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.countOf(l.Items, args[0])
	})
	lm("reverse", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
			l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
		}
		return None, nil
	})
	lm("clear", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		l.Items = nil
		return None, nil
	})
	lm("copy", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		return &List{Items: append([]Value(nil), l.Items...)}, nil
	})
	lm("sort", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		if len(args) > 0 {
			return nil, Errorf(TypeError, "sort() takes no positional arguments")
		}
		if err := sortKeywords(kw); err != nil {
			return nil, err
		}
		return vm.sortList(l, kw)
	})
	seqDunders(listType, func(v Value) []Value {
		if l := listSelf(v); l != nil {
			return l.Items
		}
		return nil
	})
	lm("__setitem__", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		r, err := vm.setItem(l, args[0], args[1])
		return then(r, err, func(Value) (Value, error) { return None, nil })
	})
	lm("__delitem__", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		r, err := vm.delItem(l, args[0])
		return then(r, err, func(Value) (Value, error) { return None, nil })
	})
	lm("__iadd__", func(vm *VM, l *List, args []Value, kw []Kwarg) (Value, error) {
		r, err := vm.extendList(l, args[0])
		return then(r, err, func(Value) (Value, error) { return l, nil })
	})
	listType.Dict.SetStr("__hash__", None)

	tupleType.newInstance = func(cls *Type) Value { return &Instance{Class: cls, Payload: Tuple{}} }
	tupleType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: tupleType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		cls := args[0].(*Type)
		if err := checkArgs("tuple", args[1:], kw, 0, 1); err != nil {
			return nil, err
		}
		wrap := func(t Tuple) (Value, error) {
			if cls == tupleType {
				return t, nil
			}
			return &Instance{Class: cls, Payload: t}, nil
		}
		if len(args) == 1 {
			return wrap(Tuple{})
		}
		if t, ok := args[1].(Tuple); ok {
			return wrap(t)
		}
		return vm.collect(args[1], func(items []Value) (Value, error) { return wrap(Tuple(items)) })
	}})
	tm := func(name string, fn func(vm *VM, t Tuple, args []Value, kw []Kwarg) (Value, error)) {
		addMethod(tupleType, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return fn(vm, tupleSelf(self), args, kw)
		})
	}
	tm("index", func(vm *VM, t Tuple, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("index", args, kw, 1, 3); err != nil {
			return nil, err
		}
		start, end, err := vm.seqRange(args, len(t))
		if err != nil {
			return nil, err
		}
		r, err := vm.indexOf(t, args[0], start, end)
		return then(r, err, func(r Value) (Value, error) {
			if r.(Int) < 0 {
				return nil, Errorf(ValueError, "tuple.index(x): x not in tuple")
			}
			return r, nil
		})
	})
	tm("count", func(vm *VM, t Tuple, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("count", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.countOf(t, args[0])
	})
	tm("__hash__", func(vm *VM, t Tuple, args []Value, kw []Kwarg) (Value, error) {
		h, err := vm.hash(t)
		return Int(h), err
	})
	seqDunders(tupleType, func(v Value) []Value { return tupleSelf(v) })

	rangeType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: rangeType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		args = args[1:]
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "range() takes no keyword arguments")
		}
		if len(args) == 0 {
			return nil, Errorf(TypeError, "range expected at least 1 argument, got 0")
		}
		if len(args) > 3 {
			return nil, Errorf(TypeError, "range expected at most 3 arguments, got %d", len(args))
		}
		vals := make([]int64, len(args))
		for i, a := range args {
			n, ok, err := vm.index(a)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(a))
			}
			vals[i] = n
		}
		r := &Range{Step: 1}
		switch len(vals) {
		case 1:
			r.Stop = vals[0]
		case 2:
			r.Start, r.Stop = vals[0], vals[1]
		case 3:
			r.Start, r.Stop, r.Step = vals[0], vals[1], vals[2]
			if r.Step == 0 {
				return nil, Errorf(ValueError, "range() arg 3 must not be zero")
			}
		}
		return r, nil
	}})
	addGetter(rangeType, "start", func(vm *VM, obj Value) (Value, error) { return Int(obj.(*Range).Start), nil })
	addGetter(rangeType, "stop", func(vm *VM, obj Value) (Value, error) { return Int(obj.(*Range).Stop), nil })
	addGetter(rangeType, "step", func(vm *VM, obj Value) (Value, error) { return Int(obj.(*Range).Step), nil })
	addMethod(rangeType, "index", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("range.index", args, kw, 1, 1); err != nil {
			return nil, err
		}
		r := self.(*Range)
		if i, ok := args[0].(Int); ok && rangeContains(r, int64(i)) {
			return Int((int64(i) - r.Start) / r.Step), nil
		}
		s, _ := vm.reprNested(args[0])
		return nil, Errorf(ValueError, "%s is not in range", s)
	})
	addMethod(rangeType, "count", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("range.count", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if i, ok := args[0].(Int); ok && rangeContains(self.(*Range), int64(i)) {
			return Int(1), nil
		}
		return Int(0), nil
	})
	addMethod(rangeType, "__eq__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		a := self.(*Range)
		b, ok := args[0].(*Range)
		if !ok {
			return NotImplemented, nil
		}
		n := a.Len()
		if n != b.Len() {
			return False, nil
		}
		if n == 0 {
			return True, nil
		}
		return Bool(a.Start == b.Start && (n == 1 || a.Step == b.Step)), nil
	})

	sliceType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: sliceType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		args = args[1:]
		switch len(args) {
		case 1:
			return &Slice{None, args[0], None}, nil
		case 2:
			return &Slice{args[0], args[1], None}, nil
		case 3:
			return &Slice{args[0], args[1], args[2]}, nil
		}
		return nil, Errorf(TypeError, "slice expected at least 1 argument, got %d", len(args))
	}})
	addGetter(sliceType, "start", func(vm *VM, obj Value) (Value, error) { return obj.(*Slice).Start, nil })
	addGetter(sliceType, "stop", func(vm *VM, obj Value) (Value, error) { return obj.(*Slice).Stop, nil })
	addGetter(sliceType, "step", func(vm *VM, obj Value) (Value, error) { return obj.(*Slice).Step, nil })
	addMethod(sliceType, "indices", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("slice.indices", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, _, err := vm.index(args[0])
		if err != nil {
			return nil, err
		}
		start, step, count, err := vm.sliceIndices(self.(*Slice), int(n))
		if err != nil {
			return nil, err
		}
		return Tuple{Int(start), Int(start + count*step), Int(step)}, nil
	})
}

// seqDunders gives list and tuple the special methods that subclasses and
// explicit calls (list.__len__(x)) reach.
func seqDunders(t *Type, items func(Value) []Value) {
	addMethod(t, "__len__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Int(len(items(self))), nil
	})
	addMethod(t, "__getitem__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if t == listType {
			return vm.getItem(listSelf(self), args[0])
		}
		return vm.getItem(tupleSelf(self), args[0])
	})
	addMethod(t, "__contains__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return vm.anyEqual(items(self), args[0])
	})
	addMethod(t, "__iter__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if t == listType {
			return &listIter{l: listSelf(self)}, nil
		}
		return &tupleIter{t: tupleSelf(self)}, nil
	})
	addMethod(t, "__reversed__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return &reversedSeq{items: items(self), i: len(items(self)) - 1, list: listSelf(self)}, nil
	})
	addMethod(t, "__add__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		var x Value = listSelf(self)
		if t == tupleType {
			x = tupleSelf(self)
		}
		r, ok, err := vm.builtinBinary(compile.Add, x, unwrapSeq(args[0]), false)
		if !ok && err == nil {
			return NotImplemented, nil
		}
		return r, err
	})
	for _, name := range []string{"__mul__", "__rmul__"} {
		addMethod(t, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			var x Value = listSelf(self)
			if t == tupleType {
				x = tupleSelf(self)
			}
			r, ok, err := vm.builtinBinary(compile.Mul, x, args[0], false)
			if !ok && err == nil {
				return NotImplemented, nil
			}
			return r, err
		})
	}
	for op := compile.Lt; op <= compile.Ge; op++ {
		op := op
		addMethod(t, op.Method(), func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			other := unwrapSeq(args[0])
			if layoutOf(TypeOf(other)) != t {
				return NotImplemented, nil
			}
			var a, b []Value = items(self), items(other)
			return vm.compareSeq(op, a, b)
		})
	}
	addMethod(t, "__repr__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if t == listType {
			return vm.repr(listSelf(self))
		}
		return vm.repr(tupleSelf(self))
	})
}

func unwrapSeq(v Value) Value {
	if inst, ok := v.(*Instance); ok && inst.Payload != nil {
		return inst.Payload
	}
	return v
}

// seqRange reads the optional start and stop of index().
func (vm *VM) seqRange(args []Value, n int) (int, int, error) {
	start, end, err := vm.sliceArgs(args, 1)
	if err != nil {
		return 0, 0, err
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if end > n {
		end = n
	}
	return start, end, nil
}

// indexOf finds the first item equal to x in items[start:end], giving
// Int(-1) when there is none.
func (vm *VM) indexOf(items []Value, x Value, start, end int) (Value, error) {
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		for ; i < end && i < len(items); i++ {
			if is(items[i], x) {
				return Int(i), nil
			}
			eq, err := vm.equal(items[i], x)
			if _, isPending := eq.(*pending); isPending || err != nil {
				j := i
				return then(eq, err, func(eq Value) (Value, error) {
					if eq.(Bool) {
						return Int(j), nil
					}
					return step(j + 1)
				})
			}
			if eq.(Bool) {
				return Int(i), nil
			}
		}
		return Int(-1), nil
	}
	return step(start)
}

func (vm *VM) countOf(items []Value, x Value) (Value, error) {
	n := 0
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		for ; i < len(items); i++ {
			if is(items[i], x) {
				n++
				continue
			}
			eq, err := vm.equal(items[i], x)
			if _, isPending := eq.(*pending); isPending || err != nil {
				j := i
				return then(eq, err, func(eq Value) (Value, error) {
					if eq.(Bool) {
						n++
					}
					return step(j + 1)
				})
			}
			if eq.(Bool) {
				n++
			}
		}
		return Int(n), nil
	}
	return step(0)
}

// reversedSeq is reversed() over a list or tuple.
type reversedSeq struct {
	items []Value
	list  *List
	i     int
}

func (it *reversedSeq) next(*VM) (Value, bool, error) {
	items := it.items
	if it.list != nil {
		items = it.list.Items
	}
	if it.i >= 0 && it.i < len(items) {
		it.i--
		return items[it.i+1], true, nil
	}
	it.i = -1
	return nil, false, nil
}

func (*reversedSeq) pyType() *Type { return reversedType }

var reversedType = newBuiltinType("reversed")
