package vm

import (
	"math/big"
	"strings"
	"sync"
	"unsafe"

	"tasklet/vm/compile"
)

// Code is compiled code with its constants converted to values.
type Code struct {
	*compile.Code
	Consts []Value
	// source holds the lines of the file, for tracebacks.
	source *sourceFile
	// nlocals and ncells size a frame's slots; nslots, with the stack,
	// counts them.
	nlocals, ncells, nslots int
	// plainCall marks code whose calls with ArgCount positional arguments
	// just copy them to the first locals: no *args, **kwargs,
	// keyword-only parameters, cells or generator.
	plainCall bool
	// traced is the code with every line's event (see trace.go), made
	// when first needed; lineCode is the code that the line filter of
	// lineEpoch chose.
	traced    []uint32
	lineCode  []uint32
	lineEpoch uint32
	// lookups caches, for each name of Names, its lookup in the two
	// classes last seen by an attribute instruction using it (see
	// classLookup), and where the name was in the instance dict last
	// searched for it (see dictLookup).
	lookups []nameCache
	// globals caches, for each name of Names, where LOAD_GLOBAL found it
	// (see globalLookup).
	globals []globalLookup
}

// A globalLookup remembers the entry that holds a global name: in the
// module's dict, or in the built-ins when the module does not have it.
// Dicts change the position of entries only when they insert or delete,
// which changes their version; a new value is written in place. So while
// the versions are the same, the entry holds the name's current value.
type globalLookup struct {
	dict            *Dict // the module's dict
	version         uint32
	builtinsVersion uint32
	ix              int32
	builtin         bool
}

// globalLookup returns the value of global name i for a frame whose
// module dict is globals, or false when neither it nor the built-ins
// have it.
func (c *Code) globalLookup(globals, builtins *Dict, i int) (Value, bool) {
	if c.globals == nil {
		c.globals = make([]globalLookup, len(c.Names))
	}
	g := &c.globals[i]
	if g.dict == globals && g.version == globals.version && (!g.builtin || g.builtinsVersion == builtins.version) {
		if g.builtin {
			return builtins.entries[g.ix].value, true
		}
		return globals.entries[g.ix].value, true
	}
	name := c.Names[i]
	h := strHash(name)
	if _, ix := globals.findStr(name, h); ix >= 0 {
		*g = globalLookup{dict: globals, version: globals.version, ix: int32(ix)}
		return globals.entries[ix].value, true
	}
	if _, ix := builtins.findStr(name, h); ix >= 0 {
		*g = globalLookup{dict: globals, version: globals.version, builtinsVersion: builtins.version, ix: int32(ix), builtin: true}
		return builtins.entries[ix].value, true
	}
	return nil, false
}

// storeGlobal stores v as global name i of a module whose dict is
// globals, in the entry that globalLookup last found, if it is still the
// name's; false when the name must be stored the usual way.
func (c *Code) storeGlobal(globals *Dict, i int, v Value) bool {
	if c.globals == nil {
		return false
	}
	g := &c.globals[i]
	if g.dict != globals || g.version != globals.version || g.builtin {
		return false
	}
	globals.entries[g.ix].value = v
	globals.modified()
	return true
}

// A cachedLookup is the lookup of a name in class cls, valid while
// typeVersion is version, with what else an attribute instruction needs
// to know of the class and the attribute (which change only with
// typeVersion too).
type cachedLookup struct {
	cls     *Type
	version uint64
	lookupResult
	// getattribute, getattr and setattr report the class's attribute
	// hooks (see Type.hooks).
	getattribute, getattr, setattr bool
	// dataDescriptor reports that the attribute is a data descriptor,
	// which takes precedence over the instance dict.
	dataDescriptor bool
	// readsDict and writesDict report that an instance's dict alone
	// decides a read or a write of the attribute, when the dict has it:
	// no attribute hook and no data descriptor comes first.
	readsDict, writesDict bool
	// method reports a function of the class, read without a hook: the
	// method an instance calls unless its dict shadows it.
	method bool
	// typeLacks reports that type, the metaclass of most classes, has no
	// attribute of the name: then Class.name reads the class's own.
	typeLacks bool
}

