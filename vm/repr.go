package vm

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"tasklet/vm/pyformat"
	"tasklet/vm/pystr"
)

// repr is repr(v): a Str, or a pending call to a __repr__ written in
// Python.
func (vm *VM) repr(v Value) (Value, error) {
	switch x := v.(type) {
	case Str:
		return Str(pystr.Repr(string(x))), nil
	case Int:
		return Str(strconv.FormatInt(int64(x), 10)), nil
	case *List:
		return vm.reprContainer(v, "[", "]", x.Items)
	case Tuple:
		if len(x) == 1 {
			return vm.reprContainer(v, "(", ",)", x)
		}
		return vm.reprContainer(v, "(", ")", x)
	case *Dict:
		return vm.reprDict(x)
	case *Set:
		if x.Len() == 0 {
			if x.frozen {
				return Str("frozenset()"), nil
			}
			return Str("set()"), nil
		}
		if x.frozen {
			return vm.reprContainer(v, "frozenset({", "})", x.Elements())
		}
		return vm.reprContainer(v, "{", "}", x.Elements())
	case *Instance:
		return vm.reprInstance(x)
	case *Exception:
		if r, owner := x.Class.lookupOwner("__repr__"); owner != nil && owner != BaseException && owner != objectType {
			res, _, err := vm.callSpecial(v, "__repr__")
			_ = r
			return then(res, err, checkStr("__repr__"))
		}
		args, err := vm.repr(x.Args)
		return then(args, err, func(a Value) (Value, error) {
			s := string(a.(Str))
			if len(x.Args) == 1 {
				s = s[:len(s)-2] + ")" // "(x,)" -> "(x)"
			}
			return Str(x.Class.QualName + s), nil
		})
	}
	if s, ok := reprBuiltin(v); ok {
		return Str(s), nil
	}
	r, found, err := vm.callSpecial(v, "__repr__")
	if found || err != nil {
		return then(r, err, checkStr("__repr__"))
	}
	return Str(defaultRepr(v)), nil
}

func checkStr(method string) func(Value) (Value, error) {
	return func(r Value) (Value, error) {
		switch s := r.(type) {
		case Str:
			return s, nil
		case *Instance:
			if p, ok := s.Payload.(Str); ok {
				return p, nil
			}
		}
		return nil, Errorf(TypeError, "%s returned non-string (type %s)", method, typeName(r))
	}
}

func (vm *VM) reprInstance(x *Instance) (Value, error) {
	if _, owner := x.Class.lookupOwner("__repr__"); owner != nil && owner != objectType && !owner.builtin {
		r, _, err := vm.callSpecial(x, "__repr__")
		return then(r, err, checkStr("__repr__"))
	}
	if x.Payload != nil {
		if _, owner := x.Class.lookupOwner("__repr__"); owner != nil && owner.builtin && owner != objectType {
			return vm.repr(x.Payload)
		}
	}
	return Str(defaultRepr(x)), nil
}

// reprBuiltin handles the values whose repr never runs user code.
func reprBuiltin(v Value) (string, bool) {
	switch x := v.(type) {
	case NoneType:
		return "None", true
	case Bool:
		if x {
			return "True", true
		}
		return "False", true
	case Int:
		return strconv.FormatInt(int64(x), 10), true
	case *big.Int:
		return x.String(), true
	case Float:
		return pyformat.FloatRepr(float64(x)), true
	case Str:
		return pystr.Repr(string(x)), true
	case Bytes:
		return pystr.BytesRepr(string(x)), true
	case EllipsisType:
		return "Ellipsis", true
	case NotImplementedType:
		return "NotImplemented", true
	case *Range:
		if x.Step == 1 {
			return fmt.Sprintf("range(%d, %d)", x.Start, x.Stop), true
		}
		return fmt.Sprintf("range(%d, %d, %d)", x.Start, x.Stop, x.Step), true
	case *Type:
		return "<class '" + x.fullName() + "'>", true
	case *Function:
		return fmt.Sprintf("<function %s at %#x>", x.QualName, uintptr(valuePointer(v))), true
	case *Builtin:
		if x.Self != nil && x.Method {
			return fmt.Sprintf("<built-in method %s of %s object at %#x>", x.Name, typeName(x.Self), uintptr(valuePointer(x.Self))), true
		}
		if x.Method && x.Owner != nil {
			return fmt.Sprintf("<method '%s' of '%s' objects>", x.Name, x.Owner.Name), true
		}
		return "<built-in function " + x.Name + ">", true
	case *Module:
		if f, ok := x.Dict.GetStr("__file__"); ok {
			if s, ok := f.(Str); ok {
				return fmt.Sprintf("<module '%s' from '%s'>", x.Name, s), true
			}
		}
		return fmt.Sprintf("<module '%s' (built-in)>", x.Name), true
	case *Generator:
		return fmt.Sprintf("<generator object %s at %#x>", x.qualname, uintptr(valuePointer(v))), true
	case *Cell:
		return fmt.Sprintf("<cell at %#x>", uintptr(valuePointer(v))), true
	case *Slice:
		return "slice(" + reprSimple(x.Start) + ", " + reprSimple(x.Stop) + ", " + reprSimple(x.Step) + ")", true
	}
	return "", false
}

func defaultRepr(v Value) string {
	return fmt.Sprintf("<%s object at %#x>", TypeOf(v).fullName(), uintptr(valuePointer(v)))
}

