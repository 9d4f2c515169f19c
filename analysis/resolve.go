package analysis

import (
	"sort"

	"tasklet/syntax"
)

// A binder walks a file once and records its scopes, every binding and
// every use of a name, and every attribute access. Resolution waits until
// the walk is over because Python decides whether a name is local from the
// whole body of its scope: "global x" or an assignment after a use still
// governs that use.
type binder struct {
	res      *Result
	scope    *Scope
	bindings []binding
	uses     []use
	block    int // the current statement list (see Def.block)
	blocks   int
	// nonlocals is set once a nonlocal declaration is seen: only then do
	// scopes need to know what they bind before their symbols exist.
	nonlocals bool
}

type binding struct {
	scope *Scope
	def   *Def
	del   bool // "del x": makes x local and reads it, binds nothing
}

type use struct {
	name  *syntax.Name
	scope *Scope
}

// An attrUse is an attribute access x.name and the scope it is evaluated in.
type attrUse struct {
	attr  *syntax.Attribute
	scope *Scope
}

func (b *binder) file(f *syntax.File) {
	b.scope = newScope(ModuleScope, f, nil)
	b.res.Module.Scope = b.scope
	b.res.Scopes[f] = b.scope
	b.stmts(f.Body)
	sortChildren(b.scope)
}

// sortChildren puts child scopes in source order: a lambda in a default
// value is met before the def it belongs to, but starts after it.
func sortChildren(s *Scope) {
	sort.SliceStable(s.Children, func(i, j int) bool {
		return s.Children[i].Node.Span().Start.Offset < s.Children[j].Node.Span().Start.Offset
	})
	for _, c := range s.Children {
		sortChildren(c)
	}
}

func (b *binder) stmts(ss []syntax.Stmt) {
	saved := b.block
	b.blocks++
	b.block = b.blocks
	for _, s := range ss {
		b.stmt(s)
	}
	b.block = saved
}

func (b *binder) bind(name *syntax.Name, kind SymbolKind, node syntax.Node, value syntax.Expr) *Def {
	if name == nil {
		return nil
	}
	d := &Def{Name: name, Kind: kind, Node: node, Value: value, block: b.block}
	b.bindings = append(b.bindings, binding{scope: b.scope, def: d})
	return d
}

func (b *binder) use(name *syntax.Name) {
	b.uses = append(b.uses, use{name, b.scope})
}

func (b *binder) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.ExprStmt:
		b.expr(s.X)
	case *syntax.Assign:
		b.expr(s.Value)
		for _, t := range s.Targets {
			b.target(t, s, s.Value)
		}
	case *syntax.AugAssign:
		b.expr(s.Value)
		if n, ok := s.Target.(*syntax.Name); ok {
			b.use(n)
			b.bind(n, VarSymbol, s, nil)
		} else {
			b.expr(s.Target)
		}
	case *syntax.AnnAssign:
		b.expr(s.Annotation)
		b.expr(s.Value)
		b.target(s.Target, s, s.Value)
	case *syntax.Delete:
		for _, t := range s.Targets {
			b.delTarget(t)
		}
	case *syntax.Return:
		b.expr(s.Value)
	case *syntax.Raise:
		b.expr(s.Exc)
		b.expr(s.Cause)
	case *syntax.Global:
		for _, n := range s.Names {
			if s.Kind == syntax.GLOBAL {
				if _, ok := b.scope.Globals[n.Id]; !ok {
					if b.scope.Globals == nil {
						b.scope.Globals = map[string]*syntax.Name{}
					}
					b.scope.Globals[n.Id] = n
				}
			} else if _, ok := b.scope.Nonlocals[n.Id]; !ok {
				if b.scope.Nonlocals == nil {
					b.scope.Nonlocals = map[string]*syntax.Name{}
				}
				b.scope.Nonlocals[n.Id] = n
				b.nonlocals = true
			}
		}
	case *syntax.Import:
		for _, a := range s.Names {
			if a.Name == nil || len(a.Name.Names) == 0 {
				continue
			}
			mod := a.Name.String()
			if a.AsName != nil {
				d := b.bind(a.AsName, ImportSymbol, a, nil)
				d.Module, d.Stmt = mod, s
			} else {
				// "import a.b" binds a, the top package.
				d := b.bind(a.Name.Names[0], ImportSymbol, a, nil)
				d.Module, d.Stmt = a.Name.Names[0].Id, s
			}
		}
	case *syntax.ImportFrom:
		mod := ""
		if s.Module != nil {
			mod = s.Module.String()
		}
		if s.Level > 0 {
			mod = ""
		}
		if s.Names == nil {
			b.res.starImports = append(b.res.starImports, starImport{s, mod, b.scope})
		}
		for _, a := range s.Names {
			if a.Name == nil || len(a.Name.Names) == 0 {
				continue
			}
			name := a.Name.Names[0]
			bound := name
			if a.AsName != nil {
				bound = a.AsName
			}
			d := b.bind(bound, ImportSymbol, a, nil)
			d.Module, d.Member, d.Stmt = mod, name.Id, s
		}
	case *syntax.Assert:
		b.expr(s.Test)
		b.expr(s.Msg)
	case *syntax.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.For:
		b.res.fors = append(b.res.fors, forSite{s, b.scope})
		b.expr(s.Iter)
		b.target(s.Target, s, nil)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.With:
		for _, it := range s.Items {
			b.expr(it.Context)
			if it.Target != nil {
				b.target(it.Target, it, nil)
			}
		}
		b.stmts(s.Body)
	case *syntax.Try:
		b.stmts(s.Body)
		for _, h := range s.Handlers {
			b.expr(h.Type)
			b.bind(h.Name, VarSymbol, h, nil)
			b.stmts(h.Body)
		}
		b.stmts(s.Orelse)
		b.stmts(s.Finally)
	case *syntax.FuncDef:
		b.funcDef(s)
	case *syntax.ClassDef:
		b.classDef(s)
	case *syntax.Match:
		b.expr(s.Subject)
		for _, c := range s.Cases {
			b.pattern(c.Pattern)
			b.expr(c.Guard)
			b.stmts(c.Body)
		}
	case *syntax.BadStmt:
		b.stmts(s.Body)
	}
}