// A nameCache is what the attribute instructions of a code remember about
// one of its names.
type nameCache struct {
	// classes holds the last two classes the name was looked up in, the
	// latest first: a method inherited by a subclass sees instances of
	// both classes at the same instruction.
	classes [2]cachedLookup
	// hash is the name's str hash, or 0 until first needed.
	hash int64
	// entry is where the name was in the entries of the instance dict
	// last searched for it. Instances of one class mostly get their
	// attributes in the same order, so the next dict has it there too.
	entry int32
}

func (c *Code) nameCache(i int) *nameCache {
	if c.lookups == nil {
		c.lookups = make([]nameCache, len(c.Names))
	}
	return &c.lookups[i]
}

// classLookup looks up name i of the code in class cls, as Type.lookupOwner
// does. An attribute instruction mostly sees objects of one or two
// classes, so the code remembers the last two answers for each of its
// names: the common case costs a few comparisons instead of a hash table
// lookup.
func (c *Code) classLookup(cls *Type, i int) *cachedLookup {
	// No swap when the second entry matches: an instruction that sees
	// two classes in turn would copy both entries every time.
	if e := c.cachedClass(cls, i); e != nil {
		return e
	}
	n := c.nameCache(i)
	v, owner := cls.lookupOwner(c.Names[i])
	h := cls.hooks()
	data := owner != nil && isDataDescriptor(v)
	n.classes[1] = n.classes[0]
	n.classes[0] = cachedLookup{
		cls: cls, version: typeVersion, lookupResult: lookupResult{value: v, owner: owner},
		getattribute: h.getattribute != nil, getattr: h.getattr != nil, setattr: h.setattr != nil,
		dataDescriptor: data,
		readsDict:      h.getattribute == nil && h.getattr == nil && !data,
		writesDict:     h.setattr == nil && !data,
	}
	_, isFunc := v.(*Function)
	n.classes[0].method = isFunc && h.getattribute == nil
	_, typeOwner := typeType.lookupOwner(c.Names[i])
	n.classes[0].typeLacks = typeOwner == nil
	if n.hash == 0 {
		// For the fast path of LOAD_METHOD, which tests the hash against
		// the instance dict's keys.
		n.hash = strHash(c.Names[i])
	}
	return &n.classes[0]
}

// cachedClass is the common case of classLookup: one of the two classes
// that name i was last looked up in is cls. Otherwise it returns nil.
// Unlike classLookup it calls nothing, so that storeEntry and
// cachedMethod inline it and cost the loop one call each: a call from
// the loop costs it the spilling of all it keeps in registers, and the
// loop is too big a function for Go to inline into it anything but the
// smallest functions.
func (c *Code) cachedClass(cls *Type, i int) *cachedLookup {
	if i < len(c.lookups) {
		n := &c.lookups[i]
		if e := &n.classes[0]; e.cls == cls && e.version == typeVersion {
			return e
		}
		if e := &n.classes[1]; e.cls == cls && e.version == typeVersion {
			return e
		}
	}
	return nil
}

// storeEntry is the fast path of STORE_ATTR on an instance, in one call
// from the loop: the index of the entry of inst's dict that holds name
// i, when the cached lookup in inst's class says that the dict takes the
// write and the entry where the name was last found holds it. Otherwise
// it returns -1, and the loop takes the generic path. (The loop's
// readAttr does the same for reads without a call.)
func (c *Code) storeEntry(inst *Instance, i int) int {
	e := c.cachedClass(inst.Class, i)
	if e == nil || inst.Dict == nil || !e.writesDict {
		return -1
	}
	return c.cachedEntry(inst.Dict, i)
}

// cachedMethod is the fast path of LOAD_METHOD on an instance: the
// function of inst's class named i, when the cached lookup found one and
// the dict's key bits prove that the instance dict does not shadow it.
// Otherwise it returns nil.
func (c *Code) cachedMethod(inst *Instance, i int) Value {
	e := c.cachedClass(inst.Class, i)
	if e == nil || !e.method || inst.Dict != nil && !inst.Dict.lacks(c.lookups[i].hash) {
		return nil
	}
	return e.value
}

