package analysis

import (
	"strings"

	"tasklet/syntax"
)

// TypeKind says what analysis knows about a value.
type TypeKind uint8

const (
	Unknown TypeKind = iota
	ModuleType
	ClassType    // the class object itself
	InstanceType // an instance of Class
	FuncType     // a function, or a method reached through a class or instance
)

// A Type is what the light inference knows about an expression: enough to
// follow attributes, check calls and show hover, never more than the
// source makes certain.
type Type struct {
	Kind   TypeKind
	Module *Module
	Class  *Class
	Func   *Func
	// Bound marks a method reached through an instance, whose first
	// parameter the call does not pass.
	Bound bool
}

// A Class is a class statement, in a user file or a stub.
type Class struct {
	Def   *syntax.ClassDef
	Scope *Scope
	Mod   *Module
}

// Name is the class's name.
func (c *Class) Name() string { return c.Def.Name.Id }

// A Func is a def or a lambda, in a user file or a stub.
type Func struct {
	Def    *syntax.FuncDef // nil for a lambda
	Lambda *syntax.Lambda
	Mod    *Module
	// Class is the class whose body holds the def, for methods.
	Class *Class
}

// Name is the function's name, "<lambda>" for a lambda.
func (f *Func) Name() string {
	if f.Def != nil {
		return f.Def.Name.Id
	}
	return "<lambda>"
}

// Params is the function's parameter list.
func (f *Func) Params() *syntax.Params {
	if f.Def != nil {
		return f.Def.Params
	}
	return f.Lambda.Params
}

// decorators returns the names of the function's decorators ("staticmethod",
// "property", "x.setter" as "setter").
func (f *Func) decorators() []string {
	if f.Def == nil {
		return nil
	}
	var out []string
	for _, d := range f.Def.Decorators {
		switch d := d.(type) {
		case *syntax.Name:
			out = append(out, d.Id)
		case *syntax.Attribute:
			out = append(out, d.Attr.Id)
		default:
			out = append(out, "")
		}
	}
	return out
}

func (f *Func) hasDecorator(name string) bool {
	for _, d := range f.decorators() {
		if d == name {
			return true
		}
	}
	return false
}

// classOf returns the class that a class scope belongs to.
func classOf(s *Scope) *Class {
	if s == nil || s.Kind != ClassScope {
		return nil
	}
	return &Class{Def: s.Node.(*syntax.ClassDef), Scope: s, Mod: s.module().Module}
}

func instanceOf(c *Class) Type {
	if c == nil {
		return Type{}
	}
	return Type{Kind: InstanceType, Class: c}
}

// builtinClass returns the class of a built-in type such as "list".
// isBuiltinClass reports whether c is the built-in class of that name.
func isBuiltinClass(c *Class, name string) bool {
	b := builtinClass(name)
	return c != nil && b != nil && c.Def == b.Def
}

func builtinClass(name string) *Class {
	bi := builtinsModule()
	if bi == nil {
		return nil
	}
	sym := bi.Scope.Symbols[name]
	if sym == nil || sym.Kind != ClassSymbol {
		return nil
	}
	return bi.Result.symType(sym).Class
}

// SymbolType infers the type of a symbol from its definitions: a def is a
// function, a class statement a class, an import a module, an assignment
// the type of its value. Definitions that disagree give Unknown.
func (r *Result) SymbolType(sym *Symbol) Type {
	if sym == nil || sym.Scope == nil {
		return Type{}
	}
	home := sym.Home()
	if home == nil {
		return Type{}
	}
	return home.Result.symType(sym)
}

func (r *Result) symType(sym *Symbol) Type {
	if sym.typeState == typeDone || r.frozen {
		return sym.typ
	}
	if sym.typeState == typeBusy {
		return Type{}
	}
	sym.typeState = typeBusy
	var t Type
	for i, d := range sym.Defs {
		dt := r.defType(sym, d)
		if i == 0 {
			t = dt
		} else if !sameType(t, dt) {
			t = Type{}
			break
		}
	}
	sym.typ, sym.typeState = t, typeDone
	return t
}

