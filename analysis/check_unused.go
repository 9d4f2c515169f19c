package analysis

import (
	"fmt"
	"strings"

	"tasklet/syntax"
)

// checkUnused reports imports that nothing reads and local variables that
// are assigned but never read.
func checkUnused(r *Result) []Diagnostic {
	exported := r.dunderAll()
	var out []Diagnostic
	var walk func(s *Scope)
	walk = func(s *Scope) {
		// Most symbols are read: only the others are sorted, for the
		// order of the diagnostics.
		var unread []*Symbol
		for _, sym := range s.Symbols {
			if len(sym.Refs) == 0 && !(exported[sym.Name] && s.Kind == ModuleScope) {
				unread = append(unread, sym)
			}
		}
		sortSymbols(unread)
		for _, sym := range unread {
			switch {
			case sym.Kind == ImportSymbol && s.Kind != ClassScope:
				out = append(out, r.unusedImports(sym)...)
			case s.Kind == FunctionScope && !s.usesLocals:
				out = append(out, unusedLocal(sym)...)
			}
		}
		for _, c := range s.Children {
			walk(c)
		}
	}
	walk(r.Module.Scope)
	return out
}

// dunderAll returns the names listed in the module's __all__, which count
// as used: the module exports them.
func (r *Result) dunderAll() map[string]bool {
	out := map[string]bool{}
	sym := r.Module.Scope.Symbols["__all__"]
	if sym == nil {
		return out
	}
	for _, d := range sym.Defs {
		var elts []syntax.Expr
		switch v := d.Value.(type) {
		case *syntax.List:
			elts = v.Elts
		case *syntax.Tuple:
			elts = v.Elts
		}
		for _, e := range elts {
			if lit, ok := e.(*syntax.BasicLit); ok && lit.Kind == syntax.StringLit {
				s, _ := lit.Value.(string)
				out[s] = true
			}
		}
	}
	return out
}

func (r *Result) unusedImports(sym *Symbol) []Diagnostic {
	var out []Diagnostic
	for _, d := range sym.Defs {
		if d.Kind != ImportSymbol || d.Module == "__future__" {
			continue
		}
		what := d.Module
		if d.Member != "" {
			what = d.Module + "." + d.Member
		}
		diag := Diagnostic{Range: d.Node.Span(), Severity: Warning, Code: "unused-import", Unnecessary: true,
			Message: fmt.Sprintf("'%s' is imported but never used", what)}
		if fix, ok := r.removeImportFix(d); ok {
			diag.Fixes = []Fix{fix}
		}
		out = append(out, diag)
	}
	return out
}

// removeImportFix deletes one name from an import statement, or the whole
// statement's line when it is the only name.
func (r *Result) removeImportFix(d *Def) (Fix, bool) {
	alias, ok := d.Node.(*syntax.Alias)
	if !ok || d.Stmt == nil {
		return Fix{}, false
	}
	var aliases []*syntax.Alias
	switch st := d.Stmt.(type) {
	case *syntax.Import:
		aliases = st.Names
	case *syntax.ImportFrom:
		aliases = st.Names
	}
	title := "Remove unused import"
	if len(aliases) > 1 {
		for i, a := range aliases {
			if a != alias {
				continue
			}
			var rng syntax.Range
			if i+1 < len(aliases) {
				rng = syntax.Range{Start: a.Start, End: aliases[i+1].Start}
			} else {
				rng = syntax.Range{Start: aliases[i-1].End, End: a.End}
			}
			return Fix{Title: title, Edits: []Edit{{Range: rng, New: ""}}}, true
		}
		return Fix{}, false
	}
	rng, ok := r.wholeLines(d.Stmt.Span())
	if !ok {
		return Fix{}, false
	}
	return Fix{Title: title, Edits: []Edit{{Range: rng, New: ""}}}, true
}

// wholeLines widens rng to the full lines it spans, newline included, when
// nothing but blanks and a comment share those lines.
func (r *Result) wholeLines(rng syntax.Range) (syntax.Range, bool) {
	src := r.Src
	start := int(rng.Start.Offset) - int(rng.Start.Col-1)
	if start < 0 || strings.TrimSpace(string(src[start:rng.Start.Offset])) != "" {
		return rng, false
	}
	end := int(rng.End.Offset)
	for end < len(src) && src[end] != '\n' {
		end++
	}
	rest := strings.TrimSpace(string(src[rng.End.Offset:end]))
	if rest != "" && !strings.HasPrefix(rest, "#") && rest != ";" {
		return rng, false
	}
	line := rng.End.Line
	if end < len(src) {
		end++
		line++
	}
	return syntax.Range{
		Start: syntax.Pos{Offset: int32(start), Line: rng.Start.Line, Col: 1},
		End:   syntax.Pos{Offset: int32(end), Line: line, Col: 1},
	}, true
}

// unusedLocal reports a function's variable that is only ever assigned by
// plain "name = value" statements. Loop variables, unpacking targets and
// names starting with "_" are left alone: they are often unused on purpose.
func unusedLocal(sym *Symbol) []Diagnostic {
	if sym.Kind != VarSymbol || strings.HasPrefix(sym.Name, "_") || len(sym.Defs) == 0 {
		return nil
	}
	for _, d := range sym.Defs {
		switch n := d.Node.(type) {
		case *syntax.Assign:
			if d.Value == nil {
				return nil
			}
		case *syntax.AnnAssign:
			if n.Value == nil {
				return nil
			}
		default:
			return nil
		}
	}
	d := sym.Defs[0]
	return []Diagnostic{{Range: d.Name.Range, Severity: Warning, Code: "unused-variable",
		Message: fmt.Sprintf("local variable '%s' is assigned to but never used", sym.Name)}}
}
