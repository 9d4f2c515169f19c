package analysis

import (
	"sort"

	"tasklet/syntax"
)

// A Target is what the identifier under the cursor denotes.
type Target struct {
	// Name is the identifier at the position.
	Name *syntax.Name
	// Symbol is the variable, function, class, parameter or member it
	// names; nil for a module named in an import statement.
	Symbol *Symbol
	// Module is set for the module of an import statement's path.
	Module *Module
}

// TargetAt finds the identifier at byte offset off and what it denotes.
func (r *Result) TargetAt(off int32) (Target, bool) {
	path := syntax.PathTo(r.File, off)
	if len(path) == 0 {
		return Target{}, false
	}
	n, ok := path[len(path)-1].(*syntax.Name)
	if !ok {
		return Target{}, false
	}
	if sym := r.Names[n]; sym != nil {
		return Target{Name: n, Symbol: sym}, true
	}
	if sym := r.Attrs[n]; sym != nil {
		return Target{Name: n, Symbol: sym}, true
	}
	if len(path) >= 2 {
		if d, ok := path[len(path)-2].(*syntax.DottedName); ok {
			if m := r.modulePrefix(d, n); m != nil {
				return Target{Name: n, Module: m}, true
			}
		}
	}
	if len(path) >= 3 {
		// The name imported by "from m import name" when it is not bound
		// (it is, unless aliased): show what it names in m.
		if a, ok := path[len(path)-3].(*syntax.Alias); ok {
			for _, d := range r.importDefs(a) {
				if d.Member != "" {
					if m := r.loader.load(d.Module); m != nil {
						if sym := m.Scope.Symbols[d.Member]; sym != nil {
							return Target{Name: n, Symbol: sym}, true
						}
					}
				}
			}
		}
	}
	return Target{Name: n}, true
}

// modulePrefix loads the module that a dotted import path names up to and
// including part n, when the path is a module path (not the name of a
// "from m import name").
func (r *Result) modulePrefix(d *syntax.DottedName, n *syntax.Name) *Module {
	name := ""
	for _, part := range d.Names {
		if name != "" {
			name += "."
		}
		name += part.Id
		if part == n {
			break
		}
	}
	for _, st := range r.File.Body {
		if ok := containsNode(st, d); ok {
			if imp, isFrom := st.(*syntax.ImportFrom); isFrom && imp.Module != d {
				return nil
			}
		}
	}
	return r.loader.load(name)
}

func containsNode(outer, inner syntax.Node) bool {
	found := false
	syntax.Walk(outer, func(n syntax.Node) bool {
		if n == inner {
			found = true
		}
		return !found && contains(n, inner)
	})
	return found
}

// importDefs returns the definitions made by an import alias.
func (r *Result) importDefs(a *syntax.Alias) []*Def {
	var out []*Def
	for _, b := range r.bindings {
		if b.def.Node == a {
			out = append(out, b.def)
		}
	}
	return out
}

// A Location is a range in a file, named by its path.
type Location struct {
	Path  string
	Range syntax.Range
}

// Definition returns where the identifier at off is defined: every binding
// of its variable (several for a name assigned in branches), or the member
// of a class or module it reaches. Built-ins and stubs have no location.
func (r *Result) Definition(off int32) []Location {
	t, ok := r.TargetAt(off)
	if !ok || t.Symbol == nil || t.Symbol.Scope == nil {
		return nil
	}
	home := t.Symbol.Home()
	if home == nil || home.Stub {
		return nil
	}
	var out []Location
	for _, d := range t.Symbol.Defs {
		if d.Kind == ImportSymbol && d.Member != "" {
			// Go on to the definition in the imported module.
			if m := r.loader.load(d.Module); m != nil && !m.Stub {
				if sym := m.Scope.Symbols[d.Member]; sym != nil && len(sym.Defs) > 0 {
					out = append(out, Location{m.Path, sym.Defs[0].Name.Range})
					continue
				}
			}
		}
		out = append(out, Location{home.Path, d.Name.Range})
	}
	return out
}

// References returns the ranges in this file of every use of the symbol
// at off, and its definitions when includeDecl is set, in source order.
func (r *Result) References(off int32, includeDecl bool) []syntax.Range {
	t, ok := r.TargetAt(off)
	if !ok || t.Symbol == nil {
		return nil
	}
	var out []syntax.Range
	seen := map[int32]bool{}
	add := func(n *syntax.Name) {
		if !seen[n.Start.Offset] {
			seen[n.Start.Offset] = true
			out = append(out, n.Range)
		}
	}
	if includeDecl && t.Symbol.Home() == r.Module {
		for _, d := range t.Symbol.Defs {
			add(d.Name)
		}
	}
	for n, sym := range r.Names {
		if sym == t.Symbol && (includeDecl || !isDefName(sym, n)) {
			add(n)
		}
	}
	for n, sym := range r.Attrs {
		if sym == t.Symbol {
			add(n)
		}
	}
	sortRanges(out)
	return out
}

func isDefName(sym *Symbol, n *syntax.Name) bool {
	for _, d := range sym.Defs {
		if d.Name == n {
			return true
		}
	}
	return false
}

func sortRanges(rs []syntax.Range) {
	sort.Slice(rs, func(i, j int) bool { return rs[i].Start.Offset < rs[j].Start.Offset })
}
