package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// checkContext reports the statements that CPython's compiler rejects
// for where they stand, which the parser accepts: return and yield outside
// a function, break and continue outside a loop, misplaced global and
// nonlocal declarations. The program does not even start with one of them.
func checkContext(r *Result) []Diagnostic {
	c := &contextChecker{}
	c.stmts(r.File.Body, false, false)
	c.declarations(r)
	// A declaration after several uses is reported once.
	var out []Diagnostic
	seen := map[string]bool{}
	for _, d := range c.out {
		key := d.Range.String() + d.Message
		if !seen[key] {
			seen[key] = true
			out = append(out, d)
		}
	}
	return out
}

type contextChecker struct {
	out []Diagnostic
}

func (c *contextChecker) report(rng syntax.Range, msg string) {
	c.out = append(c.out, Diagnostic{Range: rng, Severity: Error, Code: "SyntaxError", Message: msg})
}

func (c *contextChecker) stmts(ss []syntax.Stmt, inFunc, inLoop bool) {
	for _, s := range ss {
		c.stmt(s, inFunc, inLoop)
	}
}

func (c *contextChecker) stmt(s syntax.Stmt, inFunc, inLoop bool) {
	switch s := s.(type) {
	case *syntax.Return:
		if !inFunc {
			c.report(s.Range, "'return' outside function")
		}
	case *syntax.BranchStmt:
		switch {
		case s.Kind == syntax.BREAK && !inLoop:
			c.report(s.Range, "'break' outside loop")
		case s.Kind == syntax.CONTINUE && !inLoop:
			c.report(s.Range, "'continue' not properly in loop")
		}
	case *syntax.FuncDef:
		c.exprsIn(s, inFunc)
		c.stmts(s.Body, true, false)
		return
	case *syntax.ClassDef:
		c.exprsIn(s, inFunc)
		c.stmts(s.Body, false, false)
		return
	case *syntax.For:
		c.exprs(s.Iter, inFunc)
		c.stmts(s.Body, inFunc, true)
		c.stmts(s.Orelse, inFunc, inLoop)
		return
	case *syntax.While:
		c.exprs(s.Test, inFunc)
		c.stmts(s.Body, inFunc, true)
		c.stmts(s.Orelse, inFunc, inLoop)
		return
	case *syntax.If:
		c.exprs(s.Test, inFunc)
		c.stmts(s.Body, inFunc, inLoop)
		c.stmts(s.Orelse, inFunc, inLoop)
		return
	case *syntax.With:
		for _, it := range s.Items {
			c.exprs(it.Context, inFunc)
		}
		c.stmts(s.Body, inFunc, inLoop)
		return
	case *syntax.Try:
		c.stmts(s.Body, inFunc, inLoop)
		for _, h := range s.Handlers {
			c.stmts(h.Body, inFunc, inLoop)
		}
		c.stmts(s.Orelse, inFunc, inLoop)
		c.stmts(s.Finally, inFunc, inLoop)
		return
	case *syntax.Match:
		for _, mc := range s.Cases {
			c.stmts(mc.Body, inFunc, inLoop)
		}
		return
	case *syntax.BadStmt:
		// The block of a broken header: most often a def or a loop whose
		// first line is being typed, so nothing in it is out of place.
		c.stmts(s.Body, true, true)
		return
	}
	c.exprs(s, inFunc)
}

// exprsIn checks the parts of a def or class evaluated where it stands:
// decorators, defaults, bases.
func (c *contextChecker) exprsIn(n syntax.Node, inFunc bool) {
	switch n := n.(type) {
	case *syntax.FuncDef:
		for _, d := range n.Decorators {
			c.exprs(d, inFunc)
		}
		if n.Params != nil {
			for _, p := range n.Params.List {
				c.exprs(p.Default, inFunc)
			}
		}
	case *syntax.ClassDef:
		for _, d := range n.Decorators {
			c.exprs(d, inFunc)
		}
		for _, b := range n.Bases {
			c.exprs(b, inFunc)
		}
	}
}

