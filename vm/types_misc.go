package vm

import (
	"tasklet/vm/compile"
)

// codeObject, frameObject and tracebackObject expose a function's code, a
// frame and a traceback to programs (and to traceback.py-style code).
type codeObject struct{ c *Code }

func (*codeObject) pyType() *Type { return codeType }

type frameObject struct {
	vm *VM
	f  *Frame
}

func (*frameObject) pyType() *Type { return frameType }

// frameObjectOf returns the Python frame object of f: always the same
// one, so that frames compare by identity as in CPython. The frame is no
// longer reused once a program can hold it.
func (vm *VM) frameObjectOf(f *Frame) *frameObject {
	f.escaped = true
	x := f.extra()
	if x.object == nil {
		x.object = &frameObject{vm: vm, f: f}
	}
	return x.object
}

type tracebackObject struct {
	entries []TracebackEntry
}

func (*tracebackObject) pyType() *Type { return tracebackType }

func init() {
	propertyType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: propertyType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		return &Property{}, nil
	}})
	addMethod(propertyType, "__init__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := onlyKw("property", kw, "fget", "fset", "fdel", "doc"); err != nil {
			return nil, err
		}
		p := self.(*Property)
		slots := []*Value{&p.Get, &p.Set, &p.Del, &p.Doc}
		for i, a := range args {
			if i < len(slots) {
				*slots[i] = a
			}
		}
		for _, k := range kw {
			switch k.Name {
			case "fget":
				p.Get = k.Value
			case "fset":
				p.Set = k.Value
			case "fdel":
				p.Del = k.Value
			case "doc":
				p.Doc = k.Value
			}
		}
		if (p.Doc == nil || p.Doc == None) && p.Get != nil {
			if fn, ok := p.Get.(*Function); ok {
				p.Doc = fn.Doc
			}
		}
		return None, nil
	})
	for _, name := range []string{"getter", "setter", "deleter"} {
		name := name
		addMethod(propertyType, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			if err := checkArgs(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			p := *self.(*Property)
			switch name {
			case "getter":
				p.Get = args[0]
			case "setter":
				p.Set = args[0]
			default:
				p.Del = args[0]
			}
			return &p, nil
		})
	}
	addMethod(propertyType, "__get__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 || args[0] == None {
			return self, nil
		}
		return vm.bind(self, args[0], TypeOf(args[0]))
	})

	staticmethodType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: staticmethodType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("staticmethod", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		return &StaticMethod{F: args[1]}, nil
	}})
	classmethodType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: classmethodType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("classmethod", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		return &ClassMethod{F: args[1]}, nil
	}})
	addMethod(staticmethodType, "__get__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return self.(*StaticMethod).F, nil
	})
	addMethod(classmethodType, "__get__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		var cls Value = None
		if len(args) > 1 && args[1] != None {
			cls = args[1]
		} else if len(args) > 0 {
			cls = TypeOf(args[0])
		}
		return &Method{Self: cls, Func: self.(*ClassMethod).F}, nil
	})

	superType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: superType, Fn: superNew})
	addMethod(superType, "__repr__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		s := self.(*Super)
		if s.ObjType == nil {
			return Str("<super: <class '" + s.Type.Name + "'>, NULL>"), nil
		}
		return Str("<super: <class '" + s.Type.Name + "'>, <" + s.ObjType.Name + " object>>"), nil
	})

	addGetter(codeType, "co_name", func(vm *VM, obj Value) (Value, error) { return Str(obj.(*codeObject).c.Name), nil })
	addGetter(codeType, "co_filename", func(vm *VM, obj Value) (Value, error) { return Str(obj.(*codeObject).c.Filename), nil })
	addGetter(codeType, "co_firstlineno", func(vm *VM, obj Value) (Value, error) { return Int(obj.(*codeObject).c.FirstLine), nil })
	addGetter(codeType, "co_argcount", func(vm *VM, obj Value) (Value, error) { return Int(obj.(*codeObject).c.ArgCount), nil })
	addGetter(codeType, "co_varnames", func(vm *VM, obj Value) (Value, error) {
		var t Tuple
		for _, n := range obj.(*codeObject).c.Varnames {
			t = append(t, Str(n))
		}
		return t, nil
	})
	addGetter(frameType, "f_code", func(vm *VM, obj Value) (Value, error) { return &codeObject{obj.(*frameObject).f.code}, nil })
	addGetter(frameType, "f_lineno", func(vm *VM, obj Value) (Value, error) { return Int(obj.(*frameObject).f.Line()), nil })
	addGetter(frameType, "f_globals", func(vm *VM, obj Value) (Value, error) { return obj.(*frameObject).f.globals, nil })
	addGetter(frameType, "f_locals", func(vm *VM, obj Value) (Value, error) {
		f := obj.(*frameObject).f
		if f.locals != nil {
			return f.locals, nil
		}
		return frameLocals(f), nil
	})
	addGetter(frameType, "f_back", func(vm *VM, obj Value) (Value, error) {
		fo := obj.(*frameObject)
		b := fo.f.back
		for b != nil && b.code == nil {
			b = b.back
		}
		if b == nil {
			return None, nil
		}
		return fo.vm.frameObjectOf(b), nil
	})
	addGetter(tracebackType, "tb_lineno", func(vm *VM, obj Value) (Value, error) {
		e := obj.(*tracebackObject).entries
		last := e[len(e)-1]
		return Int(last.Code.Pos[last.PC].Line), nil
	})
	addGetter(tracebackType, "tb_next", func(vm *VM, obj Value) (Value, error) {
		e := obj.(*tracebackObject).entries
		if len(e) <= 1 {
			return None, nil
		}
		return &tracebackObject{entries: e[:len(e)-1]}, nil
	})
}

