package compile

import (
	"tasklet/syntax"
)

// scopeKind is the kind of a Python scope.
type scopeKind uint8

const (
	moduleScope scopeKind = iota
	classScope
	functionScope
	comprehensionScope // a comprehension or generator expression: a function of its own
)

// symKind says where a name lives in a scope, once resolved.
type symKind uint8

const (
	symGlobalImplicit symKind = iota // not bound anywhere enclosing: globals, then builtins
	symGlobalExplicit                // declared global (or any name at module level)
	symLocal                         // a fast local of a function
	symCell                          // a local that nested functions capture
	symFree                          // a variable of an enclosing function
	symName                          // bound in a class body: the class namespace
)

type symbol struct {
	name     string
	bound    bool // assigned, imported, defined, deleted, or a parameter
	used     bool
	param    bool
	global   bool // declared global
	nonlocal bool // declared nonlocal
	kind     symKind
	declPos  syntax.Node // the global/nonlocal statement, for errors
	// classFree marks, in a class scope, a name that is both bound in the
	// class and free in a method (it reaches the method from an enclosing
	// function, not from the class).
	classFree bool
}

// A scope is the symbol table of one module, class, function, lambda or
// comprehension.
type scope struct {
	kind     scopeKind
	name     string
	node     syntax.Node
	parent   *scope
	syms     map[string]*symbol
	order    []string // names in order of first appearance
	params   []string
	children []*scope

	generator      bool
	needsClassCell bool // a class whose methods use super() or __class__
	frees          []string
	cells          []string
	locals         []string // fast locals: parameters first
}

