package vm

import (
	"strings"
)

// Methods of object and type that other code compares against, to tell
// a default from an override.
var (
	objectNew     *Builtin
	objectInit    *Builtin
	objectSetattr *Builtin
	objectDelattr *Builtin
	objectHash    *Builtin
	typeCall      *Builtin
)

func init() {
	objectNew = &Builtin{Name: "__new__", Static: true, Method: true, Owner: objectType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeError, "object.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeError, "object.__new__(X): X is not a type object (%s)", typeName(args[0]))
		}
		if (len(args) > 1 || len(kw) > 0) && isObjectInit(cls) {
			return nil, Errorf(TypeError, "%s() takes no arguments", cls.QualName)
		}
		return vm.newObject(cls)
	}}
	objectType.Dict.SetStr("__new__", objectNew)
	objectInit = &Builtin{Name: "__init__", Method: true, Owner: objectType, Fn: func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return None, nil
	}}
	objectType.Dict.SetStr("__init__", objectInit)
	objectSetattr = &Builtin{Name: "__setattr__", Method: true, Owner: objectType, Fn: func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "expected 2 arguments, got %d", len(args))
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", typeName(args[0]))
		}
		r, err := vm.genericSetAttr(self, string(name), args[1])
		return then(r, err, func(Value) (Value, error) { return None, nil })
	}}
	objectType.Dict.SetStr("__setattr__", objectSetattr)
	objectDelattr = &Builtin{Name: "__delattr__", Method: true, Owner: objectType, Fn: func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args))
		}
		name, _ := args[0].(Str)
		if d := instanceDict(self, false); d != nil && d.DeleteStr(string(name)) {
			return None, nil
		}
		return nil, vm.noAttribute(self, string(name))
	}}
	objectType.Dict.SetStr("__delattr__", objectDelattr)
	objectHash = &Builtin{Name: "__hash__", Method: true, Owner: objectType, Fn: func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Int(identityHash(valuePointer(self))), nil
	}}
	objectType.Dict.SetStr("__hash__", objectHash)
	addMethod(objectType, "__eq__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 1 && (identical(self, args[0]) || is(self, args[0])) {
			return True, nil
		}
		return NotImplemented, nil
	})
	addMethod(objectType, "__ne__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args))
		}
		r, _, err := vm.callSpecial(self, "__eq__", args[0])
		return then(r, err, func(r Value) (Value, error) {
			if r == NotImplemented {
				return r, nil
			}
			b, err := vm.truth(r)
			return then(b, err, negate)
		})
	})
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		addMethod(objectType, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return NotImplemented, nil
		})
	}
	addMethod(objectType, "__getattribute__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("__getattribute__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", typeName(args[0]))
		}
		return vm.genericGetAttr(self, string(name))
	})
	addMethod(objectType, "__dir__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return builtinDir(vm, []Value{self}, nil)
	})
	addMethod(objectType, "__repr__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Str(defaultRepr(self)), nil
	})
	addMethod(objectType, "__str__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return vm.repr(self)
	})
	addMethod(objectType, "__format__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 1 {
			if s, ok := args[0].(Str); ok && s != "" {
				return nil, Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeOf(self).Name)
			}
		}
		return vm.str(self)
	})
	objectType.Dict.SetStr("__init_subclass__", &Builtin{Name: "__init_subclass__", Method: true, Class: true, Owner: objectType,
		Fn: func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) { return None, nil }})
	addGetSet(objectType, "__class__", func(vm *VM, obj Value) (Value, error) { return TypeOf(obj), nil },
		func(vm *VM, obj Value, v Value) error {
			inst, ok := obj.(*Instance)
			cls, ok2 := v.(*Type)
			if !ok || !ok2 || layoutOf(cls) != layoutOf(inst.Class) {
				return Errorf(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
			}
			inst.Class = cls
			return nil
		})
	objectType.Dict.SetStr("__doc__", Str("The base class of the class hierarchy."))

	addMethod(methodType, "__eq__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		a := self.(*Method)
		b, ok := args[0].(*Method)
		if !ok {
			return NotImplemented, nil
		}
		return Bool(identical(a.Self, b.Self) && identical(a.Func, b.Func)), nil
	})
	addMethod(methodType, "__hash__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		m := self.(*Method)
		h1, err := vm.hash(m.Func)
		if err != nil {
			return nil, err
		}
		return Int(h1 ^ identityHash(valuePointer(m.Self))), nil
	})
	typeCall = &Builtin{Name: "__call__", Method: true, Owner: typeType, Fn: func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		cls, ok := self.(*Type)
		if !ok {
			return nil, Errorf(TypeError, "descriptor '__call__' requires a 'type' object")
		}
		return vm.typeCallDefault(cls, args, kw)
	}}
	typeType.Dict.SetStr("__call__", typeCall)
	typeType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: typeType, Fn: typeNew})
	addMethod(typeType, "__init__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) { return None, nil })
	addMethod(typeType, "mro", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		t := self.(*Type)
		items := make([]Value, len(t.MRO))
		for i, c := range t.MRO {
			items[i] = c
		}
		return &List{Items: items}, nil
	})
	addMethod(typeType, "__subclasses__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return &List{Items: append([]Value(nil), self.(*Type).subclasses...)}, nil
	})
	addMethod(typeType, "__repr__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		s, _ := reprBuiltin(self)
		return Str(s), nil
	})
	addMethod(typeType, "__instancecheck__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		return Bool(TypeOf(args[0]).IsSubtype(self.(*Type))), nil
	})
	addMethod(typeType, "__subclasscheck__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		c, ok := args[0].(*Type)
		return Bool(ok && c.IsSubtype(self.(*Type))), nil
	})
}

