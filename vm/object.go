package vm

// This file holds the attribute protocol and the call protocol.

// instanceDict returns the __dict__ of obj, or nil if it has none. create
// makes one for objects whose dict is made on first use.
func instanceDict(obj Value, create bool) *Dict {
	switch o := obj.(type) {
	case *Instance:
		if o.Dict == nil && create {
			o.Dict = NewDict()
		}
		return o.Dict
	case *Exception:
		if o.Dict == nil && create {
			o.Dict = NewDict()
		}
		return o.Dict
	case *Function:
		if o.Dict == nil && create {
			o.Dict = NewDict()
		}
		return o.Dict
	case *Module:
		return o.Dict
	case dictHolder:
		return o.instanceDict(create)
	}
	return nil
}

// dictHolder is implemented by built-in objects that accept attributes
// (tasklets and channels, whose subclasses add their own).
type dictHolder interface {
	instanceDict(create bool) *Dict
}

// isDataDescriptor reports whether a class attribute takes precedence over
// the instance dict.
func (vm *VM) isDataDescriptor(attr Value) bool { return isDataDescriptor(attr) }

func isDataDescriptor(attr Value) bool {
	switch a := attr.(type) {
	case *Property:
		return true
	case *Instance:
		_, hasSet := a.Class.Lookup("__set__")
		_, hasDel := a.Class.Lookup("__delete__")
		return hasSet || hasDel
	case *getSetDescriptor:
		return true
	}
	return false
}

// A getSetDescriptor is a computed attribute of a built-in type (like a
// tasklet's alive), which takes precedence over instance dicts.
type getSetDescriptor struct {
	name string
	get  func(vm *VM, obj Value) (Value, error)
	set  func(vm *VM, obj Value, v Value) error
}

func (*getSetDescriptor) pyType() *Type { return getsetDescriptorType }

var getsetDescriptorType = newBuiltinType("getset_descriptor")

// addGetter declares a read-only computed attribute of a built-in type.
func addGetter(t *Type, name string, get func(vm *VM, obj Value) (Value, error)) {
	t.Dict.SetStr(name, &getSetDescriptor{name: name, get: get})
}

// addGetSet declares a computed attribute that can also be set.
func addGetSet(t *Type, name string, get func(vm *VM, obj Value) (Value, error), set func(vm *VM, obj Value, v Value) error) {
	t.Dict.SetStr(name, &getSetDescriptor{name: name, get: get, set: set})
}

// bind applies the descriptor protocol to a class attribute found for obj
// (an instance of cls, or nil when looked up on the class itself).
func (vm *VM) bind(attr Value, obj Value, cls *Type) (Value, error) {
	switch a := attr.(type) {
	case *Function:
		if obj == nil {
			return a, nil
		}
		return &Method{Self: obj, Func: a}, nil
	case *Builtin:
		if !a.Method || a.Self != nil {
			return a, nil
		}
		if a.Class {
			return &Builtin{Name: a.Name, Fn: a.Fn, Self: cls, Method: true, Owner: a.Owner}, nil
		}
		if obj == nil || a.Static {
			return a, nil
		}
		return &Builtin{Name: a.Name, Fn: a.Fn, Self: obj, Method: true, Owner: a.Owner}, nil
	case *StaticMethod:
		return a.F, nil
	case *ClassMethod:
		return &Method{Self: cls, Func: a.F}, nil
	case *Property:
		if obj == nil {
			return a, nil
		}
		if a.Get == nil || a.Get == None {
			return nil, Errorf(AttributeError, "property of '%s' object has no getter", typeName(obj))
		}
		return vm.callValue(a.Get, []Value{obj}, nil)
	case *getSetDescriptor:
		if obj == nil {
			return a, nil
		}
		return a.get(vm, obj)
	case *Instance:
		if get, ok := a.Class.Lookup("__get__"); ok {
			var o Value = None
			if obj != nil {
				o = obj
			}
			return vm.callValue(get, []Value{a, o, cls}, nil)
		}
	}
	return attr, nil
}