func newScope(kind scopeKind, name string, node syntax.Node, parent *scope) *scope {
	s := &scope{kind: kind, name: name, node: node, parent: parent, syms: map[string]*symbol{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

// mangle applies private name mangling: inside a class, __name (not
// ending in __) is _Class__name, with the class name's leading underscores
// removed.
func (s *scope) mangle(name string) string {
	if len(name) < 3 || name[0] != '_' || name[1] != '_' || (name[len(name)-1] == '_' && name[len(name)-2] == '_') {
		return name
	}
	for c := s; c != nil; c = c.parent {
		if c.kind == classScope {
			cls := c.name
			for len(cls) > 0 && cls[0] == '_' {
				cls = cls[1:]
			}
			if cls == "" {
				return name
			}
			return "_" + cls + name
		}
	}
	return name
}

func (s *scope) sym(name string) *symbol {
	name = s.mangle(name)
	if sym, ok := s.syms[name]; ok {
		return sym
	}
	sym := &symbol{name: name}
	s.syms[name] = sym
	s.order = append(s.order, name)
	return sym
}

// isFunctionLike reports whether names bound in s are fast locals.
func (s *scope) isFunctionLike() bool { return s.kind == functionScope || s.kind == comprehensionScope }

// resolver builds the scope tree of a module and resolves every name.
type resolver struct {
	scopes map[syntax.Node]*scope // by the def, class, lambda, comprehension or file
	errors []*Error
}

func (r *resolver) errorf(n syntax.Node, msg string) {
	sp := n.Span()
	r.errors = append(r.errors, &Error{Pos: sp.Start, End: sp.End, Msg: msg})
}

func resolveFile(f *syntax.File, kind scopeKind) (*resolver, *scope) {
	r := &resolver{scopes: map[syntax.Node]*scope{}}
	top := newScope(kind, "<module>", f, nil)
	r.scopes[f] = top
	c := &collector{r: r, s: top}
	c.stmts(f.Body)
	r.analyze(top, map[string]bool{})
	return r, top
}

// collector walks the statements of one scope, recording bindings and
// uses, and creating child scopes for nested definitions.
type collector struct {
	r *resolver
	s *scope
}

func (c *collector) child(kind scopeKind, name string, node syntax.Node) *collector {
	s := newScope(kind, name, node, c.s)
	c.r.scopes[node] = s
	return &collector{r: c.r, s: s}
}

func (c *collector) bind(name string, at syntax.Node) {
	sym := c.s.sym(name)
	sym.bound = true
	if sym.nonlocal && c.s.kind == moduleScope {
		return
	}
	_ = at
}

func (c *collector) use(name string) {
	c.s.sym(name).used = true
	// super() needs the class being defined: it reads the implicit
	// __class__ cell.
	if name == "super" && c.s.isFunctionLike() {
		c.s.sym("__class__").used = true
	}
}

func (c *collector) stmts(body []syntax.Stmt) {
	for _, s := range body {
		c.stmt(s)
	}
}

func (c *collector) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.ExprStmt:
		c.expr(s.X)
	case *syntax.Assign:
		c.expr(s.Value)
		for _, t := range s.Targets {
			c.target(t)
		}
	case *syntax.AugAssign:
		c.expr(s.Value)
		c.target(s.Target)
		c.exprUse(s.Target)
	case *syntax.AnnAssign:
		if s.Value != nil {
			c.expr(s.Value)
			c.target(s.Target)
		} else if _, ok := s.Target.(*syntax.Name); !ok {
			c.exprUse(s.Target)
		} else if c.s.isFunctionLike() {
			// "x: int" alone makes x local, as in CPython.
			c.bind(s.Target.(*syntax.Name).Id, s)
		}
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.target(t)
		}
	case *syntax.BranchStmt:
	case *syntax.Return:
		if s.Value != nil {
			c.expr(s.Value)
		}
	case *syntax.Raise:
		c.optExpr(s.Exc)
		c.optExpr(s.Cause)
	case *syntax.Global:
		for _, n := range s.Names {
			c.declare(s, n)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			if a.AsName != nil {
				c.bind(a.AsName.Id, a)
			} else {
				c.bind(a.Name.Names[0].Id, a)
			}
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if a.AsName != nil {
				c.bind(a.AsName.Id, a)
			} else {
				c.bind(a.Name.Names[0].Id, a)
			}
		}
		if s.Names == nil && c.s.kind != moduleScope {
			c.r.errorf(s, "import * only allowed at module level")
		}
	case *syntax.Assert:
		c.expr(s.Test)
		c.optExpr(s.Msg)
	case *syntax.If:
		c.expr(s.Test)
		c.stmts(s.Body)
		c.stmts(s.Orelse)
	case *syntax.While:
		c.expr(s.Test)
		c.stmts(s.Body)
		c.stmts(s.Orelse)
	case *syntax.For:
		c.expr(s.Iter)
		c.target(s.Target)
		c.stmts(s.Body)
		c.stmts(s.Orelse)
	case *syntax.With:
		for _, it := range s.Items {
			c.expr(it.Context)
			if it.Target != nil {
				c.target(it.Target)
			}
		}
		c.stmts(s.Body)
	case *syntax.Try:
		c.stmts(s.Body)
		for _, h := range s.Handlers {
			c.optExpr(h.Type)
			if h.Name != nil {
				c.bind(h.Name.Id, h.Name)
			}
			c.stmts(h.Body)
		}
		c.stmts(s.Orelse)
		c.stmts(s.Finally)
	case *syntax.FuncDef:
		for _, d := range s.Decorators {
			c.expr(d)
		}
		c.defaults(s.Params)
		fc := c.child(functionScope, s.Name.Id, s)
		fc.params(s.Params)
		fc.stmts(s.Body)
		c.bind(s.Name.Id, s)
	case *syntax.ClassDef:
		for _, d := range s.Decorators {
			c.expr(d)
		}
		for _, b := range s.Bases {
			c.expr(b)
		}
		for _, k := range s.Keywords {
			c.expr(k.Value)
		}
		cc := c.child(classScope, s.Name.Id, s)
		cc.stmts(s.Body)
		c.bind(s.Name.Id, s)
	}
}

func (c *collector) declare(g *syntax.Global, n *syntax.Name) {
	sym := c.s.sym(n.Id)
	what := "global"
	if g.Kind == syntax.NONLOCAL {
		what = "nonlocal"
	}
	switch {
	case sym.param:
		c.r.errorf(g, "name '"+n.Id+"' is parameter and "+what)
		return
	case sym.used && !sym.global && !sym.nonlocal:
		c.r.errorf(g, "name '"+n.Id+"' is used prior to "+what+" declaration")
		return
	case sym.bound && !sym.global && !sym.nonlocal:
		c.r.errorf(g, "name '"+n.Id+"' is assigned to before "+what+" declaration")
		return
	}
	if g.Kind == syntax.GLOBAL {
		if sym.nonlocal {
			c.r.errorf(n, "name '"+n.Id+"' is nonlocal and global")
		}
		sym.global = true
	} else {
		if c.s.kind == moduleScope {
			c.r.errorf(g, "nonlocal declaration not allowed at module level")
			return
		}
		if sym.global {
			c.r.errorf(n, "name '"+n.Id+"' is nonlocal and global")
		}
		sym.nonlocal = true
	}
	sym.declPos = g
}

func (c *collector) params(ps *syntax.Params) {
	for _, p := range ps.List {
		sym := c.s.sym(p.Name.Id)
		if sym.param {
			c.r.errorf(p.Name, "duplicate argument '"+p.Name.Id+"' in function definition")
		}
		sym.param = true
		sym.bound = true
		c.s.params = append(c.s.params, c.s.mangle(p.Name.Id))
	}
}

