package analysis

import "tasklet/syntax"

// A DocSymbol is an entry of a file's outline: a class, a function or a
// module-level or class-level variable, with what it contains.
type DocSymbol struct {
	Name   string
	Kind   SymbolKind
	Detail string
	// Range covers the whole definition; Selection the name.
	Range, Selection syntax.Range
	Children         []DocSymbol
}

// Outline returns the file's definitions as a tree, in source order. A
// name bound several times appears once, at its first definition.
func (r *Result) Outline() []DocSymbol {
	return r.outline(r.Module.Scope)
}

func (r *Result) outline(s *Scope) []DocSymbol {
	var out []DocSymbol
	for _, sym := range s.Sorted() {
		if len(sym.Defs) == 0 || sym.Kind == ImportSymbol {
			continue
		}
		d := sym.Defs[0]
		ds := DocSymbol{Name: sym.Name, Kind: sym.Kind, Selection: d.Name.Range, Range: d.Name.Range}
		switch n := d.Node.(type) {
		case *syntax.FuncDef:
			ds.Range = n.Range
			ds.Detail = r.Detail(sym)
			// A function's nested defs are listed, one level deep.
			if sc := r.Scopes[n]; sc != nil && s.Kind != FunctionScope {
				ds.Children = r.outline(sc)
			}
		case *syntax.ClassDef:
			ds.Range = n.Range
			if sc := r.Scopes[n]; sc != nil {
				ds.Children = r.outline(sc)
			}
		case *syntax.Param:
			continue
		default:
			if s.Kind == FunctionScope {
				continue
			}
			ds.Range = d.Node.Span()
			if !contains(d.Node, d.Name) {
				ds.Range = d.Name.Range
			}
			ds.Detail = TypeString(r.SymbolType(sym))
		}
		out = append(out, ds)
	}
	return out
}
