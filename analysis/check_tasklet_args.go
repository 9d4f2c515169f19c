package analysis

import "tasklet/syntax"

// checkTaskletArgs (TL008) reports stackless.tasklet(f)(args) whose
// arguments do not fit f's parameters. The mismatch surfaces only later,
// as a TypeError raised inside the tasklet when the scheduler first runs
// it, far from the line that caused it.
func checkTaskletArgs(r *Result) []Diagnostic {
	facts := r.tasklets()
	var out []Diagnostic
	for _, cs := range facts.creations {
		outer, ok := facts.parents[cs.call].(*syntax.Call)
		if !ok || outer.Func != cs.call {
			continue
		}
		fn := taskletFuncArg(cs.call)
		if fn == nil {
			continue
		}
		f, bound, name := r.callee(r.TypeOf(fn, cs.scope))
		if f == nil {
			continue
		}
		for _, p := range checkArgs(f, bound, outer, name) {
			out = append(out, argDiagnostic(p, "TL008",
				"the tasklet's function does not take these arguments: "+p.msg+"; the TypeError is raised inside the tasklet when it first runs"))
		}
	}
	return out
}
