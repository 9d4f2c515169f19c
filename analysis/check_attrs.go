package analysis

import (
	"fmt"
	"sort"
	"strings"

	"tasklet/syntax"
)

// checkAttributes reports reads of attributes that a module, or an
// instance of a class whose whole definition analysis sees, does not have:
// Python raises AttributeError there. An attribute the program assigns
// anywhere (t.name = "worker") or a class with a decorator or setattr in
// the file may grow attributes analysis cannot follow, so those stay quiet.
func checkAttributes(r *Result) []Diagnostic {
	stored := r.storedAttrs()
	dynamic := r.usesSetattr()
	var out []Diagnostic
	for _, u := range r.attrUses {
		name := u.attr.Attr.Id
		if stored[name] || r.Attrs[u.attr.Attr] != nil || r.hasattrGuarded(u.attr) {
			continue
		}
		t := r.TypeOf(u.attr.X, u.scope)
		sym, known := r.memberSymbol(t, name)
		var what string
		var names []string
		if c := r.superClass(u.attr.X, u.scope); c != nil {
			// super() reaches the bases of the class it is used in.
			if sym == nil {
				sym, known = r.baseMember(c, name, true, map[*syntax.ClassDef]bool{c.Def: true})
				// In a class mixed into another, super() goes on to
				// classes that are not among its own bases.
				known = known && !r.mixedIn(c)
			}
			if dynamic || len(c.Def.Decorators) > 0 {
				continue
			}
			what = "'super' object"
			names = r.baseMemberNames(c)
		}
		if sym != nil || !known {
			continue
		}
		switch {
		case what != "":
		case t.Kind == ModuleType:
			what = fmt.Sprintf("module '%s'", t.Module.Name)
		case t.Kind == InstanceType || t.Kind == ClassType:
			if dynamic || len(t.Class.Def.Decorators) > 0 || r.subclassHas(u.attr.X, t, name) {
				continue
			}
			what = fmt.Sprintf("'%s' object", t.Class.Name())
			if t.Kind == ClassType {
				what = fmt.Sprintf("type object '%s'", t.Class.Name())
			}
		default:
			continue
		}
		if names == nil {
			names = r.memberNames(t)
		}
		d := Diagnostic{Range: u.attr.Attr.Range, Severity: Error, Code: "unknown-attribute",
			Message: fmt.Sprintf("%s has no attribute '%s': reading it raises AttributeError", what, name)}
		if s := suggest(name, names); s != "" {
			d.Message = fmt.Sprintf("%s has no attribute '%s'; did you mean '%s'?", what, name, s)
			d.Fixes = []Fix{{Title: fmt.Sprintf("Change to '%s'", s), Edits: []Edit{{Range: u.attr.Attr.Range, New: s}}}}
		}
		out = append(out, d)
	}
	return out
}

// storedAttrs collects the attribute names the file assigns or deletes
// through any object.
func (r *Result) storedAttrs() map[string]bool {
	out := map[string]bool{}
	var target func(x syntax.Expr)
	target = func(x syntax.Expr) {
		switch x := x.(type) {
		case *syntax.Attribute:
			out[x.Attr.Id] = true
		case *syntax.Subscript:
			// vars(obj)["name"] = v and obj.__dict__["name"] = v set an
			// attribute too.
			if key, ok := x.Index.(*syntax.BasicLit); ok && key.Kind == syntax.StringLit && isAttrDict(x.X) {
				if name, ok := key.Value.(string); ok {
					out[name] = true
				}
			}
		case *syntax.Tuple:
			for _, e := range x.Elts {
				target(e)
			}
		case *syntax.List:
			for _, e := range x.Elts {
				target(e)
			}
		case *syntax.Starred:
			target(x.Value)
		}
	}
	syntax.Walk(r.File, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Assign:
			for _, t := range n.Targets {
				target(t)
			}
		case *syntax.AugAssign:
			target(n.Target)
		case *syntax.AnnAssign:
			target(n.Target)
		case *syntax.Delete:
			for _, t := range n.Targets {
				target(t)
			}
		case *syntax.For:
			target(n.Target)
		case *syntax.WithItem:
			target(n.Target)
		}
		return true
	})
	return out
}