// getAttr is getattr(obj, name). The result may be pending when a
// property getter or __getattr__ written in Python must run.
func (vm *VM) getAttr(obj Value, name string) (Value, error) {
	switch o := obj.(type) {
	case *Module:
		if g, ok := o.getters[name]; ok {
			return g(vm), nil
		}
		if v, ok := o.Dict.GetStr(name); ok {
			return v, nil
		}
		if name == "__dict__" {
			return o.Dict, nil
		}
		return nil, Errorf(AttributeError, "module '%s' has no attribute '%s'", o.Name, name)
	case *Type:
		return vm.getClassAttr(o, name)
	case *Super:
		return vm.getSuperAttr(o, name)
	}
	if _, isInst := obj.(*Instance); !isInst {
		// Built-in objects answer their own attributes (a function's
		// __doc__) before what their class holds (object's __doc__).
		if v, ok, err := vm.specialAttr(obj, name); ok || err != nil {
			return v, err
		}
	}
	cls := TypeOf(obj)
	hooks := cls.hooks()
	var r Value
	var err error
	if gab := hooks.getattribute; gab != nil {
		r, err = vm.callValue(gab, []Value{obj, Str(name)}, nil)
	} else {
		r, err = vm.genericGetAttr(obj, name)
	}
	ga := hooks.getattr
	if ga == nil {
		return r, err
	}
	// __getattr__ answers whatever the normal lookup (a property
	// included) reports missing.
	return thenCatch(r, err, func(v Value) (Value, error) { return v, nil }, func(err error) (Value, error) {
		if isException(err, AttributeError) {
			return vm.callValue(ga, []Value{obj, Str(name)}, nil)
		}
		return nil, err
	})
}

// genericGetAttr is object.__getattribute__: data descriptors of the
// class, then the instance dict, then other class attributes.
func (vm *VM) genericGetAttr(obj Value, name string) (Value, error) {
	attr, ok := TypeOf(obj).Lookup(name)
	return vm.genericGetAttrFound(obj, name, attr, ok)
}

// genericGetAttrFound is genericGetAttr once name has been looked up in
// the object's class (attr, found or not).
func (vm *VM) genericGetAttrFound(obj Value, name string, attr Value, ok bool) (Value, error) {
	cls := TypeOf(obj)
	if ok && vm.isDataDescriptor(attr) {
		return vm.bind(attr, obj, cls)
	}
	if d := instanceDict(obj, false); d != nil {
		if v, ok := d.GetStr(name); ok {
			return v, nil
		}
	}
	if ok {
		return vm.bind(attr, obj, cls)
	}
	if v, ok, err := vm.specialAttr(obj, name); ok || err != nil {
		return v, err
	}
	return nil, vm.noAttribute(obj, name)
}

func (vm *VM) noAttribute(obj Value, name string) error {
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", typeName(obj), name)
}

// getClassAttr looks up an attribute of a class: in its MRO, then in its
// metaclass.
func (vm *VM) getClassAttr(cls *Type, name string) (Value, error) {
	meta := TypeOf(cls)
	metaAttr, metaOK := meta.Lookup(name)
	if metaOK && vm.isDataDescriptor(metaAttr) {
		return vm.bind(metaAttr, cls, meta)
	}
	if attr, ok := cls.Lookup(name); ok {
		return vm.bind(attr, nil, cls)
	}
	if v, ok, err := vm.specialAttr(cls, name); ok || err != nil {
		return v, err
	}
	if metaOK {
		return vm.bind(metaAttr, cls, meta)
	}
	return nil, Errorf(AttributeError, "type object '%s' has no attribute '%s'", cls.QualName, name)
}

// setAttr is setattr(obj, name, v).
func (vm *VM) setAttr(obj Value, name string, v Value) (Value, error) {
	switch o := obj.(type) {
	case *Type:
		if o.builtin {
			return nil, Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, o.Name)
		}
		if meta := TypeOf(o); meta != typeType {
			if sa, ok := meta.Lookup("__setattr__"); ok && sa != objectSetattr {
				return vm.callValue(sa, []Value{o, Str(name), v}, nil)
			}
		}
		return nil, vm.setClassAttr(o, name, v)
	case *Module:
		o.Dict.SetStr(name, v)
		return nil, nil
	}
	if sa := TypeOf(obj).hooks().setattr; sa != nil {
		return vm.callValue(sa, []Value{obj, Str(name), v}, nil)
	}
	return vm.genericSetAttr(obj, name, v)
}

// genericSetAttr is object.__setattr__.
func (vm *VM) genericSetAttr(obj Value, name string, v Value) (Value, error) {
	attr, ok := TypeOf(obj).Lookup(name)
	return vm.genericSetAttrFound(obj, name, v, attr, ok)
}

