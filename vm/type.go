package vm

import (
	"math/big"
	"strings"
)

// A Type is a Python class: a built-in type or a class statement's result.
type Type struct {
	Name     string
	QualName string
	Module   string
	Bases    []*Type
	MRO      []*Type
	Dict     *Dict
	Meta     *Type // the metaclass; nil for type itself

	// layout is the built-in type whose instances this type's instances
	// extend: object, list, dict, BaseException, tasklet, ... It decides
	// what Go value an instance is.
	layout *Type
	// builtin types cannot be changed by programs.
	builtin bool
	// noSubclass types (bool, NoneType, function, ...) refuse to be bases.
	noSubclass bool
	// subclasses lists the classes derived directly from this one, for
	// __subclasses__.
	subclasses []Value
	// cache holds the results of lookupOwner, valid while typeVersion is
	// cacheVersion.
	cache        map[string]lookupResult
	cacheVersion uint64
	attrHooks    attrHooks
	// new makes an instance of a built-in layout for a subclass; nil for
	// types that object.__new__ can make.
	newInstance func(cls *Type) Value
	// plainNew is the type's __new__ when that does nothing but
	// newInstance, whatever its arguments: instantiation then calls
	// newInstance itself, without making __new__'s argument list (a
	// million tasklets are made this way).
	plainNew *Builtin
}

// typeVersion changes whenever any class changes (its namespace, or a new
// class is made), so that the caches of lookups can tell they are stale.
var typeVersion uint64

// bump notes a change of class t.
func (t *Type) bump() { typeVersion++ }

// Lookup finds name in the MRO of t, as attribute lookup does.
func (t *Type) Lookup(name string) (Value, bool) {
	v, owner := t.lookupOwner(name)
	return v, owner != nil
}

// lookupOwner is like Lookup but also returns the class that holds name.
//
// Every attribute access looks up the MRO of the object's class, mostly
// in vain (an instance attribute is looked for in the classes first, for
// data descriptors), so each class caches what its lookups found. Any
// change to any class's namespace bumps typeVersion, which empties every
// cache: classes change rarely once a program runs.
func (t *Type) lookupOwner(name string) (Value, *Type) {
	if t.cacheVersion != typeVersion || t.cache == nil {
		t.cache = make(map[string]lookupResult)
		t.cacheVersion = typeVersion
	}
	if r, ok := t.cache[name]; ok {
		return r.value, r.owner
	}
	h := strHash(name)
	var r lookupResult
	for _, c := range t.MRO {
		if v, ok := c.Dict.getStrHashed(name, h); ok {
			r = lookupResult{value: v, owner: c}
			break
		}
	}
	t.cache[name] = r
	return r.value, r.owner
}

// attrHooks are the methods of a class that take over attribute access,
// looked up once per version of the classes (every attribute access needs
// them).
type attrHooks struct {
	version          uint64
	getattribute     Value // a __getattribute__ written in Python, or nil
	getattr          Value // __getattr__, or nil
	setattr          Value // a __setattr__ other than object's, or nil
	getattributeDone bool
}

// hooks returns t's attribute hooks, looking them up if the classes
// changed since.
func (t *Type) hooks() *attrHooks {
	h := &t.attrHooks
	if h.getattributeDone && h.version == typeVersion {
		return h
	}
	*h = attrHooks{version: typeVersion, getattributeDone: true}
	if gab, owner := t.lookupOwner("__getattribute__"); owner != nil && !owner.builtin {
		h.getattribute = gab
	}
	if ga, ok := t.Lookup("__getattr__"); ok {
		h.getattr = ga
	}
	if sa, ok := t.Lookup("__setattr__"); ok && sa != objectSetattr {
		h.setattr = sa
	}
	return h
}

// A lookupResult is a cached lookup: the value and the class holding it,
// or nil and nil.
type lookupResult struct {
	value Value
	owner *Type
}

// IsSubtype reports whether t is u or derives from it.
func (t *Type) IsSubtype(u *Type) bool {
	for _, c := range t.MRO {
		if c == u {
			return true
		}
	}
	return false
}

func (t *Type) String() string { return t.Name }

// fullName is the name that error messages and reprs use: the qualified
// name, prefixed by the module unless it is builtins.
func (t *Type) fullName() string {
	if t.Module == "" || t.Module == "builtins" {
		return t.QualName
	}
	return t.Module + "." + t.QualName
}

// newBuiltinType declares a built-in type. Built-in types have single
// inheritance, so their MRO is the type followed by its base's.
func newBuiltinType(name string, bases ...*Type) *Type {
	t := &Type{Name: name, QualName: name, Module: "builtins", Dict: NewDict(), builtin: true}
	t.Dict.classDict = true
	if len(bases) == 0 {
		bases = []*Type{objectType}
	}
	t.Bases = bases
	t.MRO = append([]*Type{t}, bases[0].MRO...)
	t.bump()
	return t
}