// defaults records the default values of parameters, which are evaluated
// in the enclosing scope. Annotations are not evaluated at run time.
func (c *collector) defaults(ps *syntax.Params) {
	for _, p := range ps.List {
		c.optExpr(p.Default)
	}
}

// target records the names bound by an assignment target, and the names
// used in its attribute or subscript parts.
func (c *collector) target(t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Name:
		c.bind(t.Id, t)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			c.target(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			c.target(e)
		}
	case *syntax.Starred:
		c.target(t.Value)
	case *syntax.Attribute:
		c.expr(t.X)
	case *syntax.Subscript:
		c.expr(t.X)
		c.expr(t.Index)
	default:
		c.expr(t)
	}
}

// exprUse records an augmented assignment's read of its target.
func (c *collector) exprUse(t syntax.Expr) {
	if n, ok := t.(*syntax.Name); ok {
		c.use(n.Id)
	}
}

func (c *collector) optExpr(x syntax.Expr) {
	if x != nil {
		c.expr(x)
	}
}

func (c *collector) exprs(xs []syntax.Expr) {
	for _, x := range xs {
		c.optExpr(x)
	}
}

func (c *collector) expr(x syntax.Expr) {
	switch x := x.(type) {
	case *syntax.Name:
		c.use(x.Id)
	case *syntax.BasicLit, *syntax.BadExpr:
	case *syntax.FString:
		c.exprs(x.Values)
	case *syntax.FormattedValue:
		c.expr(x.Value)
		if x.Spec != nil {
			c.expr(x.Spec)
		}
	case *syntax.Tuple:
		c.exprs(x.Elts)
	case *syntax.List:
		c.exprs(x.Elts)
	case *syntax.Set:
		c.exprs(x.Elts)
	case *syntax.Dict:
		c.exprs(x.Keys)
		c.exprs(x.Values)
	case *syntax.Comp:
		c.comprehension(x)
	case *syntax.Attribute:
		c.expr(x.X)
	case *syntax.Subscript:
		c.expr(x.X)
		c.expr(x.Index)
	case *syntax.Slice:
		c.optExpr(x.Lo)
		c.optExpr(x.Hi)
		c.optExpr(x.Step)
	case *syntax.Call:
		c.expr(x.Func)
		c.exprs(x.Args)
		for _, k := range x.Keywords {
			c.expr(k.Value)
		}
	case *syntax.Starred:
		c.expr(x.Value)
	case *syntax.UnaryExpr:
		c.expr(x.X)
	case *syntax.BinaryExpr:
		c.expr(x.X)
		c.expr(x.Y)
	case *syntax.Compare:
		c.expr(x.Left)
		c.exprs(x.Right)
	case *syntax.IfExp:
		c.expr(x.Test)
		c.expr(x.Body)
		c.expr(x.Orelse)
	case *syntax.Lambda:
		c.defaults(x.Params)
		lc := c.child(functionScope, "<lambda>", x)
		lc.params(x.Params)
		lc.expr(x.Body)
	case *syntax.NamedExpr:
		c.expr(x.Value)
		c.namedTarget(x)
	case *syntax.Yield:
		c.optExpr(x.Value)
		c.markGenerator(x)
	case *syntax.Await:
		c.expr(x.Value)
	}
}

func (c *collector) markGenerator(y *syntax.Yield) {
	switch c.s.kind {
	case functionScope:
		c.s.generator = true
	case comprehensionScope:
		c.r.errorf(y, "'yield' inside "+c.s.name)
	default:
		c.r.errorf(y, "'yield' outside function")
	}
}

// namedTarget binds the target of := in the nearest enclosing scope that is
// not a comprehension (PEP 572).
func (c *collector) namedTarget(x *syntax.NamedExpr) {
	name := x.Target.Id
	if c.s.kind != comprehensionScope {
		c.bind(name, x.Target)
		return
	}
	outer := c.s
	for outer.kind == comprehensionScope {
		if sym, ok := outer.syms[name]; ok && sym.bound && outer.isIterationVar(name) {
			c.r.errorf(x.Target, "assignment expression cannot rebind comprehension iteration variable '"+name+"'")
			return
		}
		outer = outer.parent
	}
	if outer.kind == classScope {
		c.r.errorf(x, "assignment expression within a comprehension cannot be used in a class body")
		return
	}
	for s := c.s; s != outer; s = s.parent {
		sym := s.sym(name)
		if outer.kind == moduleScope {
			sym.global = true
		} else {
			sym.nonlocal = true
		}
		sym.bound = true
	}
	outer.sym(name).bound = true
}