// genericSetAttrFound is genericSetAttr once name has been looked up in
// the object's class.
func (vm *VM) genericSetAttrFound(obj Value, name string, v Value, attr Value, ok bool) (Value, error) {
	cls := TypeOf(obj)
	if ok {
		switch a := attr.(type) {
		case *Property:
			if a.Set == nil || a.Set == None {
				return nil, Errorf(AttributeError, "property '%s' of '%s' object has no setter", name, cls.Name)
			}
			return vm.callValue(a.Set, []Value{obj, v}, nil)
		case *getSetDescriptor:
			if a.set == nil {
				return nil, Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", name, cls.Name)
			}
			return nil, a.set(vm, obj, v)
		case *Instance:
			if set, ok := a.Class.Lookup("__set__"); ok {
				return vm.callValue(set, []Value{a, obj, v}, nil)
			}
		}
	}
	if e, ok := obj.(*Exception); ok {
		if handled, err := setExceptionAttr(e, name, v); handled {
			return nil, err
		}
	}
	if fn, ok := obj.(*Function); ok {
		if handled, err := setFunctionAttr(fn, name, v); handled {
			return nil, err
		}
	}
	d := instanceDict(obj, true)
	if d == nil || cls == objectType {
		return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", cls.Name, name)
	}
	d.SetStr(name, v)
	return nil, nil
}

func (vm *VM) setClassAttr(cls *Type, name string, v Value) error {
	cls.Dict.SetStr(name, v)
	cls.bump()
	return nil
}

// delAttr is delattr(obj, name).
func (vm *VM) delAttr(obj Value, name string) (Value, error) {
	switch o := obj.(type) {
	case *Type:
		if o.builtin {
			return nil, Errorf(TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, o.Name)
		}
		if !o.Dict.DeleteStr(name) {
			return nil, Errorf(AttributeError, "type object '%s' has no attribute '%s'", o.Name, name)
		}
		o.bump()
		return nil, nil
	case *Module:
		if !o.Dict.DeleteStr(name) {
			return nil, Errorf(AttributeError, "module '%s' has no attribute '%s'", o.Name, name)
		}
		return nil, nil
	}
	cls := TypeOf(obj)
	if da, ok := cls.Lookup("__delattr__"); ok && da != objectDelattr {
		return vm.callValue(da, []Value{obj, Str(name)}, nil)
	}
	if attr, ok := cls.Lookup(name); ok {
		if p, ok := attr.(*Property); ok {
			if p.Del == nil || p.Del == None {
				return nil, Errorf(AttributeError, "property '%s' of '%s' object has no deleter", name, cls.Name)
			}
			return vm.callValue(p.Del, []Value{obj}, nil)
		}
	}
	if d := instanceDict(obj, false); d != nil && d.DeleteStr(name) {
		return nil, nil
	}
	return nil, vm.noAttribute(obj, name)
}

// lookupMethodFound is LOAD_METHOD's lookup, once name has been looked up
// in obj's class (attr, found or not): the plain method and obj itself,
// or false when the attribute must be got the usual way.
func (vm *VM) lookupMethodFound(obj Value, name string, attr Value, ok bool) (Value, Value, bool, error) {
	switch obj.(type) {
	case *Type, *Module, *Super:
		return nil, nil, false, nil
	}
	if !ok || TypeOf(obj).hooks().getattribute != nil {
		return nil, nil, false, nil
	}
	switch a := attr.(type) {
	case *Function:
	case *Builtin:
		if !a.Method || a.Static || a.Class {
			return nil, nil, false, nil
		}
	default:
		return nil, nil, false, nil
	}
	if d := instanceDict(obj, false); d != nil {
		if _, shadowed := d.GetStr(name); shadowed {
			return nil, nil, false, nil
		}
	}
	return attr, obj, true, nil
}

// lookupSpecial finds a special method on obj's class (never the instance
// dict), bound to obj; nil if the class has none.
func (vm *VM) lookupSpecial(obj Value, name string) (Value, error) {
	cls := TypeOf(obj)
	attr, ok := cls.Lookup(name)
	if !ok {
		return nil, nil
	}
	return vm.bind(attr, obj, cls)
}

// callMethod calls obj.name(args...).
func (vm *VM) callMethod(obj Value, name string, args ...Value) (Value, error) {
	m, err := vm.getAttr(obj, name)
	return then(m, err, func(m Value) (Value, error) {
		return vm.callValue(m, args, nil)
	})
}

// callSpecial calls a special method looked up on the class, or reports
// that there is none (ok false).
func (vm *VM) callSpecial(obj Value, name string, args ...Value) (Value, bool, error) {
	cls := TypeOf(obj)
	attr, ok := cls.Lookup(name)
	if !ok {
		return nil, false, nil
	}
	switch a := attr.(type) {
	case *Function:
		return &pending{fn: a, args: append([]Value{obj}, args...)}, true, nil
	case *Builtin:
		if a.Method && a.Self == nil && !a.Static && !a.Class {
			v, err := a.Fn(vm, obj, args, nil)
			return v, true, err
		}
	}
	m, err := vm.bind(attr, obj, cls)
	v, err := then(m, err, func(m Value) (Value, error) { return vm.callValue(m, args, nil) })
	return v, true, err
}