func (b *binder) funcDef(s *syntax.FuncDef) {
	for _, d := range s.Decorators {
		b.expr(d)
	}
	b.paramDefaults(s.Params)
	b.expr(s.Returns)
	b.bind(s.Name, FuncSymbol, s, nil)
	outer := b.scope
	b.scope = newScope(FunctionScope, s, outer)
	b.res.Scopes[s] = b.scope
	b.params(s.Params)
	b.stmts(s.Body)
	b.scope = outer
}

func (b *binder) classDef(s *syntax.ClassDef) {
	for _, d := range s.Decorators {
		b.expr(d)
	}
	for _, x := range s.Bases {
		b.expr(x)
	}
	for _, k := range s.Keywords {
		b.expr(k.Value)
	}
	b.bind(s.Name, ClassSymbol, s, nil)
	outer := b.scope
	b.scope = newScope(ClassScope, s, outer)
	b.res.Scopes[s] = b.scope
	b.stmts(s.Body)
	b.scope = outer
}

// paramDefaults visits what a def or lambda evaluates where it is defined:
// default values and annotations.
func (b *binder) paramDefaults(ps *syntax.Params) {
	if ps == nil {
		return
	}
	for _, p := range ps.List {
		b.expr(p.Annotation)
		b.expr(p.Default)
	}
}

func (b *binder) params(ps *syntax.Params) {
	if ps == nil {
		return
	}
	for _, p := range ps.List {
		b.bind(p.Name, ParamSymbol, p, nil)
	}
}

// target binds the names of an assignment target and visits the
// expressions in it (x in x.a = 1 is a use). value is the assigned value
// when the target is a bare name.
func (b *binder) target(t syntax.Expr, node syntax.Node, value syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Name:
		b.bind(t, VarSymbol, node, value)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			b.target(e, node, nil)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			b.target(e, node, nil)
		}
	case *syntax.Starred:
		b.target(t.Value, node, nil)
	default:
		b.expr(t)
	}
}

func (b *binder) delTarget(t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Name:
		b.use(t)
		b.bindings = append(b.bindings, binding{scope: b.scope, def: &Def{Name: t, Node: t, block: b.block}, del: true})
	case *syntax.Tuple:
		for _, e := range t.Elts {
			b.delTarget(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			b.delTarget(e)
		}
	default:
		b.expr(t)
	}
}

