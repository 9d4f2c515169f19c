package analysis

import "tasklet/syntax"

// checkBlockingInAtomic (TL009) reports a channel send or receive inside
// "with stackless.atomic():". Atomic only stops preemption: a channel
// operation that blocks still switches to another tasklet, which then runs
// in the middle of the section that was meant to be atomic. An explicit
// stackless.schedule() there is a deliberate switch and is not reported.
func checkBlockingInAtomic(r *Result) []Diagnostic {
	ops := r.channelOps()
	var out []Diagnostic
	syntax.Walk(r.File, func(n syntax.Node) bool {
		w, ok := n.(*syntax.With)
		if !ok {
			return true
		}
		s := r.scopeAt(w)
		var atomic *syntax.WithItem
		for _, it := range w.Items {
			if r.isStacklessInstance(r.TypeOf(it.Context, s), "atomic") {
				atomic = it
			}
		}
		if atomic == nil {
			return true
		}
		for _, op := range ops {
			if !inStmts(w.Body, op.node) || enclosingFunc(op.scope) != enclosingFunc(s) {
				continue
			}
			out = append(out, Diagnostic{Range: opRange(op), Severity: Warning, Code: "TL009",
				Message: r.opText(op) + " can block inside an atomic block: blocking switches to another tasklet, which then runs in the middle of the atomic section",
				Related: []Related{{Range: atomic.Range, Message: "the atomic block starts here"}}})
		}
		return true
	})
	return out
}