// cachedEntry is the common case of dictLookup: the entry where name i
// was last found in an instance dict holds it in d too, under the very
// same string (see isInterned). Otherwise it returns -1, which does not
// mean that d lacks the name.
func (c *Code) cachedEntry(d *Dict, i int) int {
	if i < len(c.lookups) {
		if ix := int(c.lookups[i].entry); ix < len(d.entries) && isInterned(d.entries[ix].key, c.Names[i]) {
			return ix
		}
	}
	return -1
}

// isInterned reports whether key is a str with the bytes of name at the
// same address. Attribute names are interned, and the keys of instance
// dicts are mostly the names that stored them, so comparing addresses
// mostly decides without comparing bytes.
func isInterned(key Value, name string) bool {
	e := (*eface)(unsafe.Pointer(&key))
	if e.typ != strTypeWord {
		return false
	}
	s := (*string)(e.data)
	return len(*s) == len(name) && unsafe.StringData(*s) == unsafe.StringData(name)
}

// dictLookup finds name i of the code in d, an instance dict, and returns
// the index of its entry, or -1.
func (c *Code) dictLookup(d *Dict, i int) int {
	n := c.nameCache(i)
	name := c.Names[i]
	if ix := int(n.entry); ix < len(d.entries) {
		if s, ok := d.entries[ix].key.(Str); ok && string(s) == name {
			return ix
		}
	}
	if n.hash == 0 {
		n.hash = strHash(name)
	}
	_, ix := d.findStr(name, n.hash)
	if ix >= 0 {
		n.entry = int32(ix)
	}
	return ix
}

// A Function is a Python function: code with its globals, defaults and
// closure.
type Function struct {
	Code       *Code
	Globals    *Dict
	Name       string
	QualName   string
	Module     Value
	Defaults   Tuple
	KwDefaults *Dict
	Closure    []*Cell
	Doc        Value
	Dict       *Dict
	// env is what the function's frames run in: its code and globals.
	env frameEnv
}

// Kwarg is one keyword argument passed to a Go built-in.
type Kwarg struct {
	Name  string
	Value Value
}

// BuiltinFn is the Go side of a built-in function or method. self is the
// bound object for methods and nil for functions.
type BuiltinFn func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error)

// A Builtin is a function written in Go. In a type's dict (Method set and
// Self nil) it is a method descriptor that binds to instances.
type Builtin struct {
	Name   string
	Fn     BuiltinFn
	Self   Value
	Method bool  // defined in a type: binds to instances on attribute access
	Owner  *Type // the type defining a method, for its qualified name
	Doc    string
	Static bool // a static method of a built-in type (str.maketrans)
	Class  bool // a class method of a built-in type (dict.fromkeys)
}

// A Method is a function bound to an object.
type Method struct {
	Self Value
	Func Value
}

// A Property is the value of the property built-in.
type Property struct {
	Get, Set, Del Value
	Doc           Value
}

// A StaticMethod wraps a function that does not bind.
type StaticMethod struct{ F Value }

// A ClassMethod wraps a function that binds to the class.
type ClassMethod struct{ F Value }

// A Super is the value of super().
type Super struct {
	Type    *Type // the class whose successors are searched
	Obj     Value // the instance (or class) bound to
	ObjType *Type
}

// An Instance is an object of a user-defined class. Payload holds the
// built-in part when the class derives from a built-in type (the *List of a
// list subclass, and so on).
type Instance struct {
	Class   *Type
	Dict    *Dict
	Payload Value
}

// A Module is a module object.
type Module struct {
	Name string
	Dict *Dict
	// getters compute attributes that change, like stackless.current.
	getters map[string]func(vm *VM) Value
}

