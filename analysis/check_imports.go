package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// checkImportedNames reports "from module import name" where analysis
// sees the whole module (one of the VM's, or a file it found) and the
// module has no such name: Python raises ImportError there. An import
// guarded by a handler of ImportError stays quiet, and so does a module
// that makes its attributes itself (a module __getattr__, a star import).
func checkImportedNames(r *Result) []Diagnostic {
	var out []Diagnostic
	for _, b := range r.bindings {
		d := b.def
		alias, ok := d.Node.(*syntax.Alias)
		if d.Kind != ImportSymbol || d.Member == "" || d.Module == "" || !ok || alias.Name == nil || len(alias.Name.Names) == 0 {
			continue
		}
		m := r.loader.load(d.Module)
		if m == nil || m.Scope.Symbols["__getattr__"] != nil {
			continue
		}
		t := Type{Kind: ModuleType, Module: m}
		if sym, known := r.memberSymbol(t, d.Member); sym != nil || !known || r.catches(d.Stmt, "ImportError") {
			continue
		}
		name := alias.Name.Names[0]
		diag := Diagnostic{Range: name.Range, Severity: Error, Code: "unknown-import",
			Message: fmt.Sprintf("cannot import name '%s' from '%s': the import raises ImportError", d.Member, d.Module)}
		if s := suggest(d.Member, r.memberNames(t)); s != "" {
			diag.Message = fmt.Sprintf("cannot import name '%s' from '%s'; did you mean '%s'?", d.Member, d.Module, s)
			diag.Fixes = []Fix{{Title: fmt.Sprintf("Change to '%s'", s), Edits: []Edit{{Range: name.Range, New: s}}}}
		}
		out = append(out, diag)
	}
	return out
}