// pattern visits a case pattern: bare names capture, dotted names and
// class names are read.
func (b *binder) pattern(p syntax.Expr) {
	switch p := p.(type) {
	case *syntax.Name:
		if p.Id != "_" {
			b.bind(p, VarSymbol, p, nil)
		}
	case *syntax.Attribute:
		b.expr(p)
	case *syntax.Call:
		b.expr(p.Func)
		for _, a := range p.Args {
			b.pattern(a)
		}
		for _, k := range p.Keywords {
			b.pattern(k.Value)
		}
	case *syntax.NamedExpr:
		b.pattern(p.Value)
		b.bind(p.Target, VarSymbol, p, nil)
	case *syntax.BinaryExpr:
		b.pattern(p.X)
		b.pattern(p.Y)
	case *syntax.Tuple:
		for _, e := range p.Elts {
			b.pattern(e)
		}
	case *syntax.List:
		for _, e := range p.Elts {
			b.pattern(e)
		}
	case *syntax.Starred:
		b.pattern(p.Value)
	case *syntax.Dict:
		for i, v := range p.Values {
			if p.Keys[i] != nil {
				b.expr(p.Keys[i])
				b.pattern(v)
			} else {
				b.pattern(v)
			}
		}
	default:
		b.expr(p)
	}
}

func (b *binder) exprs(xs []syntax.Expr) {
	for _, x := range xs {
		b.expr(x)
	}
}

func (b *binder) expr(x syntax.Expr) {
	switch x := x.(type) {
	case nil:
	case *syntax.Name:
		b.use(x)
	case *syntax.FString:
		b.exprs(x.Values)
	case *syntax.FormattedValue:
		b.expr(x.Value)
		if x.Spec != nil {
			b.expr(x.Spec)
		}
	case *syntax.Tuple:
		b.exprs(x.Elts)
	case *syntax.List:
		b.exprs(x.Elts)
	case *syntax.Set:
		b.exprs(x.Elts)
	case *syntax.Dict:
		for i, v := range x.Values {
			b.expr(x.Keys[i])
			b.expr(v)
		}
	case *syntax.Comp:
		b.comp(x)
	case *syntax.Attribute:
		b.expr(x.X)
		b.res.attrUses = append(b.res.attrUses, attrUse{x, b.scope})
		// A function that reads a frame's f_locals (its own, through
		// getcurrent().frame or sys._getframe()) may read every local.
		if x.Attr.Id == "f_locals" {
			b.scope.usesLocals = true
		}
	case *syntax.Subscript:
		b.expr(x.X)
		b.expr(x.Index)
	case *syntax.Slice:
		b.expr(x.Lo)
		b.expr(x.Hi)
		b.expr(x.Step)
	case *syntax.Call:
		b.expr(x.Func)
		if n, ok := x.Func.(*syntax.Name); ok && (n.Id == "locals" || (n.Id == "vars" || n.Id == "dir") && len(x.Args) == 0) {
			b.scope.usesLocals = true
		}
		b.exprs(x.Args)
		for _, k := range x.Keywords {
			b.expr(k.Value)
		}
		b.res.calls = append(b.res.calls, callSite{x, b.scope})
	case *syntax.Starred:
		b.expr(x.Value)
	case *syntax.UnaryExpr:
		b.expr(x.X)
	case *syntax.BinaryExpr:
		b.expr(x.X)
		b.expr(x.Y)
	case *syntax.Compare:
		b.expr(x.Left)
		b.exprs(x.Right)
	case *syntax.IfExp:
		b.expr(x.Test)
		b.expr(x.Body)
		b.expr(x.Orelse)
	case *syntax.Lambda:
		b.paramDefaults(x.Params)
		outer := b.scope
		b.scope = newScope(LambdaScope, x, outer)
		b.res.Scopes[x] = b.scope
		b.params(x.Params)
		b.expr(x.Body)
		b.scope = outer
	case *syntax.NamedExpr:
		b.expr(x.Value)
		// The target of := in a comprehension belongs to the scope that
		// contains the comprehension (PEP 572).
		outer := b.scope
		for b.scope.Kind == ComprehensionScope && b.scope.Parent != nil {
			b.scope = b.scope.Parent
		}
		b.bind(x.Target, VarSymbol, x, x.Value)
		b.scope = outer
	case *syntax.Yield:
		b.expr(x.Value)
	case *syntax.Await:
		b.expr(x.Value)
	}
}

// comp visits a comprehension: its first iterable is evaluated in the
// enclosing scope, everything else in the comprehension's own.
func (b *binder) comp(x *syntax.Comp) {
	if len(x.For) > 0 {
		b.expr(x.For[0].Iter)
	}
	outer := b.scope
	b.scope = newScope(ComprehensionScope, x, outer)
	b.res.Scopes[x] = b.scope
	for i, f := range x.For {
		if i > 0 {
			b.expr(f.Iter)
		}
		b.target(f.Target, f, nil)
		b.exprs(f.Ifs)
	}
	b.expr(x.Key)
	b.expr(x.Elt)
	b.scope = outer
}