func sameType(a, b Type) bool {
	if a.Kind != b.Kind || a.Kind == Unknown {
		return false
	}
	switch a.Kind {
	case ModuleType:
		return a.Module == b.Module
	case ClassType, InstanceType:
		return a.Class.Def == b.Class.Def
	}
	return a.Func.Def == b.Func.Def && a.Func.Lambda == b.Func.Lambda
}

func (r *Result) defType(sym *Symbol, d *Def) Type {
	switch n := d.Node.(type) {
	case *syntax.FuncDef:
		return Type{Kind: FuncType, Func: &Func{Def: n, Mod: r.Module, Class: classOf(sym.Scope)}}
	case *syntax.ClassDef:
		return Type{Kind: ClassType, Class: &Class{Def: n, Scope: r.Scopes[n], Mod: r.Module}}
	case *syntax.Alias:
		m := r.loader.load(d.Module)
		if m == nil {
			if d.Member != "" {
				return Type{}
			}
			// "import a.b" without a stub for a: a.b may still be known.
			return Type{}
		}
		if d.Member == "" {
			return Type{Kind: ModuleType, Module: m}
		}
		t, _ := r.member(Type{Kind: ModuleType, Module: m}, d.Member)
		return t
	case *syntax.Param:
		return r.paramType(sym, n)
	case *syntax.AnnAssign:
		if n.Value != nil {
			return r.TypeOf(n.Value, sym.Scope)
		}
		return instanceOf(r.annotationClass(n.Annotation, sym.Scope))
	}
	if d.Value != nil {
		return r.TypeOf(d.Value, sym.Scope)
	}
	return Type{}
}

// paramType knows the type of self and cls in methods, and of annotated
// parameters.
func (r *Result) paramType(sym *Symbol, p *syntax.Param) Type {
	if p.Annotation != nil {
		return instanceOf(r.annotationClass(p.Annotation, sym.Scope.Parent))
	}
	fn, ok := sym.Scope.Node.(*syntax.FuncDef)
	if !ok || len(fn.Params.List) == 0 || fn.Params.List[0] != p || p.Kind > syntax.NormalParam {
		return Type{}
	}
	c := classOf(sym.Scope.Parent)
	if c == nil {
		return Type{}
	}
	f := &Func{Def: fn, Mod: r.Module, Class: c}
	switch {
	case f.hasDecorator("staticmethod"):
		return Type{}
	case f.hasDecorator("classmethod") || fn.Name.Id == "__new__" || fn.Name.Id == "__init_subclass__":
		return Type{Kind: ClassType, Class: c}
	}
	return instanceOf(c)
}

// annotationClass resolves an annotation that names a class.
func (r *Result) annotationClass(x syntax.Expr, s *Scope) *Class {
	if lit, ok := x.(*syntax.BasicLit); ok && lit.Kind == syntax.StringLit {
		name, _ := lit.Value.(string)
		if sym := lookup(s, name); sym != nil {
			if t := r.SymbolType(sym); t.Kind == ClassType {
				return t.Class
			}
		}
		return nil
	}
	if t := r.TypeOf(x, s); t.Kind == ClassType {
		// A stub writes "object" for a value that may be anything (a
		// frame, a file, a traceback): its attributes are not known.
		if r.Module.Stub && isBuiltinClass(t.Class, "object") {
			return nil
		}
		return t.Class
	}
	return nil
}