// layoutOf is the built-in type whose instance layout t's instances use:
// the nearest class in the MRO that knows how to make instances.
func layoutOf(t *Type) *Type {
	if t.layout != nil {
		return t.layout
	}
	for _, c := range t.MRO {
		if c.newInstance != nil {
			return c
		}
	}
	return t.MRO[len(t.MRO)-1]
}

// mroError reports a class hierarchy that has no C3 linearization; the
// caller raises it as a TypeError.
type mroError string

func (e mroError) Error() string { return string(e) }

// computeMRO builds the C3 linearization of a class with the given bases.
func computeMRO(t *Type, bases []*Type) ([]*Type, error) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	mro := []*Type{t}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return mro, nil
		}
		var head *Type
		for _, s := range seqs {
			cand := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[1:] {
					if x == cand {
						inTail = true
					}
				}
			}
			if !inTail {
				head = cand
				break
			}
		}
		if head == nil {
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, mroError("Cannot create a consistent method resolution\norder (MRO) for bases " + strings.Join(names, ", "))
		}
		mro = append(mro, head)
		for i, s := range seqs {
			if s[0] == head {
				seqs[i] = s[1:]
			}
		}
	}
}

// The built-in types. objectType and typeType are made first, since every
// other type refers to them.
var (
	objectType = func() *Type {
		t := &Type{Name: "object", QualName: "object", Module: "builtins", Dict: NewDict(), builtin: true}
		t.Dict.classDict = true
		t.MRO = []*Type{t}
		return t
	}()
	typeType = newBuiltinType("type")

	noneTypeType           = newBuiltinType("NoneType")
	notImplementedTypeType = newBuiltinType("NotImplementedType")
	ellipsisTypeType       = newBuiltinType("ellipsis")
	intType                = newBuiltinType("int")
	boolType               = newBuiltinType("bool", intType)
	floatType              = newBuiltinType("float")
	complexType            = newBuiltinType("complex")
	strType                = newBuiltinType("str")
	bytesType              = newBuiltinType("bytes")
	tupleType              = newBuiltinType("tuple")
	listType               = newBuiltinType("list")
	dictType               = newBuiltinType("dict")
	setType                = newBuiltinType("set")
	frozensetType          = newBuiltinType("frozenset")
	rangeType              = newBuiltinType("range")
	sliceType              = newBuiltinType("slice")
	functionType           = newBuiltinType("function")
	builtinFunctionType    = newBuiltinType("builtin_function_or_method")
	methodType             = newBuiltinType("method")
	cellType               = newBuiltinType("cell")
	moduleType             = newBuiltinType("module")
	generatorType          = newBuiltinType("generator")
	propertyType           = newBuiltinType("property")
	staticmethodType       = newBuiltinType("staticmethod")
	classmethodType        = newBuiltinType("classmethod")
	superType              = newBuiltinType("super")
	codeType               = newBuiltinType("code")
	frameType              = newBuiltinType("frame")
	tracebackType          = newBuiltinType("traceback")
)

func init() {
	objectType.bump()
	for _, t := range []*Type{boolType, noneTypeType, notImplementedTypeType, ellipsisTypeType, functionType,
		builtinFunctionType, methodType, cellType, generatorType, rangeType, sliceType, codeType, frameType, tracebackType} {
		t.noSubclass = true
	}
}

// TypeOf returns the class of v.
func TypeOf(v Value) *Type {
	switch v := v.(type) {
	case NoneType:
		return noneTypeType
	case Bool:
		return boolType
	case Int, *big.Int:
		return intType
	case Float:
		return floatType
	case Str:
		return strType
	case Bytes:
		return bytesType
	case Tuple:
		return tupleType
	case *List:
		return listType
	case *Dict:
		return dictType
	case *Set:
		if v.frozen {
			return frozensetType
		}
		return setType
	case *Instance:
		return v.Class
	case *Exception:
		return v.Class
	case *Type:
		if v.Meta != nil {
			return v.Meta
		}
		return typeType
	case *Function:
		return functionType
	case *Builtin:
		return builtinFunctionType
	case *Method:
		return methodType
	case *Range:
		return rangeType
	case *Slice:
		return sliceType
	case *Cell:
		return cellType
	case *Module:
		return moduleType
	case *Generator:
		return generatorType
	case *Property:
		return propertyType
	case *StaticMethod:
		return staticmethodType
	case *ClassMethod:
		return classmethodType
	case *Super:
		return superType
	case EllipsisType:
		return ellipsisTypeType
	case NotImplementedType:
		return notImplementedTypeType
	case *Channel:
		// Channels and tasklets are typed too; named here, their methods
		// skip the interface case's lookup, a channel operation each.
		return v.pyType()
	case *Tasklet:
		return v.pyType()
	case typed:
		return v.pyType()
	}
	panic("vm: no type for value")
}

// typed is implemented by values whose type the value itself knows:
// iterators, tasklets, channels, module-specific objects.
type typed interface {
	pyType() *Type
}

// typeName is the name error messages use for v's type.
func typeName(v Value) string { return TypeOf(v).Name }
