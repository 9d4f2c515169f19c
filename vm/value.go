// Package vm runs tasklet programs: it owns the run-time values, the
// interpreter loop over heap frames, the tasklets, channels and scheduler,
// and the built-in functions and modules.
//
// No Python-level call recurses on the Go stack. A call pushes a heap frame
// and the loop goes on with it; a Go built-in that needs to call back into
// Python (sorted with a key, map, a user __eq__ reached from an operator)
// returns a pending call with a continuation instead of calling, and the
// loop resumes the continuation with the result. A tasklet is therefore
// nothing but its chain of frames, and switching tasklets is a pointer
// swap.
//
// A VM runs on one goroutine (only RequestPause may be called from
// others), and one VM at a time runs in a process: the built-in types are
// shared by every VM, and so are the caches of their attribute lookups.
package vm

import (
	"math/big"
)

// A Value is any Python value. The concrete types are:
//
//	NoneType, Bool, Int, *big.Int (only outside the int64 range), Float,
//	Str, Bytes, Tuple, *List, *Dict, *Set, *Range, *Slice, *Function,
//	*Builtin, *Method, *Type, *Instance, *Module, *Cell, *Generator,
//	*Exception, *Property, *StaticMethod, *ClassMethod, *Super, iterators,
//	and the stackless types.
type Value interface{}

// NoneType is the type of None.
type NoneType struct{}

// None is Python's None.
var None Value = NoneType{}

// Bool is a Python bool.
type Bool bool

// True and False as Values.
var (
	True  Value = Bool(true)
	False Value = Bool(false)
)

// Int is a Python int that fits in 64 bits; larger ints are *big.Int.
type Int int64

// Float is a Python float.
type Float float64

// Str is a Python str, held as UTF-8.
type Str string

// Bytes is a Python bytes object.
type Bytes string

// Tuple is a Python tuple.
type Tuple []Value

// List is a Python list.
type List struct {
	Items []Value
}

// Ellipsis is the type of the ... singleton.
type EllipsisType struct{}

// Ellipsis is Python's ...
var Ellipsis Value = EllipsisType{}

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is returned by binary special methods that do not
// handle their operands.
var NotImplemented Value = NotImplementedType{}

// A Cell holds a variable that nested functions capture.
type Cell struct {
	V Value // nil while unbound
}

// A Slice is the value of a[lo:hi:step].
type Slice struct {
	Start, Stop, Step Value
}

// A Range is a range object.
type Range struct {
	Start, Stop, Step int64
}

// Len returns the number of elements of r.
func (r *Range) Len() int64 {
	if r.Step > 0 {
		if r.Start >= r.Stop {
			return 0
		}
		return (r.Stop - r.Start - 1 + r.Step) / r.Step
	}
	if r.Start <= r.Stop {
		return 0
	}
	return (r.Start - r.Stop - 1 - r.Step) / -r.Step
}

// MakeInt returns v as an Int when it fits, else as a *big.Int.
func MakeInt(v *big.Int) Value {
	if v.IsInt64() {
		return Int(v.Int64())
	}
	return v
}

func boolValue(b bool) Value {
	if b {
		return True
	}
	return False
}