// isIterationVar reports whether name is bound by a for clause of the
// comprehension s.
func (s *scope) isIterationVar(name string) bool {
	comp, ok := s.node.(*syntax.Comp)
	if !ok {
		return false
	}
	found := false
	for _, f := range comp.For {
		syntax.Walk(f.Target, func(n syntax.Node) bool {
			if id, ok := n.(*syntax.Name); ok && id.Id == name {
				found = true
			}
			return true
		})
	}
	return found
}

// comprehension creates the scope of a comprehension. Its first iterable
// is evaluated in the enclosing scope; everything else inside.
func (c *collector) comprehension(x *syntax.Comp) {
	c.expr(x.For[0].Iter)
	name := map[syntax.CompKind]string{syntax.ListComp: "<listcomp>", syntax.SetComp: "<setcomp>", syntax.DictComp: "<dictcomp>", syntax.GeneratorExp: "<genexpr>"}[x.Kind]
	cc := c.child(comprehensionScope, name, x)
	cc.s.sym(".0").param = true
	cc.s.sym(".0").bound = true
	cc.s.params = []string{".0"}
	if x.Kind == syntax.GeneratorExp {
		cc.s.generator = true
	}
	for i, f := range x.For {
		if i > 0 {
			cc.expr(f.Iter)
		}
		cc.target(f.Target)
		cc.exprs(f.Ifs)
	}
	cc.optExpr(x.Key)
	cc.expr(x.Elt)
}

// analyze resolves the names of s and its children. enclosing holds the
// names bound in enclosing function scopes (visible as free variables). It
// returns the free variables of s, which its parent must provide.
func (r *resolver) analyze(s *scope, enclosing map[string]bool) map[string]bool {
	free := map[string]bool{}
	for _, name := range s.order {
		sym := s.syms[name]
		switch {
		case sym.global:
			sym.kind = symGlobalExplicit
		case sym.nonlocal:
			if !enclosing[name] {
				r.errorf(sym.declPos, "no binding for nonlocal '"+name+"' found")
			}
			sym.kind = symFree
			free[name] = true
		case sym.bound:
			switch s.kind {
			case moduleScope:
				sym.kind = symGlobalExplicit
			case classScope:
				sym.kind = symName
			default:
				sym.kind = symLocal
			}
		default:
			if s.kind != moduleScope && enclosing[name] {
				sym.kind = symFree
				free[name] = true
			} else {
				sym.kind = symGlobalImplicit
			}
		}
	}

	inner := enclosing
	switch s.kind {
	case functionScope, comprehensionScope:
		inner = map[string]bool{}
		for k := range enclosing {
			inner[k] = true
		}
		for name, sym := range s.syms {
			if sym.kind == symLocal || sym.kind == symFree {
				inner[name] = true
			}
		}
	case classScope:
		inner = map[string]bool{"__class__": true}
		for k := range enclosing {
			inner[k] = true
		}
	case moduleScope:
		inner = map[string]bool{}
	}

	for _, child := range s.children {
		for name := range r.analyze(child, inner) {
			if s.kind == classScope && name == "__class__" && !enclosing["__class__"] {
				s.needsClassCell = true
				continue
			}
			sym := s.sym(name)
			switch {
			case s.isFunctionLike() && sym.kind == symLocal:
				sym.kind = symCell
			case s.isFunctionLike() && sym.kind == symCell:
			case sym.kind == symFree:
				free[name] = true
			case s.kind == classScope && sym.kind == symName:
				sym.classFree = true
				free[name] = true
			default:
				// A name only passed through s to a nested scope.
				if s.kind == classScope {
					sym.classFree = true
					if sym.kind == symGlobalImplicit && !sym.used {
						sym.kind = symFree
					}
				} else {
					sym.kind = symFree
				}
				free[name] = true
			}
		}
	}

	// Lay out the variables.
	if s.isFunctionLike() {
		s.locals = append(s.locals, s.params...)
		for _, name := range s.order {
			sym := s.syms[name]
			if (sym.kind == symLocal) && !sym.param {
				s.locals = append(s.locals, name)
			}
		}
	}
	for _, name := range s.order {
		sym := s.syms[name]
		if sym.kind == symCell {
			s.cells = append(s.cells, name)
		}
	}
	if s.needsClassCell {
		s.cells = append(s.cells, "__class__")
	}
	for _, name := range s.order {
		if free[name] {
			s.frees = append(s.frees, name)
		}
	}
	return free
}