// TypeOf infers the type of an expression evaluated in scope s of this
// file.
func (r *Result) TypeOf(x syntax.Expr, s *Scope) Type {
	switch x := x.(type) {
	case *syntax.Name:
		if sym := r.Names[x]; sym != nil {
			return r.SymbolType(sym)
		}
		if s != nil {
			return r.SymbolType(lookup(s, x.Id))
		}
	case *syntax.Attribute:
		t, _ := r.member(r.TypeOf(x.X, s), x.Attr.Id)
		return t
	case *syntax.Call:
		return r.callResult(r.TypeOf(x.Func, s))
	case *syntax.BasicLit:
		switch x.Kind {
		case syntax.IntLit:
			return instanceOf(builtinClass("int"))
		case syntax.FloatLit:
			return instanceOf(builtinClass("float"))
		case syntax.StringLit:
			return instanceOf(builtinClass("str"))
		case syntax.BytesLit:
			return instanceOf(builtinClass("bytes"))
		case syntax.TrueLit, syntax.FalseLit:
			return instanceOf(builtinClass("bool"))
		}
	case *syntax.FString:
		return instanceOf(builtinClass("str"))
	case *syntax.List:
		return instanceOf(builtinClass("list"))
	case *syntax.Tuple:
		return instanceOf(builtinClass("tuple"))
	case *syntax.Dict:
		return instanceOf(builtinClass("dict"))
	case *syntax.Set:
		return instanceOf(builtinClass("set"))
	case *syntax.Comp:
		switch x.Kind {
		case syntax.ListComp:
			return instanceOf(builtinClass("list"))
		case syntax.SetComp:
			return instanceOf(builtinClass("set"))
		case syntax.DictComp:
			return instanceOf(builtinClass("dict"))
		}
	case *syntax.Lambda:
		return Type{Kind: FuncType, Func: &Func{Lambda: x, Mod: r.Module}}
	case *syntax.NamedExpr:
		return r.TypeOf(x.Value, s)
	}
	return Type{}
}

// callResult is the type of calling a value of type t: an instance for a
// class, the annotated return type for a function.
func (r *Result) callResult(t Type) Type {
	switch t.Kind {
	case ClassType:
		return instanceOf(t.Class)
	case FuncType:
		f := t.Func
		fr := f.Mod.Result
		switch {
		case f.Def == nil:
			return fr.TypeOf(f.Lambda.Body, fr.Scopes[f.Lambda])
		case f.Def.Returns != nil:
			return instanceOf(fr.annotationClass(f.Def.Returns, fr.Scopes[f.Def].Parent))
		case !f.Mod.Stub:
			return fr.returnType(f.Def)
		}
		return Type{}
	case InstanceType:
		if call, _ := r.member(t, "__call__"); call.Kind == FuncType {
			return r.callResult(call)
		}
	}
	return Type{}
}

// returnType infers what a def without an annotation returns: the type
// of its return statements when they all agree, and it is no generator.
func (r *Result) returnType(fn *syntax.FuncDef) Type {
	if r.frozen {
		return r.retTypes[fn]
	}
	if r.busyFuncs[fn] {
		return Type{}
	}
	r.busyFuncs[fn] = true
	defer delete(r.busyFuncs, fn)
	s := r.Scopes[fn]
	var t Type
	n := 0
	ok := true
	for _, st := range fn.Body {
		syntax.Walk(st, func(x syntax.Node) bool {
			switch x := x.(type) {
			case *syntax.FuncDef, *syntax.ClassDef, *syntax.Lambda:
				return false
			case *syntax.Yield:
				ok = false
			case *syntax.Return:
				rt := Type{}
				if x.Value != nil {
					rt = r.TypeOf(x.Value, r.scopeAt(x.Value))
				}
				if n == 0 {
					t = rt
				} else if !sameType(t, rt) {
					ok = false
				}
				n++
			}
			return ok
		})
	}
	if !ok || n == 0 || s == nil {
		return Type{}
	}
	return t
}

// member looks up attribute name on a value of type t. known is false when
// the set of attributes of t is not fully known (an unknown type, a module
// with a star import, a class with an unknown base or __getattr__), so a
// missing attribute is not an error.
func (r *Result) member(t Type, name string) (Type, bool) {
	sym, known := r.memberSymbol(t, name)
	if sym == nil {
		return Type{}, known
	}
	mt := r.SymbolType(sym)
	// A function stored in a class body, by def or as a lambda, binds
	// like a method.
	inClass := mt.Kind == FuncType && (mt.Func.Class != nil || sym.Scope != nil && sym.Scope.Kind == ClassScope)
	if inClass && t.Kind == InstanceType {
		f := mt.Func
		if !f.hasDecorator("staticmethod") {
			mt.Bound = true
		}
		if f.hasDecorator("property") {
			return r.callResult(mt), true
		}
	}
	if mt.Kind == FuncType && t.Kind == ClassType && mt.Func.hasDecorator("classmethod") {
		mt.Bound = true
	}
	// A method of the metaclass, reached through a class (C.mro()), is
	// bound to the class.
	if inClass && t.Kind == ClassType && mt.Func.Class != nil && isBuiltinClass(mt.Func.Class, "type") && !isBuiltinClass(t.Class, "type") {
		mt.Bound = true
	}
	return mt, true
}

