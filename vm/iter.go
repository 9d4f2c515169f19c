package vm

import (
	"unicode/utf8"
)

// A nexter is a built-in iterator: next returns the next item, or ok
// false when exhausted. The item may be a pending call (map calling its
// function), which the caller resolves.
type nexter interface {
	next(vm *VM) (v Value, ok bool, err error)
}

var iteratorType = newBuiltinType("iterator")

// stopIter is returned by a forEach body to end the iteration early.
var stopIter Value = &struct{ stop bool }{true}

type listIter struct {
	l *List
	i int
}

func (it *listIter) next(*VM) (Value, bool, error) {
	if it.i < len(it.l.Items) {
		it.i++
		return it.l.Items[it.i-1], true, nil
	}
	it.i = len(it.l.Items) + 1
	return nil, false, nil
}

type tupleIter struct {
	t Tuple
	i int
}

func (it *tupleIter) next(*VM) (Value, bool, error) {
	if it.i < len(it.t) {
		it.i++
		return it.t[it.i-1], true, nil
	}
	return nil, false, nil
}

type rangeIter struct {
	start, step, i, n int64
}

func (it *rangeIter) next(*VM) (Value, bool, error) {
	if it.i < it.n {
		v := Int(it.start + it.i*it.step)
		it.i++
		return v, true, nil
	}
	return nil, false, nil
}

type strIter struct {
	s string
	i int
}

func (it *strIter) next(*VM) (Value, bool, error) {
	if it.i < len(it.s) {
		_, n := utf8.DecodeRuneInString(it.s[it.i:])
		v := Str(it.s[it.i : it.i+n])
		it.i += n
		return v, true, nil
	}
	return nil, false, nil
}

type bytesIter struct {
	s string
	i int
}

func (it *bytesIter) next(*VM) (Value, bool, error) {
	if it.i < len(it.s) {
		it.i++
		return Int(it.s[it.i-1]), true, nil
	}
	return nil, false, nil
}

// dictIter iterates keys, values or items of a dict, failing if the dict
// changes size meanwhile.
type dictIter struct {
	d       *Dict
	pos     int
	kind    byte // 'k', 'v' or 'i'
	version uint32
	size    int
}