// newCode converts compiled code, and the code nested in it, for the VM.
func newCode(c *compile.Code, src *sourceFile) *Code {
	for i, n := range c.Names {
		c.Names[i] = internName(n)
	}
	compile.Fuse(c)
	code := &Code{Code: c, source: src, nlocals: len(c.Varnames), ncells: len(c.Cellvars) + len(c.Freevars)}
	code.nslots = code.nlocals + code.ncells + c.StackSize
	code.plainCall = c.Flags&(compile.VarArgs|compile.VarKeywords|compile.Generator) == 0 && c.KwOnlyCount == 0 && code.ncells == 0
	code.Consts = make([]Value, len(c.Consts))
	for i, k := range c.Consts {
		code.Consts[i] = constValue(k, src)
	}
	return code
}

// interned holds one copy of every name of the code made so far.
var interned = struct {
	sync.Mutex
	names map[string]string
}{names: map[string]string{}}

// internName returns the copy of name that every code shares, so that an
// attribute stored by one function and read by another compares its
// name by pointer (string comparison checks that first) rather than byte
// by byte.
func internName(name string) string {
	interned.Lock()
	defer interned.Unlock()
	if s, ok := interned.names[name]; ok {
		return s
	}
	interned.names[name] = name
	return name
}

func constValue(k any, src *sourceFile) Value {
	switch k := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(k)
	case int64:
		return Int(k)
	case *big.Int:
		return k
	case float64:
		return Float(k)
	case string:
		return Str(k)
	case compile.Bytes:
		return Bytes(k)
	case compile.Ellipsis:
		return Ellipsis
	case compile.Tuple:
		t := make(Tuple, len(k))
		for i, x := range k {
			t[i] = constValue(x, src)
		}
		return t
	case compile.FrozenSet:
		// The elements are constants: hashing and comparing them needs no
		// VM.
		s := NewSet()
		for _, x := range k {
			_ = s.Add(nil, constValue(x, src))
		}
		// CPython's compiler, merging constants, rebuilds the frozenset
		// from its own iteration order; the layout comes from that.
		merged := NewSet()
		merged.frozen = true
		for _, x := range s.Elements() {
			_ = merged.Add(nil, x)
		}
		return merged
	case *compile.Code:
		return newCode(k, src)
	}
	panic("vm: unknown constant")
}

// builtinFunc declares a module-level built-in function.
func builtinFunc(name string, fn func(vm *VM, args []Value, kw []Kwarg) (Value, error)) *Builtin {
	return &Builtin{Name: name, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		return fn(vm, args, kw)
	}}
}

// addMethod declares a method of a built-in type. The methods named in
// slotArity check how many arguments they get first.
func addMethod(t *Type, name string, fn BuiltinFn) {
	if n, ok := slotArity[name]; ok {
		inner := fn
		fn = func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != n {
				s := "s"
				if n == 1 {
					s = ""
				}
				return nil, Errorf(TypeError, "expected %d argument%s, got %d", n, s, len(args))
			}
			return inner(vm, self, args, kw)
		}
	}
	t.Dict.SetStr(name, &Builtin{Name: name, Fn: fn, Method: true, Owner: t})
}

// slotArity gives the number of arguments of the special methods that
// operators call, which their implementations take for granted: called
// directly ('a'.__add__()), a wrong number is CPython's TypeError rather
// than an index past the arguments.
var slotArity = func() map[string]int {
	arity := map[string]int{"__setitem__": 2, "__setattr__": 2}
	for _, name := range strings.Fields(`__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__
		__rtruediv__ __floordiv__ __rfloordiv__ __mod__ __rmod__ __divmod__ __rdivmod__ __lshift__
		__rlshift__ __rshift__ __rrshift__ __and__ __rand__ __or__ __ror__ __xor__ __rxor__ __iadd__
		__isub__ __imul__ __itruediv__ __ifloordiv__ __imod__ __ilshift__ __irshift__ __iand__ __ior__
		__ixor__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __contains__ __getitem__ __delitem__
		__format__ __instancecheck__ __subclasscheck__ __delattr__`) {
		arity[name] = 1
	}
	return arity
}()