// resolve turns the recorded bindings and uses into symbols, following
// Python's rules: a name bound anywhere in a scope is local to all of it
// unless declared global or nonlocal; a free name is looked up in the
// enclosing function scopes (never in a class body), then the module, then
// the built-ins.
func (b *binder) resolve() {
	b.res.bindings, b.res.uses = b.bindings, b.uses
	b.res.Names = make(map[*syntax.Name]*Symbol, len(b.bindings)+len(b.uses))
	for _, bd := range b.bindings {
		name := bd.def.Name.Id
		_, g := bd.scope.Globals[name]
		_, nl := bd.scope.Nonlocals[name]
		if !g && !nl && b.nonlocals {
			if bd.scope.bound == nil {
				bd.scope.bound = map[string]bool{}
			}
			bd.scope.bound[name] = true
		}
	}
	for _, bd := range b.bindings {
		owner := bindingScope(bd.scope, bd.def.Name.Id)
		sym := owner.Symbols[bd.def.Name.Id]
		if sym == nil {
			sym = &Symbol{Name: bd.def.Name.Id, Kind: bd.def.Kind, Scope: owner}
			owner.Symbols[sym.Name] = sym
		}
		if bd.del {
			continue
		}
		if len(sym.Defs) == 0 {
			sym.Kind = bd.def.Kind
		}
		sym.Defs = append(sym.Defs, bd.def)
		b.res.Names[bd.def.Name] = sym
	}
	for _, u := range b.uses {
		sym := lookup(u.scope, u.name.Id)
		if sym == nil {
			b.res.unresolved = append(b.res.unresolved, u)
			continue
		}
		// The stubs are shared by every analysis: a use of a built-in is
		// not recorded on it, which would race and keep every tree alive.
		if home := sym.Home(); home == nil || !home.Stub {
			sym.Refs = append(sym.Refs, u.name)
		}
		b.res.Names[u.name] = sym
	}
}

// bindingScope is the scope that owns a name bound in s.
func bindingScope(s *Scope, name string) *Scope {
	if _, ok := s.Globals[name]; ok {
		return s.module()
	}
	if _, ok := s.Nonlocals[name]; ok {
		if owner := nonlocalOwner(s, name); owner != nil {
			return owner
		}
	}
	return s
}

// nonlocalOwner finds the function scope that a nonlocal name in s refers
// to, or nil: the nearest enclosing function that binds the name itself.
func nonlocalOwner(s *Scope, name string) *Scope {
	for p := s.Parent; p != nil && p.Kind != ModuleScope; p = p.Parent {
		if !p.isFunction() {
			continue
		}
		if _, ok := p.Globals[name]; ok {
			return nil
		}
		if _, ok := p.Nonlocals[name]; ok {
			continue
		}
		if p.binds(name) {
			return p
		}
	}
	return nil
}

// binds reports whether the scope's own body binds name (before symbols
// exist, during resolution of nonlocal declarations).
func (s *Scope) binds(name string) bool {
	_, ok := s.Symbols[name]
	return ok || s.bound[name]
}

// lookup finds the symbol a use of name in scope s refers to, or nil when
// nothing visible binds it (built-ins included).
func lookup(s *Scope, name string) *Symbol {
	if _, ok := s.Globals[name]; ok {
		return globalLookup(s.module(), name)
	}
	if sym := s.Symbols[name]; sym != nil {
		return sym
	}
	for p := s.Parent; p != nil; p = p.Parent {
		switch {
		case p.Kind == ModuleScope:
			return globalLookup(p, name)
		case p.Kind == ClassScope:
			continue
		}
		if _, ok := p.Globals[name]; ok {
			return globalLookup(p.module(), name)
		}
		if sym := p.Symbols[name]; sym != nil {
			return sym
		}
	}
	if s.Kind == ModuleScope {
		return globalLookup(s, name)
	}
	return nil
}

// globalLookup finds name among a module's globals, then the built-ins.
func globalLookup(m *Scope, name string) *Symbol {
	if sym := m.Symbols[name]; sym != nil {
		return sym
	}
	if bi := builtinsModule(); bi != nil && bi.Scope != m {
		return bi.Scope.Symbols[name]
	}
	return nil
}