// memberSymbol finds the symbol that attribute name of t reaches.
func (r *Result) memberSymbol(t Type, name string) (*Symbol, bool) {
	switch t.Kind {
	case ModuleType:
		m := t.Module
		if sym := m.Scope.Symbols[name]; sym != nil {
			return sym, true
		}
		if sym := stubSubmodules[m.Name+"."+name]; sym != nil {
			return sym, true
		}
		// A submodule of a package becomes its attribute once any module
		// imports it.
		if !m.Stub && r.loader != nil {
			if sub := r.loader.load(m.Name + "." + name); sub != nil {
				return moduleSymbol(sub, name), true
			}
		}
		return nil, !m.hasStarImport() && !moduleDunder(name)
	case ClassType, InstanceType:
		sym, known := r.classMember(t.Class, name, t.Kind == InstanceType, map[*syntax.ClassDef]bool{})
		if sym == nil && t.Kind == InstanceType && isBuiltinClass(t.Class, "super") {
			// A super object forwards every other attribute to the classes
			// after the current one in the method resolution order, which
			// analysis does not follow.
			return nil, false
		}
		if sym == nil && t.Kind == ClassType {
			if meta := builtinClass("type"); meta != nil {
				if msym, _ := r.classMember(meta, name, true, map[*syntax.ClassDef]bool{}); msym != nil {
					return msym, true
				}
			}
		}
		return sym, known
	case FuncType:
		if fn := builtinClass("function"); fn != nil {
			return r.classMember(fn, name, true, map[*syntax.ClassDef]bool{})
		}
	}
	return nil, false
}

// moduleDunder reports names every module has.
func moduleDunder(name string) bool {
	switch name {
	case "__name__", "__file__", "__doc__", "__dict__", "__spec__", "__loader__", "__package__", "__path__", "__all__":
		return true
	}
	return false
}

// moduleSymbol stands for a submodule reached as an attribute (os.path).
func moduleSymbol(m *Module, name string) *Symbol {
	return &Symbol{Name: name, Kind: ImportSymbol, Scope: m.Scope, Defs: []*Def{{
		Name: &syntax.Name{Id: name}, Kind: ImportSymbol, Node: &syntax.Alias{}, Module: m.Name}}}
}

func (m *Module) hasStarImport() bool {
	for _, s := range m.Result.starImports {
		if s.scope == m.Scope {
			return true
		}
	}
	return false
}

// classMember looks name up in c and its bases, depth first and left to
// right, which agrees with the C3 order for the hierarchies this matters
// for; instance attributes set through self come after the class's own.
func (r *Result) classMember(c *Class, name string, instance bool, seen map[*syntax.ClassDef]bool) (*Symbol, bool) {
	if c == nil || c.Scope == nil || seen[c.Def] {
		return nil, false
	}
	seen[c.Def] = true
	names := [2]string{name}
	// Only a name with a leading underscore can be a mangled private
	// name; unmangle costs an allocation on every lookup otherwise.
	if strings.HasPrefix(name, "_") {
		names[1] = unmangle(c, name)
	}
	for _, n := range names {
		if n == "" {
			continue
		}
		if sym := c.Scope.Symbols[n]; sym != nil {
			return sym, true
		}
		if instance {
			if sym := c.Mod.Result.instanceAttrs(c)[n]; sym != nil {
				return sym, true
			}
		}
	}
	known := c.Mod.Stub || c.Scope.Symbols["__getattr__"] == nil && c.Scope.Symbols["__getattribute__"] == nil && len(c.Def.Keywords) == 0
	sym, k := r.baseMember(c, name, instance, seen)
	if sym != nil {
		return sym, true
	}
	return nil, known && k
}