// typeNew is type.__new__(meta, name, bases, namespace): it makes a class.
func typeNew(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
	if len(args) == 2 && len(kw) == 0 {
		return TypeOf(args[1]), nil
	}
	if len(args) != 4 {
		return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
	}
	meta, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__(X): X is not a type object (%s)", typeName(args[0]))
	}
	name, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 1 must be str, not %s", typeName(args[1]))
	}
	basesT, ok := args[2].(Tuple)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 2 must be tuple, not %s", typeName(args[2]))
	}
	ns, ok := args[3].(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 3 must be dict, not %s", typeName(args[3]))
	}
	var bases []*Type
	for _, b := range basesT {
		bt, ok := b.(*Type)
		if !ok {
			return nil, Errorf(TypeError, "bases must be types")
		}
		if bt.noSubclass {
			return nil, Errorf(TypeError, "type '%s' is not an acceptable base type", bt.Name)
		}
		bases = append(bases, bt)
	}
	if len(bases) == 0 {
		bases = []*Type{objectType}
	}
	cls := &Type{Name: string(name), QualName: string(name), Bases: bases, Dict: ns.Copy()}
	cls.Dict.classDict = true
	if meta != typeType {
		cls.Meta = meta
	}
	if q, ok := ns.GetStr("__qualname__"); ok {
		if qs, ok := q.(Str); ok {
			cls.QualName = string(qs)
		}
		cls.Dict.DeleteStr("__qualname__")
	}
	if m, ok := ns.GetStr("__module__"); ok {
		if ms, ok := m.(Str); ok {
			cls.Module = string(ms)
		}
	}
	cls.Dict.DeleteStr("__classcell__")
	mro, err := computeMRO(cls, bases)
	if err != nil {
		return nil, Errorf(TypeError, "%s", err.Error())
	}
	cls.MRO = mro
	// The instance layout comes from the built-in bases; two different
	// ones cannot be combined.
	var layout *Type
	for _, b := range bases {
		l := layoutOf(b)
		if l == objectType {
			continue
		}
		if layout != nil && layout != l && !l.IsSubtype(layout) && !layout.IsSubtype(l) {
			return nil, Errorf(TypeError, "multiple bases have instance lay-out conflict")
		}
		if layout == nil || l.IsSubtype(layout) {
			layout = l
		}
	}
	if layout == nil {
		layout = objectType
	}
	cls.layout = layout
	// __new__ is a static method and __init_subclass__ a class method
	// without saying so.
	if fn, ok := cls.Dict.GetStr("__new__"); ok {
		if f, ok := fn.(*Function); ok {
			cls.Dict.SetStr("__new__", &StaticMethod{F: f})
		}
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if fn, ok := cls.Dict.GetStr(n); ok {
			if f, ok := fn.(*Function); ok {
				cls.Dict.SetStr(n, &ClassMethod{F: f})
			}
		}
	}
	if _, ok := cls.Dict.GetStr("__doc__"); !ok {
		cls.Dict.SetStr("__doc__", None)
	}
	// A class that defines __eq__ without __hash__ is unhashable.
	if _, hasEq := cls.Dict.GetStr("__eq__"); hasEq {
		if _, hasHash := cls.Dict.GetStr("__hash__"); !hasHash {
			cls.Dict.SetStr("__hash__", None)
		}
	}
	cls.bump()
	for _, b := range bases {
		b.subclasses = append(b.subclasses, cls)
	}
	if cell, ok := ns.GetStr("__classcell__"); ok {
		if c, ok := cell.(*Cell); ok {
			c.V = cls
		}
	}
	// __set_name__ on descriptors, then the parent's __init_subclass__.
	var setNames []Value
	cls.Dict.Items(func(k, v Value) bool {
		if _, ok := TypeOf(v).Lookup("__set_name__"); ok {
			if _, isInst := v.(*Instance); isInst {
				setNames = append(setNames, k, v)
			}
		}
		return true
	})
	var step func(i int) (Value, error)
	step = func(i int) (Value, error) {
		if i < len(setNames) {
			r, _, err := vm.callSpecial(setNames[i+1], "__set_name__", cls, setNames[i])
			return then(r, err, func(Value) (Value, error) { return step(i + 2) })
		}
		sup := &Super{Type: cls, Obj: cls, ObjType: cls}
		isc, err := vm.getSuperAttr(sup, "__init_subclass__")
		r, err := then(isc, err, func(isc Value) (Value, error) { return vm.callValue(isc, nil, kw) })
		return then(r, err, func(Value) (Value, error) { return cls, nil })
	}
	return step(0)
}