// callValue calls any callable. A Python function is not run here: the
// result is a pending call for the loop to make.
func (vm *VM) callValue(fn Value, args []Value, kw []Kwarg) (Value, error) {
	switch f := fn.(type) {
	case *Function:
		return vm.pendingCall(f, nil, args, kw), nil
	case *Builtin:
		if f.Method && f.Self == nil && !f.Static {
			if f.Class {
				return nil, Errorf(TypeError, "descriptor '%s' needs a class", f.Name)
			}
			if len(args) == 0 {
				return nil, Errorf(TypeError, "unbound method %s.%s() needs an argument", f.Owner.Name, f.Name)
			}
			if f.Owner != nil && !TypeOf(args[0]).IsSubtype(f.Owner) {
				return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f.Name, f.Owner.Name, typeName(args[0]))
			}
			return f.Fn(vm, args[0], args[1:], kw)
		}
		if f.Static && f.Name == "__new__" && f.Owner != nil {
			// The built-ins' __new__ take the class for granted, as
			// instantiation passes it; a direct call must be checked.
			if err := checkNewArgs(f, args); err != nil {
				return nil, err
			}
		}
		return f.Fn(vm, f.Self, args, kw)
	case *Method:
		if fn, ok := f.Func.(*Function); ok {
			return vm.pendingCall(fn, f.Self, args, kw), nil
		}
		all := make([]Value, len(args)+1)
		all[0] = f.Self
		copy(all[1:], args)
		return vm.callValue(f.Func, all, kw)
	case *Type:
		return vm.callType(f, args, kw)
	}
	if b, ok := TypeOf(fn).Lookup("__call__"); ok {
		if m, ok := b.(*Builtin); ok && m.Method && m.Self == nil && !m.Static && !m.Class {
			// A built-in type's __call__ (a tasklet's, say): no bound
			// method to make.
			return m.Fn(vm, fn, args, kw)
		}
	}
	if call, err := vm.lookupSpecial(fn, "__call__"); err != nil {
		return nil, err
	} else if call != nil {
		if _, ok := call.(*pending); !ok {
			return vm.callValue(call, args, kw)
		}
		return then(call, nil, func(call Value) (Value, error) { return vm.callValue(call, args, kw) })
	}
	return nil, Errorf(TypeError, "'%s' object is not callable", typeName(fn))
}

// checkNewArgs checks the arguments of a built-in type's __new__ called
// directly (int.__new__(cls)), with CPython's messages.
func checkNewArgs(f *Builtin, args []Value) error {
	owner := f.Owner
	if len(args) == 0 {
		return Errorf(TypeError, "%s.__new__(): not enough arguments", owner.Name)
	}
	cls, ok := args[0].(*Type)
	if !ok {
		return Errorf(TypeError, "%s.__new__(X): X is not a type object (%s)", owner.Name, typeName(args[0]))
	}
	if !cls.IsSubtype(owner) {
		return Errorf(TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner.Name, cls.Name, cls.Name, owner.Name)
	}
	// The first built-in class of cls's MRO must make its instances with
	// this very __new__: object.__new__(int) would make an int without
	// its value.
	for _, b := range cls.MRO {
		if b.builtin {
			if nw, ok := b.Lookup("__new__"); ok && nw != Value(f) {
				return Errorf(TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", owner.Name, cls.Name, b.Name)
			}
			break
		}
	}
	return nil
}

// callType instantiates a class: __new__, then __init__.
func (vm *VM) callType(cls *Type, args []Value, kw []Kwarg) (Value, error) {
	if len(args) == 1 && len(kw) == 0 {
		if v, ok := convertFast(cls, args[0]); ok {
			return v, nil
		}
	}
	if meta := TypeOf(cls); meta != typeType {
		if call, ok := meta.Lookup("__call__"); ok && call != typeCall {
			return vm.callValue(call, append([]Value{cls}, args...), kw)
		}
	}
	return vm.typeCallDefault(cls, args, kw)
}

// convertFast is str(v) and int(v) for the common arguments (an int, a
// str of decimal digits), which need neither __new__'s argument list nor
// its parsing; false for anything else.
func convertFast(cls *Type, v Value) (Value, bool) {
	switch cls {
	case strType:
		switch x := v.(type) {
		case Int:
			return intStr(x), true
		case Str:
			return x, true
		}
	case intType:
		switch x := v.(type) {
		case Int:
			return x, true
		case Str:
			return decimalInt(string(x))
		}
	}
	return nil, false
}

// decimalInt parses s when it is an optional minus sign and 1 to 18 ASCII
// digits, which int(s) reads as plain decimal; false for anything else
// (spaces, underscores, other digits), which the full parser handles.
func decimalInt(s string) (Value, bool) {
	digits := s
	if len(s) > 0 && s[0] == '-' {
		digits = s[1:]
	}
	if len(digits) == 0 || len(digits) > 18 {
		return nil, false
	}
	var n int64
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if c < '0' || c > '9' {
			return nil, false
		}
		n = n*10 + int64(c-'0')
	}
	if len(digits) < len(s) {
		n = -n
	}
	return Int(n), true
}