// baseMember looks name up in the bases of c (object when it has none),
// in the order classMember uses, without c itself.
func (r *Result) baseMember(c *Class, name string, instance bool, seen map[*syntax.ClassDef]bool) (*Symbol, bool) {
	known := true
	cr := c.Mod.Result
	bases := c.Def.Bases
	for _, b := range bases {
		bt := cr.TypeOf(b, c.Scope.Parent)
		if bt.Kind != ClassType {
			known = false
			continue
		}
		sym, k := r.classMember(bt.Class, name, instance, seen)
		if sym != nil {
			return sym, true
		}
		known = known && k
	}
	if len(bases) == 0 && c.Def.Name.Id != "object" {
		if obj := builtinClass("object"); obj != nil && obj.Def != c.Def {
			sym, k := r.classMember(obj, name, instance, seen)
			if sym != nil {
				return sym, true
			}
			known = known && k
		}
	}
	return nil, known
}

// instanceAttrs collects the attributes that the class's methods assign
// through their first parameter (self.x = ...), as symbols.
func (r *Result) instanceAttrs(c *Class) map[string]*Symbol {
	if attrs, ok := r.instAttrs[c.Def]; ok || r.frozen {
		return attrs
	}
	attrs := map[string]*Symbol{}
	r.instAttrs[c.Def] = attrs
	for _, st := range c.Def.Body {
		fn, ok := st.(*syntax.FuncDef)
		if !ok || fn.Params == nil || len(fn.Params.List) == 0 {
			continue
		}
		self := fn.Params.List[0].Name.Id
		fs := r.Scopes[fn]
		syntax.Walk(fn, func(n syntax.Node) bool {
			var targets []syntax.Expr
			var value syntax.Expr
			switch n := n.(type) {
			case *syntax.Assign:
				targets, value = n.Targets, n.Value
			case *syntax.AugAssign:
				targets = []syntax.Expr{n.Target}
			case *syntax.AnnAssign:
				targets, value = []syntax.Expr{n.Target}, n.Value
			case *syntax.FuncDef:
				return n == fn
			case *syntax.ClassDef, *syntax.Lambda:
				return false
			}
			for _, t := range targets {
				a, ok := t.(*syntax.Attribute)
				if !ok {
					continue
				}
				if x, ok := a.X.(*syntax.Name); !ok || x.Id != self {
					continue
				}
				sym := attrs[a.Attr.Id]
				if sym == nil {
					sym = &Symbol{Name: a.Attr.Id, Kind: VarSymbol, Scope: fs}
					attrs[a.Attr.Id] = sym
				}
				var v syntax.Expr
				if len(targets) == 1 {
					v = value
				}
				sym.Defs = append(sym.Defs, &Def{Name: a.Attr, Kind: VarSymbol, Node: n, Value: v})
			}
			return true
		})
	}
	return attrs
}

// resolveAttrs records, for each attribute access whose target is known,
// the member symbol it reaches.
func (r *Result) resolveAttrs() {
	for _, u := range r.attrUses {
		sym, _ := r.memberSymbol(r.TypeOf(u.attr.X, u.scope), u.attr.Attr.Id)
		if sym != nil {
			r.Attrs[u.attr.Attr] = sym
			if sym.Home() == r.Module {
				sym.Refs = append(sym.Refs, u.attr.Attr)
			}
		}
	}
}

// unmangle turns the mangled form of a private name of class c,
// _C__name, back into __name, as the class body writes it; "" when name
// is no such form.
func unmangle(c *Class, name string) string {
	prefix := "_" + strings.TrimLeft(c.Name(), "_") + "__"
	rest, ok := strings.CutPrefix(name, prefix)
	if !ok || rest == "" || strings.HasSuffix(rest, "__") || prefix == "___" {
		return ""
	}
	return "__" + rest
}
