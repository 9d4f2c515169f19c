package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// checkSwallowedTaskletExit (TL007) reports, in code that runs in a
// tasklet, an except clause that catches TaskletExit without re-raising
// it: a bare except, or BaseException or SystemExit (TaskletExit derives
// from SystemExit). tasklet.kill() ends a tasklet by raising TaskletExit
// in it; a handler that swallows it keeps the killed tasklet running.
// Catching TaskletExit by name is deliberate and left alone.
func checkSwallowedTaskletExit(r *Result) []Diagnostic {
	var out []Diagnostic
	syntax.Walk(r.File, func(n syntax.Node) bool {
		h, ok := n.(*syntax.ExceptHandler)
		if !ok || reraises(h.Body) {
			return true
		}
		what := r.catchesTaskletExit(h.Type)
		if what == "" || !r.inTasklet(r.scopeAt(h)) {
			return true
		}
		d := Diagnostic{Range: handlerHead(h), Severity: Warning, Code: "TL007", Related: r.runningTasklet(enclosingFunc(r.scopeAt(h))),
			Message: fmt.Sprintf("%s also catches TaskletExit, so kill() cannot end this tasklet: the handler swallows it and the tasklet runs on; catch Exception instead, or re-raise", what)}
		if h.Type == nil {
			d.Fixes = []Fix{{Title: "Catch Exception instead", Edits: []Edit{{
				Range: syntax.Range{Start: h.Start, End: syntax.Pos{Offset: h.Start.Offset + 6, Line: h.Start.Line, Col: h.Start.Col + 6}},
				New:   "except Exception"}}}}
		}
		out = append(out, d)
		return true
	})
	return out
}

// catchesTaskletExit describes the clause when its type catches
// TaskletExit through a base class, or "".
func (r *Result) catchesTaskletExit(x syntax.Expr) string {
	if x == nil {
		return "a bare 'except:'"
	}
	if t, ok := x.(*syntax.Tuple); ok {
		for _, e := range t.Elts {
			if s := r.catchesTaskletExit(e); s != "" {
				return s
			}
		}
		return ""
	}
	n, ok := x.(*syntax.Name)
	if !ok {
		return ""
	}
	sym := r.Names[n]
	if sym == nil || sym.Home() != builtinsModule() {
		return ""
	}
	if n.Id == "BaseException" || n.Id == "SystemExit" {
		return fmt.Sprintf("'except %s'", n.Id)
	}
	return ""
}

// reraises reports whether a handler body contains a raise statement
// (outside nested functions).
func reraises(body []syntax.Stmt) bool {
	found := false
	for _, s := range body {
		syntax.Walk(s, func(n syntax.Node) bool {
			switch n.(type) {
			case *syntax.FuncDef, *syntax.ClassDef, *syntax.Lambda:
				return false
			case *syntax.Raise:
				found = true
			}
			return !found
		})
	}
	return found
}

// handlerHead is the range of "except ...:" without the handler's body.
func handlerHead(h *syntax.ExceptHandler) syntax.Range {
	end := h.Start
	end.Offset += 6
	end.Col += 6
	if h.Name != nil {
		end = h.Name.End
	} else if h.Type != nil {
		end = h.Type.Span().End
	}
	return syntax.Range{Start: h.Start, End: end}
}