// typeCallDefault is type.__call__: make the object with __new__, then
// initialize it with __init__ if it is an instance of cls.
func (vm *VM) typeCallDefault(cls *Type, args []Value, kw []Kwarg) (Value, error) {
	if cls == typeType && len(args) == 1 && len(kw) == 0 {
		return TypeOf(args[0]), nil
	}
	newAttr, _ := cls.Lookup("__new__")
	var obj Value
	var err error
	if newAttr == objectNew {
		if _, hasInit := cls.Lookup("__init__"); hasInit && isObjectInit(cls) && (len(args) > 0 || len(kw) > 0) {
			return nil, Errorf(TypeError, "%s() takes no arguments", cls.QualName)
		}
		obj, err = vm.newObject(cls)
	} else if l := layoutOf(cls); l.plainNew != nil && newAttr == l.plainNew {
		obj = l.newInstance(cls)
	} else {
		var fn Value = newAttr
		if sm, ok := newAttr.(*StaticMethod); ok {
			fn = sm.F
		}
		all := make([]Value, len(args)+1)
		all[0] = cls
		copy(all[1:], args)
		obj, err = vm.callValue(fn, all, kw)
	}
	if _, ok := obj.(*pending); ok || err != nil {
		return then(obj, err, func(obj Value) (Value, error) { return vm.initNew(cls, obj, args, kw) })
	}
	return vm.initNew(cls, obj, args, kw)
}

// initNew initializes obj, which cls.__new__ made, if it is an instance
// of cls.
func (vm *VM) initNew(cls *Type, obj Value, args []Value, kw []Kwarg) (Value, error) {
	if !TypeOf(obj).IsSubtype(cls) {
		return obj, nil
	}
	// The object's own class's __init__: __new__ may return an instance
	// of a subclass.
	return vm.initObject(TypeOf(obj), obj, args, kw)
}

func isObjectInit(cls *Type) bool {
	init, _ := cls.Lookup("__init__")
	return init == objectInit
}

// initObject runs __init__ for a new object.
func (vm *VM) initObject(cls *Type, obj Value, args []Value, kw []Kwarg) (Value, error) {
	init, _ := cls.Lookup("__init__")
	switch fn := init.(type) {
	case *Function:
		return &pending{fn: &initCall{fn: fn, self: obj}, args: append([]Value{obj}, args...), kw: kw}, nil
	case *Builtin:
		if fn == objectInit {
			newAttr, _ := cls.Lookup("__new__")
			if newAttr == objectNew && (len(args) > 0 || len(kw) > 0) {
				return nil, Errorf(TypeError, "%s() takes no arguments", cls.QualName)
			}
			return obj, nil
		}
		r, err := fn.Fn(vm, obj, args, kw)
		if _, ok := r.(*pending); ok {
			return then(r, err, func(Value) (Value, error) { return obj, nil })
		}
		if err != nil {
			return nil, err
		}
		return obj, nil
	case nil:
		return obj, nil
	}
	r, err := vm.bind(init, obj, cls)
	r, err = then(r, err, func(m Value) (Value, error) { return vm.callValue(m, args, kw) })
	return then(r, err, func(r Value) (Value, error) {
		if r != None {
			return nil, Errorf(TypeError, "__init__() should return None, not '%s'", typeName(r))
		}
		return obj, nil
	})
}

// newObject is object.__new__(cls): an empty instance of the right layout.
func (vm *VM) newObject(cls *Type) (Value, error) {
	l := layoutOf(cls)
	if cls.builtin && cls != objectType && l == objectType {
		return nil, Errorf(TypeError, "cannot create '%s' instances", cls.Name)
	}
	if l.newInstance != nil {
		return l.newInstance(cls), nil
	}
	return &Instance{Class: cls}, nil
}