// classBody is a pending "callable" that runs a class statement's body
// with its namespace as locals.
type classBody struct {
	fn *Function
	ns *Dict
}

// buildClassBuiltin is __build_class__(body, name, *bases, metaclass=?,
// **kw), which the class statement calls.
var buildClassBuiltin *Builtin

func init() { buildClassBuiltin = builtinFunc("__build_class__", buildClass) }

func buildClass(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if len(args) < 2 {
		return nil, Errorf(TypeError, "__build_class__: not enough arguments")
	}
	body, ok := args[0].(*Function)
	if !ok {
		return nil, Errorf(TypeError, "__build_class__: func must be a function")
	}
	name := args[1]
	bases := Tuple(append([]Value(nil), args[2:]...))
	var meta Value
	var rest []Kwarg
	for _, k := range kw {
		if k.Name == "metaclass" {
			meta = k.Value
		} else {
			rest = append(rest, k)
		}
	}
	if meta == nil {
		var winner *Type = typeType
		for _, b := range bases {
			bt := TypeOf(b)
			if bt.IsSubtype(winner) {
				winner = bt
			} else if !winner.IsSubtype(bt) {
				return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
			}
		}
		meta = winner
	}
	ns := NewDict()
	if mt, ok := meta.(*Type); ok {
		if prep, ok := mt.Lookup("__prepare__"); ok {
			m, err := vm.bind(prep, nil, mt)
			r, err := then(m, err, func(m Value) (Value, error) { return vm.callValue(m, []Value{name, bases}, rest) })
			r, err = vm.finishNested(r, err)
			if err != nil {
				return nil, err
			}
			if d, ok := r.(*Dict); ok {
				ns = d
			}
		}
	}
	p := &pending{fn: &classBody{fn: body, ns: ns}}
	return then(p, nil, func(Value) (Value, error) {
		return vm.callValue(meta, []Value{name, bases, ns}, rest)
	})
}