// usesSetattr reports whether the file calls setattr, which can add any
// attribute to any object.
func (r *Result) usesSetattr() bool {
	for _, cs := range r.calls {
		if n, ok := cs.call.Func.(*syntax.Name); ok && n.Id == "setattr" {
			return true
		}
	}
	return false
}

// memberNames lists the attributes of a value of type t, for suggestions
// and completion.
func (r *Result) memberNames(t Type) []string {
	seen := map[string]bool{}
	switch t.Kind {
	case ModuleType:
		for name := range t.Module.Scope.Symbols {
			seen[name] = true
		}
		for _, sub := range StubModules() {
			if rest, ok := strings.CutPrefix(sub, t.Module.Name+"."); ok {
				seen[rest] = true
			}
		}
	case ClassType, InstanceType:
		r.collectMembers(t.Class, t.Kind == InstanceType, seen, map[*syntax.ClassDef]bool{})
	case FuncType:
		if fn := builtinClass("function"); fn != nil {
			r.collectMembers(fn, true, seen, map[*syntax.ClassDef]bool{})
		}
	}
	out := make([]string, 0, len(seen))
	for name := range seen {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

func (r *Result) collectMembers(c *Class, instance bool, seen map[string]bool, visited map[*syntax.ClassDef]bool) {
	if c == nil || c.Scope == nil || visited[c.Def] {
		return
	}
	visited[c.Def] = true
	for name := range c.Scope.Symbols {
		seen[name] = true
	}
	if instance {
		for name := range c.Mod.Result.instanceAttrs(c) {
			seen[name] = true
		}
	}
	r.collectBaseMembers(c, instance, seen, visited)
}

// collectBaseMembers adds the members of c's bases (object's, for a
// class without bases) to seen.
func (r *Result) collectBaseMembers(c *Class, instance bool, seen map[string]bool, visited map[*syntax.ClassDef]bool) {
	for _, b := range c.Def.Bases {
		if bt := c.Mod.Result.TypeOf(b, c.Scope.Parent); bt.Kind == ClassType {
			r.collectMembers(bt.Class, instance, seen, visited)
		}
	}
	if len(c.Def.Bases) == 0 {
		if obj := builtinClass("object"); obj != nil {
			r.collectMembers(obj, instance, seen, visited)
		}
	}
}

// superClass returns the class whose bases a super() call reaches: the
// class named by its first argument, or, with no arguments, the class
// whose body defines the method the call is in.
func (r *Result) superClass(x syntax.Expr, scope *Scope) *Class {
	call, ok := x.(*syntax.Call)
	if !ok || len(call.Keywords) > 0 || len(call.Args) == 1 || len(call.Args) > 2 {
		return nil
	}
	if ft := r.TypeOf(call.Func, scope); ft.Kind != ClassType || !isBuiltinClass(ft.Class, "super") {
		return nil
	}
	if len(call.Args) == 2 {
		if t := r.TypeOf(call.Args[0], scope); t.Kind == ClassType && !isBuiltinClass(t.Class, "super") {
			return t.Class
		}
		return nil
	}
	for s := scope; s != nil && s.Kind != ClassScope && s.Kind != ModuleScope; s = s.Parent {
		if s.Kind == FunctionScope && s.Parent != nil && s.Parent.Kind == ClassScope {
			def, ok := s.Parent.Node.(*syntax.ClassDef)
			if !ok {
				return nil
			}
			return &Class{Def: def, Scope: s.Parent, Mod: r.Module}
		}
	}
	return nil
}

// baseMemberNames lists the attributes the bases of c give its instances.
func (r *Result) baseMemberNames(c *Class) []string {
	seen := map[string]bool{}
	visited := map[*syntax.ClassDef]bool{c.Def: true}
	r.collectBaseMembers(c, true, seen, visited)
	out := make([]string, 0, len(seen))
	for name := range seen {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// mixedIn reports whether a class of the file inherits from c through one
// of several bases, which puts classes that are not c's bases after c in
// its method resolution order.
func (r *Result) mixedIn(c *Class) bool {
	for node, sc := range r.Scopes {
		def, ok := node.(*syntax.ClassDef)
		if !ok || len(def.Bases) < 2 {
			continue
		}
		for _, b := range def.Bases {
			if bt := r.TypeOf(b, sc.Parent); bt.Kind == ClassType && r.inherits(bt.Class, c, map[*syntax.ClassDef]bool{}) {
				return true
			}
		}
	}
	return false
}

// inherits reports whether sub is c or has it among its ancestors.
func (r *Result) inherits(sub, c *Class, seen map[*syntax.ClassDef]bool) bool {
	if sub == nil || sub.Scope == nil || seen[sub.Def] {
		return false
	}
	if sub.Def == c.Def {
		return true
	}
	seen[sub.Def] = true
	for _, b := range sub.Def.Bases {
		if bt := sub.Mod.Result.TypeOf(b, sub.Scope.Parent); bt.Kind == ClassType && r.inherits(bt.Class, c, seen) {
			return true
		}
	}
	return false
}

// isAttrDict recognizes the expressions that give an object's attribute
// dictionary: vars(obj) and obj.__dict__.
func isAttrDict(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.Call:
		n, ok := x.Func.(*syntax.Name)
		return ok && n.Id == "vars" && len(x.Args) == 1
	case *syntax.Attribute:
		return x.Attr.Id == "__dict__"
	}
	return false
}

// subclassHas reports a read through a method's self (or cls) parameter
// of an attribute that a subclass of its class in this file defines: self
// may be an instance of the subclass (a base that calls self.behave(),
// which each subclass provides).
func (r *Result) subclassHas(x syntax.Expr, t Type, name string) bool {
	n, ok := x.(*syntax.Name)
	if !ok {
		return false
	}
	if sym := r.Names[n]; sym == nil || sym.Kind != ParamSymbol {
		return false
	}
	for node, sc := range r.Scopes {
		def, ok := node.(*syntax.ClassDef)
		if !ok || def == t.Class.Def {
			continue
		}
		sub := &Class{Def: def, Scope: sc, Mod: r.Module}
		if !r.inherits(sub, t.Class, map[*syntax.ClassDef]bool{}) {
			continue
		}
		if sym, _ := r.classMember(sub, name, t.Kind == InstanceType, map[*syntax.ClassDef]bool{}); sym != nil {
			return true
		}
	}
	return false
}

// hasattrGuarded reports a read of obj.name that only runs when
// hasattr(obj, "name") is true: in the body of an if, or the first branch
// of a conditional expression, whose test is that call.
func (r *Result) hasattrGuarded(a *syntax.Attribute) bool {
	parents := r.tasklets().parents
	var child syntax.Node = a
	for p := parents.of(child); p != nil; child, p = p, parents.of(p) {
		var test syntax.Expr
		switch p := p.(type) {
		case *syntax.IfExp:
			if p.Body == child {
				test = p.Test
			}
		case *syntax.If:
			for _, st := range p.Body {
				if st == child {
					test = p.Test
				}
			}
		}
		if test != nil && r.isHasattr(test, a) {
			return true
		}
	}
	return false
}

// isHasattr recognizes hasattr(obj, "name") for the object and name of a.
func (r *Result) isHasattr(test syntax.Expr, a *syntax.Attribute) bool {
	call, ok := test.(*syntax.Call)
	if !ok || len(call.Args) != 2 {
		return false
	}
	if fn, ok := call.Func.(*syntax.Name); !ok || fn.Id != "hasattr" {
		return false
	}
	lit, ok := call.Args[1].(*syntax.BasicLit)
	if !ok || lit.Kind != syntax.StringLit {
		return false
	}
	name, _ := lit.Value.(string)
	return name == a.Attr.Id && r.exprText(call.Args[0]) == r.exprText(a.X)
}
