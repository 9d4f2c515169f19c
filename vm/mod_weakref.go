package vm

import (
	"fmt"
	"math/big"
)

// The _weakref module: weakref.ref. The VM's memory is Go's garbage
// collector, and an object's death would be seen at a time that depends on
// when the collector runs, which would make programs nondeterministic. So
// a ref holds its referent strongly: calling it always returns the object,
// as CPython does while the object is alive, and the object never dies,
// so a callback given to ref() is kept but never called.

func init() { nativeModules["_weakref"] = newWeakrefModule }

// A weakRef is a weakref.ref to obj.
type weakRef struct {
	obj      Value
	callback Value
}

var weakRefType = newBuiltinType("ReferenceType")

func (*weakRef) pyType() *Type { return weakRefType }

// weakrefable reports whether CPython can make a weak reference to v: not
// to ints, floats, strs, bytes, tuples, lists, dicts, None, bools, ranges,
// slices or built-in exceptions (instances of subclasses defined in Python
// can).
func weakrefable(v Value) bool {
	switch x := v.(type) {
	case *Exception:
		return !x.Class.builtin
	case NoneType, Bool, Int, *big.Int, Float, Str, Bytes, Tuple, *List, *Dict, *Range, *Slice,
		EllipsisType, NotImplementedType, *Cell:
		return false
	}
	return true
}

func init() {
	weakRefType.Module = "weakref"
	// ref(obj[, callback]) is the type itself, as in CPython.
	weakRefType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: weakRefType,
		Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
			args = args[1:]
			if err := checkArgs("__new__", args, kw, 1, 2); err != nil {
				return nil, err
			}
			if !weakrefable(args[0]) {
				return nil, Errorf(TypeError, "cannot create weak reference to '%s' object", typeName(args[0]))
			}
			r := &weakRef{obj: args[0], callback: None}
			if len(args) == 2 {
				r.callback = args[1]
			}
			return r, nil
		}})
	self := func(v Value) *weakRef { return v.(*weakRef) }
	addMethod(weakRefType, "__call__", func(vm *VM, r Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("weakref", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return self(r).obj, nil
	})
	addMethod(weakRefType, "__repr__", func(vm *VM, r Value, args []Value, kw []Kwarg) (Value, error) {
		obj := self(r).obj
		return Str(fmt.Sprintf("<weakref at %#x; to '%s' at %#x>", uintptr(valuePointer(r)),
			TypeOf(obj).Name, uintptr(valuePointer(obj)))), nil
	})
	addMethod(weakRefType, "__hash__", func(vm *VM, r Value, args []Value, kw []Kwarg) (Value, error) {
		h, err := vm.hash(self(r).obj)
		return Int(h), err
	})
	// Refs to live objects compare by their referents.
	for _, op := range []struct {
		name   string
		negate bool
	}{{"__eq__", false}, {"__ne__", true}} {
		negate := op.negate
		addMethod(weakRefType, op.name, func(vm *VM, r Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(op.name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			other, ok := args[0].(*weakRef)
			if !ok {
				return NotImplemented, nil
			}
			eq, err := vm.equal(self(r).obj, other.obj)
			if !negate {
				return eq, err
			}
			return then(eq, err, func(v Value) (Value, error) {
				t, err := vm.truth(v)
				return then(t, err, func(t Value) (Value, error) { return Bool(!bool(t.(Bool))), nil })
			})
		})
	}
	addGetter(weakRefType, "__callback__", func(vm *VM, r Value) (Value, error) { return self(r).callback, nil })
}

func newWeakrefModule(vm *VM) *Module {
	m := vm.newModule("_weakref")
	m.Dict.SetStr("ReferenceType", weakRefType)
	m.Dict.SetStr("ref", weakRefType)
	return m
}
