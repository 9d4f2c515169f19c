package vm

// The lazy iterators of the built-ins: enumerate, zip, map, filter,
// reversed and iter(callable, sentinel). Their next may need Python code
// (the function map applies, a Python iterator's __next__), so next can
// return a pending call whose continuation finishes the item.

var (
	enumerateType = newBuiltinType("enumerate")
	zipType       = newBuiltinType("zip")
	mapType       = newBuiltinType("map")
	filterType    = newBuiltinType("filter")
	callIterType  = newBuiltinType("callable_iterator")
)

type enumerate struct {
	it Value
	n  Value
}

func (*enumerate) pyType() *Type { return enumerateType }

func (e *enumerate) next(vm *VM) (Value, bool, error) {
	v, err := vm.next(e.it)
	v, err = then(v, err, func(v Value) (Value, error) {
		r := Tuple{e.n, v}
		n, err := vm.binaryOp(0, e.n, Int(1), false) // 0 is Add
		e.n = n
		return r, err
	})
	return lazyResult(v, err)
}

// lazyResult turns the result of vm.next into next's (value, ok, error):
// StopIteration from an underlying iterator ends this one.
func lazyResult(v Value, err error) (Value, bool, error) {
	if _, ok := v.(*pending); ok {
		// The item is still to come; its StopIteration, if any, arrives
		// through the pending call.
		return v, true, nil
	}
	if err != nil {
		if isException(err, StopIteration) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

func newEnumerate(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := onlyKw("enumerate", kw, "iterable", "start"); err != nil {
		return nil, err
	}
	if v, ok := kwarg(kw, "iterable"); ok {
		args = append([]Value{v}, args...)
	}
	var start Value = Int(0)
	if v, ok := kwarg(kw, "start"); ok {
		start = v
	}
	if len(args) == 2 {
		start = args[1]
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, Errorf(TypeError, "enumerate() missing required argument 'iterable' (pos 1)")
	}
	if _, ok := intValue(start); !ok {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typeName(start))
	}
	it, err := vm.getIter(args[0])
	return then(it, err, func(it Value) (Value, error) { return &enumerate{it: it, n: start}, nil })
}

type zipIter struct {
	its    []Value
	strict bool
	done   bool
}

func (*zipIter) pyType() *Type { return zipType }

func (z *zipIter) next(vm *VM) (Value, bool, error) {
	if z.done || len(z.its) == 0 {
		return nil, false, nil
	}
	items := make(Tuple, 0, len(z.its))
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		for ; i < len(z.its); i++ {
			v, err := vm.next(z.its[i])
			if _, isPending := v.(*pending); isPending {
				j := i
				return thenCatch(v, nil, func(v Value) (Value, error) {
					items = append(items, v)
					return step(j + 1)
				}, func(err error) (Value, error) { return nil, z.stop(err, j) })
			}
			if err != nil {
				return nil, z.stop(err, i)
			}
			items = append(items, v)
		}
		return items, nil
	}
	return lazyResult(step(0))
}

// stop handles the exhaustion of the i-th iterator of a zip.
func (z *zipIter) stop(err error, i int) error {
	if !isException(err, StopIteration) {
		return err
	}
	z.done = true
	if z.strict && i > 0 {
		s := "s 1-"
		if i == 1 {
			s = " 1"
		} else {
			s += itoa(i)
		}
		return Errorf(ValueError, "zip() argument %d is shorter than argument%s", i+1, s)
	}
	return err
}

func newZip(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := onlyKw("zip", kw, "strict"); err != nil {
		return nil, err
	}
	strict, _ := kwarg(kw, "strict")
	z := &zipIter{strict: strict == True}
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		if i == len(args) {
			return z, nil
		}
		it, err := vm.getIter(args[i])
		return then(it, err, func(it Value) (Value, error) {
			z.its = append(z.its, it)
			return step(i + 1)
		})
	}
	return step(0)
}

type mapIter struct {
	fn  Value
	its []Value
}

func (*mapIter) pyType() *Type { return mapType }

func (m *mapIter) next(vm *VM) (Value, bool, error) {
	args := make([]Value, 0, len(m.its))
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		for ; i < len(m.its); i++ {
			v, err := vm.next(m.its[i])
			if _, isPending := v.(*pending); isPending {
				j := i
				return then(v, nil, func(v Value) (Value, error) {
					args = append(args, v)
					return step(j + 1)
				})
			}
			if err != nil {
				return nil, err
			}
			args = append(args, v)
		}
		return vm.callValue(m.fn, args, nil)
	}
	return lazyResult(step(0))
}

