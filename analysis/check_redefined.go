package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// checkRedefined reports a def, class or import that replaces an earlier
// one of the same name in the same statement sequence before anything read
// the earlier one: the earlier definition is dead, which usually means a
// copy-and-paste slip or a clash of names. Definitions in different
// branches (if/else, try/except) are alternatives, not redefinitions, and
// a decorated def (a property setter, an overload) is left alone.
func checkRedefined(r *Result) []Diagnostic {
	var out []Diagnostic
	for _, sym := range allSymbols(r.Module.Scope) {
		for i := 1; i < len(sym.Defs); i++ {
			prev, cur := sym.Defs[i-1], sym.Defs[i]
			if prev.block != cur.block || !isDefinition(prev) || !isDefinition(cur) || decorated(cur) || decorated(prev) {
				continue
			}
			if prev.Kind == ImportSymbol && cur.Kind == ImportSymbol {
				continue
			}
			if readBetween(sym, prev.Name.End.Offset, cur.Name.Start.Offset) {
				continue
			}
			out = append(out, Diagnostic{Range: cur.Name.Range, Severity: Warning, Code: "redefined",
				Message: fmt.Sprintf("%s '%s' redefines the %s from line %d, which was never used", cur.Kind, sym.Name, prev.Kind, prev.Name.Start.Line),
				Related: []Related{{Range: prev.Name.Range, Message: fmt.Sprintf("'%s' first defined here", sym.Name)}}})
		}
	}
	return out
}

// allSymbols lists the symbols of s and every scope under it, in order.
func allSymbols(s *Scope) []*Symbol {
	out := s.Sorted()
	for _, c := range s.Children {
		out = append(out, allSymbols(c)...)
	}
	return out
}

func isDefinition(d *Def) bool {
	return d.Kind == FuncSymbol || d.Kind == ClassSymbol || d.Kind == ImportSymbol
}

func decorated(d *Def) bool {
	switch n := d.Node.(type) {
	case *syntax.FuncDef:
		return len(n.Decorators) > 0
	case *syntax.ClassDef:
		return len(n.Decorators) > 0
	}
	return false
}

// readBetween reports whether sym is read between two offsets. A read
// inside a function body defined in between counts too, since the function
// may run before the redefinition.
func readBetween(sym *Symbol, from, to int32) bool {
	for _, ref := range sym.Refs {
		if ref.Start.Offset > from && ref.Start.Offset < to {
			return true
		}
	}
	return false
}
