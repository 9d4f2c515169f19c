package vm

import (
	"tasklet/vm/compile"
)

func dictSelf(v Value) *Dict {
	switch d := v.(type) {
	case *Dict:
		return d
	case *Instance:
		if p, ok := d.Payload.(*Dict); ok {
			return p
		}
	}
	return nil
}

// A dictView is the result of dict.keys(), values() or items().
type dictView struct {
	d    *Dict
	kind byte // 'k', 'v', 'i'
}

func (v *dictView) pyType() *Type {
	switch v.kind {
	case 'v':
		return dictValuesType
	case 'i':
		return dictItemsType
	}
	return dictKeysType
}

var (
	dictKeysType   = newBuiltinType("dict_keys")
	dictValuesType = newBuiltinType("dict_values")
	dictItemsType  = newBuiltinType("dict_items")
)

func (v *dictView) items() []Value {
	var out []Value
	v.d.Items(func(k, val Value) bool {
		switch v.kind {
		case 'k':
			out = append(out, k)
		case 'v':
			out = append(out, val)
		default:
			out = append(out, Tuple{k, val})
		}
		return true
	})
	return out
}

func init() {
	dictType.newInstance = func(cls *Type) Value { return &Instance{Class: cls, Payload: NewDict()} }
	dictType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: dictType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		cls := args[0].(*Type)
		if cls == dictType {
			return NewDict(), nil
		}
		return &Instance{Class: cls, Payload: NewDict()}, nil
	}})
	dm := func(name string, fn func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error)) {
		addMethod(dictType, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return fn(vm, dictSelf(self), args, kw)
		})
	}
	update := func(vm *VM, d *Dict, args []Value, kw []Kwarg, name string) (Value, error) {
		if len(args) > 1 {
			return nil, Errorf(TypeError, "%s expected at most 1 argument, got %d", name, len(args))
		}
		var r Value
		var err error
		if len(args) == 1 {
			r, err = vm.dictUpdateFrom(d, args[0])
		}
		return then(r, err, func(Value) (Value, error) {
			for _, k := range kw {
				d.SetStr(k.Name, k.Value)
			}
			return None, nil
		})
	}
	dm("__init__", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) { return update(vm, d, args, kw, "dict") })
	dm("update", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) {
		return update(vm, d, args, kw, "update")
	})
	dm("keys", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) { return &dictView{d, 'k'}, nil })
	dm("values", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) { return &dictView{d, 'v'}, nil })
	dm("items", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) { return &dictView{d, 'i'}, nil })
	dm("get", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("get", args, kw, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(vm, args[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	dm("setdefault", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("setdefault", args, kw, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(vm, args[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		var dflt Value = None
		if len(args) == 2 {
			dflt = args[1]
		}
		return dflt, d.Set(vm, args[0], dflt)
	})
	dm("pop", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("pop", args, kw, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(vm, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, newException(KeyError, args[0])
		}
		_, err = d.Delete(vm, args[0])
		return v, err
	})
	dm("popitem", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) {
		e, ok := d.popLast()
		if !ok {
			return nil, Errorf(KeyError, "popitem(): dictionary is empty")
		}
		return Tuple{e.key, e.value}, nil
	})
	dm("clear", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) {
		d.Clear()
		return None, nil
	})
	dm("copy", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) { return d.Copy(), nil })
	dictType.Dict.SetStr("fromkeys", &Builtin{Name: "fromkeys", Method: true, Class: true, Owner: dictType, Fn: func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("fromkeys", args, kw, 1, 2); err != nil {
			return nil, err
		}
		var v Value = None
		if len(args) == 2 {
			v = args[1]
		}
		r, err := vm.callValue(self, nil, nil)
		return then(r, err, func(r Value) (Value, error) {
			d := dictSelf(r)
			return vm.iterate(args[0], func(k Value) (Value, error) {
				if d != nil {
					return nil, d.Set(vm, k, v)
				}
				return vm.setItem(r, k, v)
			}, func() (Value, error) { return r, nil })
		})
	}})
	dm("__len__", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) { return Int(d.Len()), nil })
	addMethod(dictType, "__getitem__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		d := dictSelf(self)
		v, ok, err := d.Get(vm, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			// A subclass may supply missing keys (defaultdict does).
			if _, isInst := self.(*Instance); isInst {
				if r, found, err := vm.callSpecial(self, "__missing__", args[0]); found || err != nil {
					return r, err
				}
			}
			return nil, newException(KeyError, args[0])
		}
		return v, nil
	})
	dm("__reversed__", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) {
		keys := d.Keys()
		return &reversedSeq{items: keys, i: len(keys) - 1}, nil
	})
	dm("__setitem__", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) {
		return None, d.Set(vm, args[0], args[1])
	})
	dm("__delitem__", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) {
		r, err := vm.delItem(d, args[0])
		return then(r, err, func(Value) (Value, error) { return None, nil })
	})
	dm("__contains__", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) {
		_, ok, err := d.Get(vm, args[0])
		return Bool(ok), err
	})
	dm("__iter__", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) {
		return &dictIter{d: d, kind: 'k', size: d.used}, nil
	})
	dm("__repr__", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) { return vm.reprDict(d) })
	dm("__eq__", func(vm *VM, d *Dict, args []Value, kw []Kwarg) (Value, error) {
		o := dictSelf(args[0])
		if o == nil {
			return NotImplemented, nil
		}
		return vm.dictEqual(d, o)
	})
	dictType.Dict.SetStr("__hash__", None)

	for _, vt := range []*Type{dictKeysType, dictValuesType, dictItemsType} {
		addMethod(vt, "__len__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return Int(self.(*dictView).d.Len()), nil
		})
		addMethod(vt, "__iter__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			v := self.(*dictView)
			return &dictIter{d: v.d, kind: v.kind, size: v.d.used}, nil
		})
		addMethod(vt, "__contains__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			v := self.(*dictView)
			if v.kind == 'k' {
				_, ok, err := v.d.Get(vm, args[0])
				return Bool(ok), err
			}
			return vm.anyEqual(v.items(), args[0])
		})
		addMethod(vt, "__repr__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			v := self.(*dictView)
			return vm.reprContainer(v, v.pyType().Name+"([", "])", v.items())
		})
		addMethod(vt, "__eq__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			v := self.(*dictView)
			if v.kind == 'v' {
				return Bool(identical(self, args[0])), nil
			}
			other := args[0]
			switch other.(type) {
			case *Set, *dictView:
			default:
				return NotImplemented, nil
			}
			sa, err := vm.toSet(self)
			return then(sa, err, func(sa Value) (Value, error) {
				sb, err := vm.toSet(other)
				return then(sb, err, func(sb Value) (Value, error) {
					return vm.setCompare(compile.Eq, sa.(*Set), sb.(*Set))
				})
			})
		})
		for _, op := range []compile.BinOp{compile.And, compile.Or, compile.Sub, compile.Xor} {
			op := op
			fwd, ref, _ := op.Methods()
			viewOp := func(vm *VM, a, b Value) (Value, error) {
				sa, err := vm.toSet(a)
				return then(sa, err, func(sa Value) (Value, error) {
					sb, err := vm.toSet(b)
					return then(sb, err, func(sb Value) (Value, error) {
						x := sa.(*Set).Copy()
						r, _, err := vm.setOp(op, x, sb.(*Set), false)
						return r, err
					})
				})
			}
			addMethod(vt, fwd, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
				return viewOp(vm, self, args[0])
			})
			addMethod(vt, ref, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
				return viewOp(vm, args[0], self)
			})
		}
		addMethod(vt, "__reversed__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			items := self.(*dictView).items()
			return &reversedSeq{items: items, i: len(items) - 1}, nil
		})
	}

	// Sets.
	setType.newInstance = func(cls *Type) Value { return &Instance{Class: cls, Payload: NewSet()} }
	setType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: setType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		// set() is filled by set.__init__.
		cls := args[0].(*Type)
		if cls == setType {
			return NewSet(), nil
		}
		return &Instance{Class: cls, Payload: NewSet()}, nil
	}})
	frozensetType.newInstance = func(cls *Type) Value {
		return &Instance{Class: cls, Payload: &Set{table: make([]setEntry, setMinSize), frozen: true}}
	}
	frozensetType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: frozensetType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		cls := args[0].(*Type)
		if err := checkArgs("frozenset", args[1:], kw, 0, 1); err != nil {
			return nil, err
		}
		s := NewSet()
		s.frozen = true
		wrap := func(Value) (Value, error) {
			if cls == frozensetType {
				return s, nil
			}
			return &Instance{Class: cls, Payload: s}, nil
		}
		if len(args) == 1 {
			return wrap(nil)
		}
		r, err := vm.setUpdate(s, args[1])
		return then(r, err, wrap)
	}})
	sm := func(t *Type, name string, fn func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error)) {
		addMethod(t, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return fn(vm, setSelf(self), args, kw)
		})
	}
	sm(setType, "__init__", func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("set", args, kw, 0, 1); err != nil {
			return nil, err
		}
		s.Clear()
		if len(args) == 0 {
			return None, nil
		}
		r, err := vm.setUpdate(s, args[0])
		return then(r, err, func(Value) (Value, error) { return None, nil })
	})
	sm(setType, "add", func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("set.add", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return None, s.Add(vm, args[0])
	})
	sm(setType, "discard", func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("set.discard", args, kw, 1, 1); err != nil {
			return nil, err
		}
		_, err := s.Discard(vm, args[0])
		return None, err
	})
	sm(setType, "remove", func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("set.remove", args, kw, 1, 1); err != nil {
			return nil, err
		}
		ok, err := s.Discard(vm, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, newException(KeyError, args[0])
		}
		return None, nil
	})
	sm(setType, "pop", func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
		v, ok := s.Pop()
		if !ok {
			return nil, Errorf(KeyError, "pop from an empty set")
		}
		return v, nil
	})
	sm(setType, "clear", func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
		s.Clear()
		return None, nil
	})
	sm(setType, "update", func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
		var step func(i int) (Value, error)
		step = func(i int) (Value, error) {
			if i == len(args) {
				return None, nil
			}
			r, err := vm.setUpdate(s, args[i])
			return then(r, err, func(Value) (Value, error) { return step(i + 1) })
		}
		return step(0)
	})
	for _, name := range []string{"intersection_update", "difference_update", "symmetric_difference_update"} {
		name := name
		op := map[string]compile.BinOp{"intersection_update": compile.And, "difference_update": compile.Sub, "symmetric_difference_update": compile.Xor}[name]
		sm(setType, name, func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
			var step func(i int) (Value, error)
			step = func(i int) (Value, error) {
				if i == len(args) {
					return None, nil
				}
				o, err := vm.toSet(args[i])
				return then(o, err, func(o Value) (Value, error) {
					if _, _, err := vm.setOp(op, s, o.(*Set), true); err != nil {
						return nil, err
					}
					return step(i + 1)
				})
			}
			return step(0)
		})
	}
	for _, st := range []*Type{setType, frozensetType} {
		st := st
		for _, name := range []string{"union", "intersection", "difference", "symmetric_difference"} {
			name := name
			op := map[string]compile.BinOp{"union": compile.Or, "intersection": compile.And, "difference": compile.Sub, "symmetric_difference": compile.Xor}[name]
			sm(st, name, func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
				result := s
				var step func(i int) (Value, error)
				step = func(i int) (Value, error) {
					if i == len(args) {
						if result == s {
							c := s.Copy()
							c.frozen = s.frozen
							return c, nil
						}
						return result, nil
					}
					o, err := vm.toSet(args[i])
					return then(o, err, func(o Value) (Value, error) {
						r, _, err := vm.setOp(op, result, o.(*Set), false)
						if err != nil {
							return nil, err
						}
						result = r.(*Set)
						return step(i + 1)
					})
				}
				return step(0)
			})
		}
		for _, name := range []string{"issubset", "issuperset", "isdisjoint"} {
			name := name
			sm(st, name, func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
				if err := checkArgs(name, args, kw, 1, 1); err != nil {
					return nil, err
				}
				o, err := vm.toSet(args[0])
				return then(o, err, func(o Value) (Value, error) {
					other := o.(*Set)
					switch name {
					case "issubset":
						return vm.setCompare(compile.Le, s, other)
					case "issuperset":
						return vm.setCompare(compile.Ge, s, other)
					}
					for _, e := range s.Elements() {
						ok, err := other.Contains(vm, e)
						if err != nil || ok {
							return False, err
						}
					}
					return True, nil
				})
			})
		}
		sm(st, "copy", func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
			if s.frozen {
				return s, nil
			}
			return s.Copy(), nil
		})
		sm(st, "__len__", func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) { return Int(s.Len()), nil })
		sm(st, "__contains__", func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
			ok, err := s.Contains(vm, args[0])
			return Bool(ok), err
		})
		sm(st, "__iter__", func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) {
			return &setIter{s: s, size: s.used}, nil
		})
		sm(st, "__repr__", func(vm *VM, s *Set, args []Value, kw []Kwarg) (Value, error) { return vm.repr(s) })
	}
	setType.Dict.SetStr("__hash__", None)
}