// specialAttr answers the attributes that built-in objects have without a
// dict entry: a function's __name__, a class's __mro__, and so on.
func (vm *VM) specialAttr(obj Value, name string) (Value, bool, error) {
	switch o := obj.(type) {
	case *Type:
		switch name {
		case "__name__":
			return Str(o.Name), true, nil
		case "__qualname__":
			return Str(o.QualName), true, nil
		case "__module__":
			if o.Module == "" {
				return Str("builtins"), true, nil
			}
			return Str(o.Module), true, nil
		case "__bases__":
			t := make(Tuple, len(o.Bases))
			for i, b := range o.Bases {
				t[i] = b
			}
			return t, true, nil
		case "__base__":
			if len(o.Bases) == 0 {
				return None, true, nil
			}
			return o.Bases[0], true, nil
		case "__mro__":
			t := make(Tuple, len(o.MRO))
			for i, b := range o.MRO {
				t[i] = b
			}
			return t, true, nil
		case "__dict__":
			return o.Dict, true, nil
		case "__doc__":
			return None, true, nil
		}
	case *Function:
		switch name {
		case "__name__":
			return Str(o.Name), true, nil
		case "__qualname__":
			return Str(o.QualName), true, nil
		case "__doc__":
			return o.Doc, true, nil
		case "__module__":
			if o.Module == nil {
				return None, true, nil
			}
			return o.Module, true, nil
		case "__defaults__":
			if o.Defaults == nil {
				return None, true, nil
			}
			return o.Defaults, true, nil
		case "__kwdefaults__":
			if o.KwDefaults == nil {
				return None, true, nil
			}
			return o.KwDefaults, true, nil
		case "__dict__":
			return instanceDict(o, true), true, nil
		case "__globals__":
			return o.Globals, true, nil
		case "__closure__":
			if o.Closure == nil {
				return None, true, nil
			}
			t := make(Tuple, len(o.Closure))
			for i, c := range o.Closure {
				t[i] = c
			}
			return t, true, nil
		case "__code__":
			return &codeObject{o.Code}, true, nil
		case "__annotations__":
			return NewDict(), true, nil
		}
	case *Method:
		switch name {
		case "__self__":
			return o.Self, true, nil
		case "__func__":
			return o.Func, true, nil
		}
		v, err := vm.getAttr(o.Func, name)
		return v, err == nil, err
	case *Builtin:
		switch name {
		case "__name__":
			return Str(o.Name), true, nil
		case "__qualname__":
			if o.Owner != nil {
				return Str(o.Owner.Name + "." + o.Name), true, nil
			}
			return Str(o.Name), true, nil
		case "__self__":
			if o.Self == nil {
				return None, true, nil
			}
			return o.Self, true, nil
		case "__doc__":
			if o.Doc == "" {
				return None, true, nil
			}
			return Str(o.Doc), true, nil
		case "__module__":
			return Str("builtins"), true, nil
		}
	case *Generator:
		switch name {
		case "__name__":
			return Str(o.name), true, nil
		case "__qualname__":
			return Str(o.qualname), true, nil
		case "gi_running":
			return Bool(o.state == genRunning), true, nil
		case "gi_frame":
			if o.frame == nil {
				return None, true, nil
			}
			return vm.frameObjectOf(o.frame), true, nil
		}
	case *Exception:
		switch name {
		case "args":
			return o.Args, true, nil
		case "__cause__":
			if o.Cause == nil {
				return None, true, nil
			}
			return o.Cause, true, nil
		case "__context__":
			if o.Context == nil {
				return None, true, nil
			}
			return o.Context, true, nil
		case "__suppress_context__":
			return Bool(o.SuppressContext), true, nil
		case "__traceback__":
			if len(o.Traceback) == 0 {
				return None, true, nil
			}
			return &tracebackObject{entries: o.Traceback}, true, nil
		case "value":
			if o.Class.IsSubtype(StopIteration) {
				return stopIterationValue(o), true, nil
			}
		case "code":
			if o.Class.IsSubtype(SystemExit) {
				if len(o.Args) == 0 {
					return None, true, nil
				}
				if len(o.Args) == 1 {
					return o.Args[0], true, nil
				}
				return o.Args, true, nil
			}
		}
	case *Property:
		switch name {
		case "fget":
			return orNone(o.Get), true, nil
		case "fset":
			return orNone(o.Set), true, nil
		case "fdel":
			return orNone(o.Del), true, nil
		case "__doc__":
			return orNone(o.Doc), true, nil
		}
	case *StaticMethod:
		if name == "__func__" {
			return o.F, true, nil
		}
	case *ClassMethod:
		if name == "__func__" {
			return o.F, true, nil
		}
	}
	if name == "__dict__" {
		if d := instanceDict(obj, true); d != nil {
			return d, true, nil
		}
	}
	return nil, false, nil
}

func orNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

// setFunctionAttr sets the attributes of a function that are fields, as
// functools.wraps does.
func setFunctionAttr(fn *Function, name string, v Value) (bool, error) {
	switch name {
	case "__name__", "__qualname__":
		s, ok := v.(Str)
		if !ok {
			return true, Errorf(TypeError, "%s must be set to a string object", name)
		}
		if name == "__name__" {
			fn.Name = string(s)
		} else {
			fn.QualName = string(s)
		}
		return true, nil
	case "__doc__":
		fn.Doc = v
		return true, nil
	case "__module__":
		fn.Module = v
		return true, nil
	case "__defaults__":
		switch d := v.(type) {
		case NoneType:
			fn.Defaults = nil
		case Tuple:
			fn.Defaults = d
		default:
			return true, Errorf(TypeError, "__defaults__ must be set to a tuple object")
		}
		return true, nil
	case "__kwdefaults__":
		switch d := v.(type) {
		case NoneType:
			fn.KwDefaults = nil
		case *Dict:
			fn.KwDefaults = d
		default:
			return true, Errorf(TypeError, "__kwdefaults__ must be set to a dict object")
		}
		return true, nil
	case "__dict__":
		d, ok := v.(*Dict)
		if !ok {
			return true, Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", typeName(v))
		}
		fn.Dict = d
		return true, nil
	}
	return false, nil
}

// setExceptionAttr sets the attributes that exceptions keep outside their
// dict.
func setExceptionAttr(e *Exception, name string, v Value) (bool, error) {
	switch name {
	case "args":
		t, ok := v.(Tuple)
		if !ok {
			return true, Errorf(TypeError, "args must be a tuple")
		}
		e.Args = t
		return true, nil
	case "__cause__":
		switch c := v.(type) {
		case NoneType:
			e.Cause = None
		case *Exception:
			e.Cause = c
		default:
			return true, Errorf(TypeError, "exception cause must be None or derive from BaseException")
		}
		e.SuppressContext = true
		return true, nil
	case "__context__":
		switch c := v.(type) {
		case NoneType:
			e.Context = nil
		case *Exception:
			e.Context = c
		default:
			return true, Errorf(TypeError, "exception context must be None or derive from BaseException")
		}
		return true, nil
	case "__suppress_context__":
		b, _ := v.(Bool)
		e.SuppressContext = bool(b)
		return true, nil
	case "__traceback__":
		if v == None {
			e.Traceback = nil
		}
		return true, nil
	}
	return false, nil
}

// getSuperAttr looks name up in the MRO of s.ObjType after s.Type. An
// unbound super (super(A), with no object) has no MRO to look in.
func (vm *VM) getSuperAttr(s *Super, name string) (Value, error) {
	var mro []*Type
	if s.ObjType != nil {
		mro = s.ObjType.MRO
	}
	i := 0
	for i < len(mro) && mro[i] != s.Type {
		i++
	}
	for _, c := range mro[min(i+1, len(mro)):] {
		if v, ok := c.Dict.GetStr(name); ok {
			obj := s.Obj
			if obj == s.ObjType {
				// super() in a class method: bind to the class.
				if cm, ok := v.(*ClassMethod); ok {
					return &Method{Self: s.ObjType, Func: cm.F}, nil
				}
				if b, ok := v.(*Builtin); ok && b.Class {
					return vm.bind(v, nil, s.ObjType)
				}
				if _, ok := obj.(*Type); ok {
					return vm.bind(v, nil, s.ObjType)
				}
			}
			return vm.bind(v, obj, s.ObjType)
		}
	}
	if name == "__class__" {
		return superType, nil
	}
	return nil, Errorf(AttributeError, "'super' object has no attribute '%s'", name)
}

// qualifiedName is a class's name as tracebacks and reprs show it.
func qualifiedName(t *Type) string {
	if t.Module == "" || t.Module == "builtins" {
		return t.QualName
	}
	return strings.Join([]string{t.Module, t.QualName}, ".")
}