// superNew is super() and super(type, obj). The zero-argument form finds
// the class in the calling function's __class__ cell and the instance in
// its first argument, as CPython does.
func superNew(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
	args = args[1:]
	var typ *Type
	var obj Value
	switch len(args) {
	case 0:
		f := vm.callerFrame()
		if f == nil || f.fn == nil {
			return nil, Errorf(RuntimeError, "super(): no arguments")
		}
		code, slots := f.code, f.slotSlice()
		if code.ArgCount == 0 && code.Flags&compile.VarArgs == 0 {
			return nil, Errorf(RuntimeError, "super(): no arguments")
		}
		obj = slots[0]
		for i := range code.Cellvars {
			if code.CellArgs[i] == 0 {
				// The first argument was captured: its current value is in
				// the cell.
				obj = slots[code.nlocals+i].(*Cell).V
			}
		}
		for i, n := range code.Freevars {
			if n == "__class__" {
				c := slots[code.nlocals+len(code.Cellvars)+i].(*Cell)
				t, ok := c.V.(*Type)
				if !ok {
					return nil, Errorf(RuntimeError, "super(): empty __class__ cell")
				}
				typ = t
			}
		}
		if typ == nil {
			return nil, Errorf(RuntimeError, "super(): __class__ cell not found")
		}
		if obj == nil {
			return nil, Errorf(RuntimeError, "super(): arg[0] deleted")
		}
	case 1, 2:
		t, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeError, "super() argument 1 must be a type, not %s", typeName(args[0]))
		}
		typ = t
		if len(args) == 2 {
			obj = args[1]
		}
	default:
		return nil, Errorf(TypeError, "super() takes at most 2 arguments (%d given)", len(args))
	}
	if obj == nil {
		return &Super{Type: typ}, nil
	}
	objType := TypeOf(obj)
	if t, ok := obj.(*Type); ok && t.IsSubtype(typ) {
		objType = t
	} else if !objType.IsSubtype(typ) {
		return nil, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &Super{Type: typ, Obj: obj, ObjType: objType}, nil
}