func (it *dictIter) next(*VM) (Value, bool, error) {
	if it.d.used != it.size {
		it.size = -1
		return nil, false, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	e, pos, ok := it.d.entryAt(it.pos)
	it.pos = pos
	if !ok {
		return nil, false, nil
	}
	switch it.kind {
	case 'v':
		return e.value, true, nil
	case 'i':
		return Tuple{e.key, e.value}, true, nil
	}
	return e.key, true, nil
}

type setIter struct {
	s    *Set
	i    int
	size int
}

func (it *setIter) next(*VM) (Value, bool, error) {
	if it.s.used != it.size {
		it.size = -1
		return nil, false, Errorf(RuntimeError, "Set changed size during iteration")
	}
	for it.i < len(it.s.table) {
		e := it.s.table[it.i]
		it.i++
		if e.key != nil && e.key != dummyKey {
			return e.key, true, nil
		}
	}
	return nil, false, nil
}

// seqIter iterates an object that has __getitem__ but no __iter__.
type seqIter struct {
	obj  Value
	i    int64
	done bool
}

func (it *seqIter) next(vm *VM) (Value, bool, error) {
	if it.done {
		return nil, false, nil
	}
	r, err := vm.getItem(it.obj, Int(it.i))
	it.i++
	return r, true, err
}

func (*listIter) pyType() *Type  { return listIteratorType }
func (*tupleIter) pyType() *Type { return tupleIteratorType }
func (*rangeIter) pyType() *Type { return rangeIteratorType }
func (*strIter) pyType() *Type   { return strIteratorType }
func (*bytesIter) pyType() *Type { return iteratorType }
func (it *dictIter) pyType() *Type {
	switch it.kind {
	case 'v':
		return dictValueIteratorType
	case 'i':
		return dictItemIteratorType
	}
	return dictKeyIteratorType
}
func (*setIter) pyType() *Type { return setIteratorType }
func (*seqIter) pyType() *Type { return iteratorType }

var (
	listIteratorType      = newBuiltinType("list_iterator")
	tupleIteratorType     = newBuiltinType("tuple_iterator")
	rangeIteratorType     = newBuiltinType("range_iterator")
	strIteratorType       = newBuiltinType("str_ascii_iterator")
	dictKeyIteratorType   = newBuiltinType("dict_keyiterator")
	dictValueIteratorType = newBuiltinType("dict_valueiterator")
	dictItemIteratorType  = newBuiltinType("dict_itemiterator")
	setIteratorType       = newBuiltinType("set_iterator")
)

// getIter is iter(v).
func (vm *VM) getIter(v Value) (Value, error) {
	switch x := v.(type) {
	case *List:
		return &listIter{l: x}, nil
	case Tuple:
		return &tupleIter{t: x}, nil
	case *Range:
		return &rangeIter{start: x.Start, step: x.Step, n: x.Len()}, nil
	case Str:
		return &strIter{s: string(x)}, nil
	case Bytes:
		return &bytesIter{s: string(x)}, nil
	case *Dict:
		return &dictIter{d: x, kind: 'k', size: x.used}, nil
	case *Set:
		return &setIter{s: x, size: x.used}, nil
	case *Generator:
		return x, nil
	case nexter:
		return v, nil
	}
	if r, found, err := vm.callSpecial(v, "__iter__"); found || err != nil {
		return then(r, err, func(it Value) (Value, error) {
			if !vm.isIterator(it) {
				return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", typeName(it))
			}
			return it, nil
		})
	}
	if inst, ok := v.(*Instance); ok && inst.Payload != nil {
		return vm.getIter(inst.Payload)
	}
	if _, ok := TypeOf(v).Lookup("__getitem__"); ok {
		return &seqIter{obj: v}, nil
	}
	return nil, Errorf(TypeError, "'%s' object is not iterable", typeName(v))
}

// getIterNoCall reports whether v is iterable, without calling anything:
// for messages that name non-iterables before trying.
func (vm *VM) getIterNoCall(v Value) (bool, error) {
	switch v.(type) {
	case *List, Tuple, *Range, Str, Bytes, *Dict, *Set, *Generator, nexter:
		return true, nil
	}
	cls := TypeOf(v)
	if _, ok := cls.Lookup("__iter__"); ok {
		return true, nil
	}
	if _, ok := cls.Lookup("__getitem__"); ok {
		return true, nil
	}
	return false, Errorf(TypeError, "'%s' object is not iterable", cls.Name)
}

func (vm *VM) isIterator(v Value) bool {
	switch v.(type) {
	case *Generator, nexter:
		return true
	}
	_, ok := TypeOf(v).Lookup("__next__")
	return ok
}

// next is next(it): the item, a pending call, or StopIteration.
func (vm *VM) next(it Value) (Value, error) {
	switch x := it.(type) {
	case *Generator:
		return &pending{fn: &genResume{g: x, send: None}}, nil
	case *seqIter:
		v, _, err := x.next(vm)
		return thenCatch(v, err, func(v Value) (Value, error) { return v, nil }, func(err error) (Value, error) {
			if isException(err, IndexError) || isException(err, StopIteration) {
				x.done = true
				return nil, newException(StopIteration)
			}
			return nil, err
		})
	case nexter:
		v, ok, err := x.next(vm)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, newException(StopIteration)
		}
		return v, nil
	}
	if r, found, err := vm.callSpecial(it, "__next__"); found || err != nil {
		return r, err
	}
	return nil, Errorf(TypeError, "'%s' object is not an iterator", typeName(it))
}