// reprContainer builds open + repr(items) joined by ", " + close, with
// the "..." of a container that contains itself.
func (vm *VM) reprContainer(self Value, open, close string, items []Value) (Value, error) {
	if vm.reprEnter(self) {
		return Str(open[:1] + "..." + close[len(close)-1:]), nil
	}
	parts := make([]string, 0, len(items))
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		for ; i < len(items); i++ {
			r, err := vm.repr(items[i])
			if _, isPending := r.(*pending); isPending || err != nil {
				return thenCatch(r, err, func(r Value) (Value, error) {
					parts = append(parts, string(r.(Str)))
					return step(i + 1)
				}, func(err error) (Value, error) {
					vm.reprLeave(self)
					return nil, err
				})
			}
			parts = append(parts, string(r.(Str)))
		}
		vm.reprLeave(self)
		return Str(open + strings.Join(parts, ", ") + close), nil
	}
	return step(0)
}

func (vm *VM) reprDict(d *Dict) (Value, error) {
	if d.Len() == 0 {
		return Str("{}"), nil
	}
	if vm.reprEnter(d) {
		return Str("{...}"), nil
	}
	var items []Value
	d.Items(func(k, v Value) bool {
		items = append(items, k, v)
		return true
	})
	parts := make([]string, 0, len(items))
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		for ; i < len(items); i++ {
			r, err := vm.repr(items[i])
			if _, isPending := r.(*pending); isPending || err != nil {
				return thenCatch(r, err, func(r Value) (Value, error) {
					parts = append(parts, string(r.(Str)))
					return step(i + 1)
				}, func(err error) (Value, error) {
					vm.reprLeave(d)
					return nil, err
				})
			}
			parts = append(parts, string(r.(Str)))
		}
		vm.reprLeave(d)
		var sb strings.Builder
		sb.WriteByte('{')
		for i := 0; i < len(parts); i += 2 {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(parts[i])
			sb.WriteString(": ")
			sb.WriteString(parts[i+1])
		}
		sb.WriteByte('}')
		return Str(sb.String()), nil
	}
	return step(0)
}

// reprEnter marks a container as being repr'd, reporting whether it
// already was (a reference cycle).
func (vm *VM) reprEnter(v Value) bool {
	p := valuePointer(v)
	x := vm.cur.extra()
	for _, q := range x.reprStack {
		if q == p {
			return true
		}
	}
	x.reprStack = append(x.reprStack, p)
	return false
}

func (vm *VM) reprLeave(v Value) {
	p := valuePointer(v)
	x := vm.cur.extra()
	s := x.reprStack
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == p {
			x.reprStack = append(s[:i], s[i+1:]...)
			return
		}
	}
}

// str is str(v).
func (vm *VM) str(v Value) (Value, error) {
	switch x := v.(type) {
	case Str:
		return x, nil
	case Int:
		return intStr(x), nil
	case Float:
		return Str(pyformat.FloatRepr(float64(x))), nil
	case *Exception:
		if _, owner := x.Class.lookupOwner("__str__"); owner != nil && !owner.builtin {
			r, _, err := vm.callSpecial(v, "__str__")
			return then(r, err, checkStr("__str__"))
		}
		if s, ok := osErrorStr(x); ok {
			return Str(s), nil
		}
		if s, ok := syntaxErrorStr(x); ok {
			return Str(s), nil
		}
		if len(x.Args) == 1 && !x.Class.IsSubtype(KeyError) {
			return vm.str(x.Args[0])
		}
		if len(x.Args) == 1 {
			return vm.repr(x.Args[0])
		}
		if len(x.Args) == 0 {
			return Str(""), nil
		}
		return vm.repr(x.Args)
	case *Instance:
		if _, owner := x.Class.lookupOwner("__str__"); owner != nil && owner != objectType && !owner.builtin {
			r, _, err := vm.callSpecial(v, "__str__")
			return then(r, err, checkStr("__str__"))
		}
		if p, ok := x.Payload.(Str); ok {
			if _, owner := x.Class.lookupOwner("__repr__"); owner == nil || owner.builtin {
				return p, nil
			}
		}
		return vm.reprInstance(x)
	}
	return vm.repr(v)
}

// reprSimple and strSimple render values for messages made in Go code,
// where no user code may run.
func reprSimple(v Value) string {
	if s, ok := reprBuiltin(v); ok {
		return s
	}
	switch x := v.(type) {
	case Tuple:
		parts := make([]string, len(x))
		for i, item := range x {
			parts[i] = reprSimple(item)
		}
		if len(x) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *List:
		parts := make([]string, len(x.Items))
		for i, item := range x.Items {
			parts[i] = reprSimple(item)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return defaultRepr(v)
}

func strSimple(v Value) string {
	if s, ok := v.(Str); ok {
		return string(s)
	}
	return reprSimple(v)
}

// strNested is str(v) run to completion, for tracebacks and messages.
func (vm *VM) strNested(v Value) (string, error) {
	r, err := vm.finishNested(vm.str(v))
	if err != nil {
		return "", err
	}
	return string(r.(Str)), nil
}

// reprNested is repr(v) run to completion.
func (vm *VM) reprNested(v Value) (string, error) {
	r, err := vm.finishNested(vm.repr(v))
	if err != nil {
		return "", err
	}
	return string(r.(Str)), nil
}
