package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// Calling these on a tasklet gives it arguments, schedules it or runs it;
// anything else only inspects it.
var activatingMethods = map[string]bool{
	"setup": true, "insert": true, "run": true, "switch": true, "bind": true,
	"__call__": true, "kill": true, "throw": true, "raise_exception": true,
}

// checkTaskletNeverScheduled (TL001) reports stackless.tasklet(f) whose
// tasklet is never given its arguments: creating a tasklet only binds it;
// it joins the run queue when called, stackless.tasklet(f)(args), or set up
// with setup() or insert(). Without that, f never runs.
func checkTaskletNeverScheduled(r *Result) []Diagnostic {
	facts := r.tasklets()
	var out []Diagnostic
	for _, cs := range facts.creations {
		call := cs.call
		fn := taskletFuncArg(call)
		if _, called := fn.(*syntax.Call); fn == nil || called || len(call.Args) > 1 || hasKeyword(call, "args", "kwargs") {
			continue
		}
		switch p := facts.parents.of(call).(type) {
		case *syntax.ExprStmt:
			out = append(out, r.unscheduled(call, fn, "the tasklet is dropped at once"))
		case *syntax.Assign:
			if len(p.Targets) != 1 {
				continue
			}
			n, ok := p.Targets[0].(*syntax.Name)
			if !ok {
				continue
			}
			if sym := r.Names[n]; sym != nil && len(sym.Defs) == 1 && r.onlyInspected(sym) {
				out = append(out, r.unscheduled(call, fn, fmt.Sprintf("nothing calls '%s' or its setup() or insert()", n.Id)))
			}
		}
	}
	return out
}

func hasKeyword(call *syntax.Call, names ...string) bool {
	for _, k := range call.Keywords {
		for _, n := range names {
			if k.Name != nil && k.Name.Id == n {
				return true
			}
		}
	}
	return false
}

// onlyInspected reports whether every use of a tasklet variable reads an
// attribute that neither schedules nor runs it, and the tasklet never
// escapes to code analysis cannot follow.
func (r *Result) onlyInspected(sym *Symbol) bool {
	parents := r.tasklets().parents
	for _, ref := range sym.Refs {
		a, ok := parents.of(ref).(*syntax.Attribute)
		if !ok || a.X != ref || activatingMethods[a.Attr.Id] {
			return false
		}
	}
	return true
}

func (r *Result) unscheduled(call *syntax.Call, fn syntax.Expr, why string) Diagnostic {
	d := Diagnostic{Range: call.Range, Severity: Warning, Code: "TL001",
		Message: fmt.Sprintf("tasklet bound to %s is never scheduled, so %s never runs: %s; call it with the arguments, %s(...), to schedule it",
			r.exprText(fn), r.exprText(fn), why, r.exprText(call))}
	t := r.TypeOf(fn, r.scopeAt(call))
	d.Related = r.definedAt(t)
	if t.Kind == FuncType {
		if fixes := len(checkArgs(t.Func, t.Bound, &syntax.Call{Range: call.Range}, t.Func.Name())); fixes == 0 {
			d.Fixes = []Fix{{Title: "Schedule the tasklet: add ()", Edits: []Edit{{Range: syntax.Range{Start: call.End, End: call.End}, New: "()"}}}}
		}
	}
	return d
}