// forEach calls body for each item of the iterator it, then done. body
// returns stopIter to end early. Items from Python iterators arrive
// through the loop, so the body may itself return pending calls.
func (vm *VM) forEach(it Value, body func(Value) (Value, error), done func() (Value, error)) (Value, error) {
	if g, ok := it.(*Generator); ok {
		l := &genLoop{body: body, done: done, resume: genResume{g: g, send: None}}
		l.k = cont{ok: l.item, fail: l.fail}
		return l.next()
	}
	for {
		var v Value
		var err error
		if n, ok := it.(nexter); ok {
			if _, isSeq := it.(*seqIter); !isSeq {
				var more bool
				v, more, err = n.next(vm)
				if err != nil {
					return nil, err
				}
				if vm.limits.maxInstructions > 0 {
					// This loop runs no instruction: see chargeWork.
					vm.chargeWork(1)
				}
				if !more {
					return done()
				}
				if _, isPending := v.(*pending); !isPending {
					r, err := body(v)
					if err != nil {
						return nil, err
					}
					if r == stopIter {
						return done()
					}
					if _, isPending := r.(*pending); isPending {
						return then(r, nil, func(r Value) (Value, error) {
							if r == stopIter {
								return done()
							}
							return vm.forEach(it, body, done)
						})
					}
					continue
				}
				return thenCatch(v, nil, func(v Value) (Value, error) {
					r, err := body(v)
					return then(r, err, func(r Value) (Value, error) {
						if r == stopIter {
							return done()
						}
						return vm.forEach(it, body, done)
					})
				}, func(err error) (Value, error) {
					if isException(err, StopIteration) {
						return done()
					}
					return nil, err
				})
			}
		}
		v, err = vm.next(it)
		return thenCatch(v, err, func(v Value) (Value, error) {
			r, err := body(v)
			return then(r, err, func(r Value) (Value, error) {
				if r == stopIter {
					return done()
				}
				return vm.forEach(it, body, done)
			})
		}, func(err error) (Value, error) {
			if isException(err, StopIteration) {
				return done()
			}
			return nil, err
		})
	}
}

// A genLoop is forEach over a generator. Every item arrives through the
// loop, which resumes the generator's frame, so every step returns a
// pending resumption: one pending with the same continuations serves
// each step, instead of a new pending and new closures per item. Each
// step's pending is finished with (the generator resumed) before its
// continuation starts the next step.
type genLoop struct {
	body   func(Value) (Value, error)
	done   func() (Value, error)
	resume genResume
	p      pending
	k      cont
	conts  [1]cont
}

// next asks the generator for its next item.
func (l *genLoop) next() (Value, error) {
	l.p = pending{fn: &l.resume, conts: append(l.conts[:0], l.k)}
	return &l.p, nil
}

// item runs the body on an item, then asks for the next one.
func (l *genLoop) item(v Value) (Value, error) {
	r, err := l.body(v)
	if err != nil {
		return nil, err
	}
	if r == stopIter {
		return l.done()
	}
	if _, isPending := r.(*pending); isPending {
		return then(r, nil, func(r Value) (Value, error) {
			if r == stopIter {
				return l.done()
			}
			return l.next()
		})
	}
	return l.next()
}

// fail ends the loop at the generator's StopIteration.
func (l *genLoop) fail(err error) (Value, error) {
	if isException(err, StopIteration) {
		return l.done()
	}
	return nil, err
}

// iterate is forEach over any iterable.
func (vm *VM) iterate(iterable Value, body func(Value) (Value, error), done func() (Value, error)) (Value, error) {
	it, err := vm.getIter(iterable)
	return then(it, err, func(it Value) (Value, error) { return vm.forEach(it, body, done) })
}

// collect gathers the items of an iterable into a slice.
func (vm *VM) collect(iterable Value, done func([]Value) (Value, error)) (Value, error) {
	switch x := iterable.(type) {
	case *List:
		return done(append([]Value(nil), x.Items...))
	case Tuple:
		return done(append([]Value(nil), x...))
	}
	var items []Value
	return vm.iterate(iterable, func(v Value) (Value, error) {
		items = append(items, v)
		return nil, nil
	}, func() (Value, error) { return done(items) })
}

// The iterators over sized containers say how many items remain, for
// operator.length_hint and for sizing the lists built from them.
func init() {
	hint := func(t *Type, remaining func(it Value) int) {
		addMethod(t, "__length_hint__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return Int(max(remaining(self), 0)), nil
		})
	}
	hint(listIteratorType, func(it Value) int { x := it.(*listIter); return len(x.l.Items) - x.i })
	hint(tupleIteratorType, func(it Value) int { x := it.(*tupleIter); return len(x.t) - x.i })
	hint(rangeIteratorType, func(it Value) int { x := it.(*rangeIter); return int(x.n - x.i) })
	hint(strIteratorType, func(it Value) int { x := it.(*strIter); return utf8.RuneCountInString(x.s[x.i:]) })
}
