package analysis

import "tasklet/syntax"

// checkTaskletArgs (TL008) reports arguments that do not fit the
// parameters of the function a tasklet runs: stackless.tasklet(f)(args),
// t.setup(args) on a tasklet bound to f (by stackless.tasklet(f) or
// t.bind(f)), and t.bind(f, (args)). The mismatch surfaces only later, as
// a TypeError raised inside the tasklet when the scheduler first runs it,
// far from the line that caused it.
func checkTaskletArgs(r *Result) []Diagnostic {
	facts := r.tasklets()
	var out []Diagnostic
	report := func(fn syntax.Expr, s *Scope, args *syntax.Call) {
		t := r.TypeOf(fn, s)
		f, bound, name := r.callee(t)
		if f == nil {
			return
		}
		for _, p := range checkArgs(f, bound, args, name) {
			d := argDiagnostic(p, "TL008",
				"the tasklet's function does not take these arguments: "+p.msg+"; the TypeError is raised inside the tasklet when it first runs")
			d.Related = r.definedAt(t)
			out = append(out, d)
		}
	}
	for _, cs := range facts.creations {
		outer, ok := facts.parents.of(cs.call).(*syntax.Call)
		if !ok || outer.Func != cs.call {
			continue
		}
		if fn := taskletFuncArg(cs.call); fn != nil {
			report(fn, cs.scope, outer)
		}
	}
	for _, cs := range r.calls {
		a, ok := cs.call.Func.(*syntax.Attribute)
		if !ok || !r.isStacklessInstance(r.TypeOf(a.X, cs.scope), "tasklet") {
			continue
		}
		switch a.Attr.Id {
		case "setup":
			if fn := r.boundFunc(a.X); fn != nil {
				report(fn, cs.scope, cs.call)
			}
		case "bind":
			// bind(f, args) gives the arguments as a tuple.
			if len(cs.call.Args) == 2 {
				if t, ok := cs.call.Args[1].(*syntax.Tuple); ok {
					report(cs.call.Args[0], cs.scope, &syntax.Call{Range: t.Range, Args: t.Elts})
				}
			}
		}
	}
	return out
}

// boundFunc returns the function a tasklet expression is bound to, when
// only one can be: stackless.tasklet(f) itself, or a variable that holds
// such a tasklet or is bound by t.bind(f), and nothing else.
func (r *Result) boundFunc(x syntax.Expr) syntax.Expr {
	if call, ok := x.(*syntax.Call); ok {
		return taskletFuncArg(call)
	}
	n, ok := x.(*syntax.Name)
	if !ok {
		return nil
	}
	sym := r.Names[n]
	if sym == nil || len(sym.Defs) != 1 {
		return nil
	}
	var fns []syntax.Expr
	if call, ok := sym.Defs[0].Value.(*syntax.Call); ok {
		if fn := taskletFuncArg(call); fn != nil {
			fns = append(fns, fn)
		}
	}
	parents := r.tasklets().parents
	for _, ref := range sym.Refs {
		a, ok := parents.of(ref).(*syntax.Attribute)
		if !ok || a.X != ref || a.Attr.Id != "bind" {
			continue
		}
		call, ok := parents.of(a).(*syntax.Call)
		if !ok || call.Func != a || len(call.Args) == 0 {
			return nil
		}
		fns = append(fns, call.Args[0])
	}
	if len(fns) != 1 {
		return nil
	}
	return fns[0]
}