func setSelf(v Value) *Set {
	switch s := v.(type) {
	case *Set:
		return s
	case *Instance:
		if p, ok := s.Payload.(*Set); ok {
			return p
		}
	}
	return nil
}

// toSet converts an iterable to a set, leaving sets alone.
func (vm *VM) toSet(v Value) (Value, error) {
	if s := setSelf(v); s != nil {
		return s, nil
	}
	s := NewSet()
	r, err := vm.setUpdate(s, v)
	return then(r, err, func(Value) (Value, error) { return s, nil })
}

// setUpdate adds the items of an iterable, as set_update_internal does
// (a set or dict source keeps its table order and hashes).
func (vm *VM) setUpdate(s *Set, src Value) (Value, error) {
	if o := setSelf(src); o != nil {
		return nil, s.merge(vm, o)
	}
	if d, ok := src.(*Dict); ok {
		var err error
		for _, e := range d.entries {
			if e.key != nil {
				if err = s.addHash(vm, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return nil, nil
	}
	return vm.iterate(src, func(v Value) (Value, error) { return nil, s.Add(vm, v) }, func() (Value, error) { return nil, nil })
}

// setOp computes a | b, a & b, a - b or a ^ b, in the element order that
// CPython's algorithms give. inplace updates a.
func (vm *VM) setOp(op compile.BinOp, a, b *Set, inplace bool) (Value, bool, error) {
	switch op {
	case compile.Or:
		r := a
		if !inplace {
			r = a.Copy()
			r.frozen = a.frozen
		}
		return r, true, r.merge(vm, b)
	case compile.And:
		// CPython iterates the smaller set and adds the common elements.
		small, large := a, b
		if b.Len() < a.Len() {
			small, large = b, a
		}
		r := NewSet()
		r.frozen = a.frozen
		var err error
		small.entries(func(e setEntry) bool {
			var ok bool
			i, ferr := large.find(vm, e.key, e.hash)
			ok, err = i >= 0, ferr
			if err == nil && ok {
				err = r.addHash(vm, e.key, e.hash)
			}
			return err == nil
		})
		if inplace {
			*a = *r
			a.frozen = false
			return a, true, err
		}
		return r, true, err
	case compile.Sub:
		r := NewSet()
		r.frozen = a.frozen
		var err error
		if inplace {
			b.entries(func(e setEntry) bool {
				i, ferr := a.find(vm, e.key, e.hash)
				if ferr != nil {
					err = ferr
					return false
				}
				if i >= 0 {
					a.table[i] = setEntry{key: dummyKey, hash: -1}
					a.used--
				}
				return true
			})
			return a, true, err
		}
		a.entries(func(e setEntry) bool {
			i, ferr := b.find(vm, e.key, e.hash)
			if ferr != nil {
				err = ferr
				return false
			}
			if i < 0 {
				err = r.addHash(vm, e.key, e.hash)
			}
			return err == nil
		})
		return r, true, err
	case compile.Xor:
		r := a
		if !inplace {
			r = a.Copy()
			r.frozen = a.frozen
		}
		var err error
		b.entries(func(e setEntry) bool {
			i, ferr := r.find(vm, e.key, e.hash)
			if ferr != nil {
				err = ferr
				return false
			}
			if i >= 0 {
				r.table[i] = setEntry{key: dummyKey, hash: -1}
				r.used--
			} else {
				err = r.addHash(vm, e.key, e.hash)
			}
			return err == nil
		})
		return r, true, err
	}
	return nil, false, nil
}

// setCompare compares sets by inclusion.
func (vm *VM) setCompare(op compile.CmpOp, a, b *Set) (Value, error) {
	subset := func(x, y *Set) (bool, error) {
		if x.Len() > y.Len() {
			return false, nil
		}
		for _, e := range x.Elements() {
			ok, err := y.Contains(vm, e)
			if err != nil || !ok {
				return false, err
			}
		}
		return true, nil
	}
	switch op {
	case compile.Eq, compile.Ne:
		if a.Len() != b.Len() {
			return Bool(op == compile.Ne), nil
		}
		ok, err := subset(a, b)
		return Bool(ok == (op == compile.Eq)), err
	case compile.Le:
		ok, err := subset(a, b)
		return Bool(ok), err
	case compile.Lt:
		ok, err := subset(a, b)
		return Bool(ok && a.Len() < b.Len()), err
	case compile.Ge:
		ok, err := subset(b, a)
		return Bool(ok), err
	}
	ok, err := subset(b, a)
	return Bool(ok && a.Len() > b.Len()), err
}

// dictEqual compares two dicts, values through the loop.
func (vm *VM) dictEqual(a, b *Dict) (Value, error) {
	if a.Len() != b.Len() {
		return False, nil
	}
	var pairs []Value
	a.Items(func(k, v Value) bool {
		pairs = append(pairs, k, v)
		return true
	})
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		for ; i < len(pairs); i += 2 {
			bv, ok, err := b.Get(vm, pairs[i])
			if err != nil {
				return nil, err
			}
			if !ok {
				return False, nil
			}
			eq, err := vm.equal(pairs[i+1], bv)
			if _, isPending := eq.(*pending); isPending || err != nil {
				j := i
				return then(eq, err, func(eq Value) (Value, error) {
					if !eq.(Bool) {
						return False, nil
					}
					return step(j + 2)
				})
			}
			if !eq.(Bool) {
				return False, nil
			}
		}
		return True, nil
	}
	return step(0)
}