func newMap(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, Errorf(TypeError, "map() must have at least two arguments.")
	}
	m := &mapIter{fn: args[0]}
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		if i == len(args) {
			return m, nil
		}
		it, err := vm.getIter(args[i])
		return then(it, err, func(it Value) (Value, error) {
			m.its = append(m.its, it)
			return step(i + 1)
		})
	}
	return step(1)
}

type filterIter struct {
	fn Value
	it Value
}

func (*filterIter) pyType() *Type { return filterType }

func (f *filterIter) next(vm *VM) (Value, bool, error) {
	var step func() (Value, error)
	step = func() (Value, error) {
		for {
			v, err := vm.next(f.it)
			test := func(v Value) (Value, error) {
				var t Value = v
				var err error
				if f.fn != None {
					t, err = vm.callValue(f.fn, []Value{v}, nil)
				}
				t, err = then(t, err, func(t Value) (Value, error) { return vm.truth(t) })
				return then(t, err, func(t Value) (Value, error) {
					if t.(Bool) {
						return v, nil
					}
					return step()
				})
			}
			if _, isPending := v.(*pending); isPending {
				return then(v, nil, test)
			}
			if err != nil {
				return nil, err
			}
			r, err := test(v)
			if _, isPending := r.(*pending); isPending || err != nil || r != nil {
				return r, err
			}
		}
	}
	return lazyResult(step())
}

func newFilter(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("filter", args, kw, 2, 2); err != nil {
		return nil, err
	}
	it, err := vm.getIter(args[1])
	return then(it, err, func(it Value) (Value, error) { return &filterIter{fn: args[0], it: it}, nil })
}

func newReversed(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if err := checkArgs("reversed", args, kw, 1, 1); err != nil {
		return nil, err
	}
	switch x := args[0].(type) {
	case *List:
		return &reversedSeq{list: x, i: len(x.Items) - 1}, nil
	case Tuple:
		return &reversedSeq{items: x, i: len(x) - 1}, nil
	case *Range:
		n := x.Len()
		return &rangeIter{start: x.Start + (n-1)*x.Step, step: -x.Step, n: n}, nil
	case *Dict:
		keys := x.Keys()
		return &reversedSeq{items: keys, i: len(keys) - 1}, nil
	case Str:
		rs := []rune(string(x))
		items := make([]Value, len(rs))
		for i, r := range rs {
			items[i] = Str(string(r))
		}
		return &reversedSeq{items: items, i: len(items) - 1}, nil
	}
	if r, found, err := vm.callSpecial(args[0], "__reversed__"); found || err != nil {
		return r, err
	}
	if _, ok := TypeOf(args[0]).Lookup("__getitem__"); !ok {
		return nil, Errorf(TypeError, "'%s' object is not reversible", typeName(args[0]))
	}
	n, err := vm.length(args[0])
	return then(n, err, func(n Value) (Value, error) {
		return &seqReversed{obj: args[0], i: int64(n.(Int)) - 1}, nil
	})
}

// seqReversed is reversed() over an object with __len__ and __getitem__.
type seqReversed struct {
	obj Value
	i   int64
}

func (*seqReversed) pyType() *Type { return reversedType }

func (it *seqReversed) next(vm *VM) (Value, bool, error) {
	if it.i < 0 {
		return nil, false, nil
	}
	v, err := vm.getItem(it.obj, Int(it.i))
	it.i--
	if err != nil {
		return nil, false, err
	}
	return v, true, nil
}

// callIter is iter(callable, sentinel).
type callIter struct {
	fn, sentinel Value
	done         bool
}

func (*callIter) pyType() *Type { return callIterType }

func (c *callIter) next(vm *VM) (Value, bool, error) {
	if c.done {
		return nil, false, nil
	}
	v, err := vm.callValue(c.fn, nil, nil)
	v, err = then(v, err, func(v Value) (Value, error) {
		eq, err := vm.equal(v, c.sentinel)
		return then(eq, err, func(eq Value) (Value, error) {
			if eq.(Bool) {
				c.done = true
				return nil, newException(StopIteration)
			}
			return v, nil
		})
	})
	return lazyResult(v, err)
}