// exprs finds yield expressions in n outside functions and inside
// comprehensions. A lambda is a function: yield in it is allowed.
func (c *contextChecker) exprs(n syntax.Node, inFunc bool) {
	if n == nil {
		return
	}
	syntax.Walk(n, func(x syntax.Node) bool {
		switch x := x.(type) {
		case *syntax.Lambda:
			return false
		case *syntax.Comp:
			c.compYields(x)
			return false
		case *syntax.Yield:
			if !inFunc {
				c.report(x.Range, "'yield' outside function")
			}
		}
		return true
	})
}

var compNames = [...]string{"list comprehension", "set comprehension", "dict comprehension", "generator expression"}

func (c *contextChecker) compYields(comp *syntax.Comp) {
	syntax.Walk(comp, func(x syntax.Node) bool {
		switch x := x.(type) {
		case *syntax.Lambda:
			return false
		case *syntax.Yield:
			c.report(x.Range, fmt.Sprintf("'yield' inside %s", compNames[comp.Kind]))
		}
		return true
	})
}

// declarations checks global and nonlocal statements against the scope
// they stand in.
func (c *contextChecker) declarations(r *Result) {
	for _, s := range allScopes(r.Module.Scope) {
		for name, n := range s.Nonlocals {
			switch {
			case s.Kind == ModuleScope:
				c.report(n.Range, "nonlocal declaration not allowed at module level")
			case s.Globals[name] != nil:
				c.report(n.Range, fmt.Sprintf("name '%s' is nonlocal and global", name))
			case nonlocalOwner(s, name) == nil:
				c.report(n.Range, fmt.Sprintf("no binding for nonlocal '%s' found", name))
			}
		}
		for name, n := range s.Globals {
			if isParam(s, name) {
				c.report(n.Range, fmt.Sprintf("name '%s' is parameter and global", name))
			}
		}
		for name, n := range s.Nonlocals {
			if isParam(s, name) {
				c.report(n.Range, fmt.Sprintf("name '%s' is parameter and nonlocal", name))
			}
		}
	}
	c.beforeDeclaration(r)
}

func allScopes(s *Scope) []*Scope {
	out := []*Scope{s}
	for _, c := range s.Children {
		out = append(out, allScopes(c)...)
	}
	return out
}

func isParam(s *Scope, name string) bool {
	var ps *syntax.Params
	switch n := s.Node.(type) {
	case *syntax.FuncDef:
		ps = n.Params
	case *syntax.Lambda:
		ps = n.Params
	}
	if ps == nil {
		return false
	}
	for _, p := range ps.List {
		if p.Name != nil && p.Name.Id == name {
			return true
		}
	}
	return false
}

// beforeDeclaration reports a name used or assigned in a scope before the
// global or nonlocal statement that declares it there.
func (c *contextChecker) beforeDeclaration(r *Result) {
	declared := func(s *Scope, name string) (*syntax.Name, string) {
		if n := s.Globals[name]; n != nil {
			return n, "global"
		}
		if n := s.Nonlocals[name]; n != nil {
			return n, "nonlocal"
		}
		return nil, ""
	}
	for _, b := range r.bindings {
		if decl, kind := declared(b.scope, b.def.Name.Id); decl != nil && b.def.Name.Start.Before(decl.Start) {
			if _, isParamDef := b.def.Node.(*syntax.Param); isParamDef {
				continue
			}
			c.report(decl.Range, fmt.Sprintf("name '%s' is assigned to before %s declaration", decl.Id, kind))
		}
	}
	for _, u := range r.uses {
		if decl, kind := declared(u.scope, u.name.Id); decl != nil && u.name.Start.Before(decl.Start) {
			c.report(decl.Range, fmt.Sprintf("name '%s' is used prior to %s declaration", decl.Id, kind))
		}
	}
}
