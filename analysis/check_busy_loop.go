package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// checkNonYieldingLoop (TL013) reports a while loop in a tasklet that can
// never give up the thread and never ends: "while True:" with nothing that
// leaves it, or "while cond:" where nothing in the body can change cond.
// Its body has no channel operation, no stackless.schedule() and no call
// that could reach one. Scheduling is cooperative unless the program
// asks stackless.run() for a timeout, so once the tasklet enters the loop
// no other tasklet, main included, runs again: the program hangs. A loop
// waiting for a flag that another tasklet sets is the usual case.
func checkNonYieldingLoop(r *Result) []Diagnostic {
	if r.preemptive() {
		return nil
	}
	var out []Diagnostic
	syntax.Walk(r.File, func(n syntax.Node) bool {
		w, ok := n.(*syntax.While)
		if !ok {
			return true
		}
		s := r.scopeAt(w)
		if !r.inTasklet(s) || leavesLoop(w.Body) || r.mayYield(w.Body, s) {
			return true
		}
		head := syntax.Range{Start: w.Start, End: w.Test.Span().End}
		var msg string
		switch {
		case isConstTrue(w.Test):
			msg = "this loop never yields and never ends: it has no channel operation, no stackless.schedule() and no call that could switch tasklets, so once this tasklet enters it no other tasklet runs again (scheduling is cooperative) and the program hangs; add stackless.schedule() or a channel operation to the loop"
		case r.conditionFixed(w):
			msg = fmt.Sprintf("this loop waits for '%s' to change without ever yielding: nothing in its body changes it, and no other tasklet can run to change it while the loop spins (scheduling is cooperative), so the program hangs; call stackless.schedule() in the loop", r.exprText(w.Test))
		default:
			return true
		}
		out = append(out, Diagnostic{Range: head, Severity: Warning, Code: "TL013", Message: msg, Related: r.runningTasklet(enclosingFunc(s))})
		return true
	})
	return out
}

// preemptive reports whether the program runs the scheduler with a
// timeout (stackless.run(100)), which interrupts a tasklet that runs too
// long.
func (r *Result) preemptive() bool {
	for _, cs := range r.calls {
		if !isStubFunc(r.funcType(cs.call, cs.scope), "stackless", "run") {
			continue
		}
		for _, a := range cs.call.Args {
			if lit, ok := a.(*syntax.BasicLit); !ok || lit.Value != int64(0) {
				return true
			}
		}
		for _, k := range cs.call.Keywords {
			if k.Name == nil || k.Name.Id == "timeout" || k.Name.Id == "totaltimeout" {
				return true
			}
		}
	}
	return false
}

// mayYield reports whether running body could switch to another tasklet,
// or leave the loop through an exception it does not see: a call of
// anything but a built-in that takes no callback, an iteration or a with
// statement that may run code of the program, a yield.
func (r *Result) mayYield(body []syntax.Stmt, s *Scope) bool {
	found := false
	for _, st := range body {
		syntax.Walk(st, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.FuncDef, *syntax.ClassDef, *syntax.Lambda:
				return false
			case *syntax.Yield, *syntax.Await, *syntax.With, *syntax.Try, *syntax.Import, *syntax.ImportFrom:
				found = true
			case *syntax.For:
				found = !r.isPlainBuiltin(r.TypeOf(n.Iter, r.scopeAt(n.Iter)))
			case *syntax.Call:
				found = r.callMayYield(n, r.scopeAt(n))
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// loopEnders are the built-ins that end a loop by raising: sys.exit and
// its aliases, and the ones that raise at the end of their input.
var loopEnders = map[string]bool{"exit": true, "quit": true, "input": true, "next": true}

// callMayYield reports a call that could switch tasklets or end the loop:
// anything but a built-in function, class or method of a built-in type,
// and a built-in given a function of the program (map(f, xs)).
func (r *Result) callMayYield(call *syntax.Call, s *Scope) bool {
	t := r.TypeOf(call.Func, s)
	switch t.Kind {
	case FuncType:
		if !t.Func.Mod.Stub || t.Func.Mod.Name == "stackless" || loopEnders[t.Func.Name()] ||
			t.Func.Class != nil && !r.isPlainBuiltin(instanceOf(t.Func.Class)) {
			return true
		}
	case ClassType:
		if !r.isPlainBuiltin(instanceOf(t.Class)) {
			return true
		}
	default:
		return true
	}
	args := append([]syntax.Expr(nil), call.Args...)
	for _, k := range call.Keywords {
		args = append(args, k.Value)
	}
	for _, a := range args {
		if at := r.TypeOf(a, s); at.Kind == FuncType && !at.Func.Mod.Stub {
			return true
		}
	}
	return false
}

// isPlainBuiltin reports an instance of a built-in class that runs no
// code of the program: not one from stackless, and not one analysis
// cannot see.
func (r *Result) isPlainBuiltin(t Type) bool {
	return t.Kind == InstanceType && t.Class.Mod.Stub && t.Class.Mod.Name != "stackless"
}

// conditionFixed reports whether nothing in the loop's body can change
// its condition: the body binds none of the names the condition reads and
// stores to none of its attributes, and the condition itself calls
// nothing.
func (r *Result) conditionFixed(w *syntax.While) bool {
	read := map[string]bool{}
	fixed := true
	syntax.Walk(w.Test, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Call, *syntax.Lambda, *syntax.Comp, *syntax.NamedExpr:
			fixed = false
		case *syntax.Name:
			read[n.Id] = true
		case *syntax.Attribute:
			read[n.Attr.Id] = true
		}
		return fixed
	})
	if !fixed {
		return false
	}
	for _, st := range w.Body {
		syntax.Walk(st, func(n syntax.Node) bool {
			var targets []syntax.Expr
			switch n := n.(type) {
			case *syntax.Assign:
				targets = n.Targets
			case *syntax.AugAssign:
				targets = []syntax.Expr{n.Target}
			case *syntax.AnnAssign:
				targets = []syntax.Expr{n.Target}
			case *syntax.Delete:
				targets = n.Targets
			case *syntax.For:
				targets = []syntax.Expr{n.Target}
			case *syntax.NamedExpr:
				targets = []syntax.Expr{n.Target}
			case *syntax.Call:
				// A method of a built-in value may change it: xs.pop().
				if _, ok := n.Func.(*syntax.Attribute); ok {
					fixed = false
				}
			}
			for _, t := range targets {
				syntax.Walk(t, func(x syntax.Node) bool {
					switch x := x.(type) {
					case *syntax.Name:
						fixed = fixed && !read[x.Id]
					case *syntax.Attribute:
						fixed = fixed && !read[x.Attr.Id]
					case *syntax.Subscript:
						fixed = false
					}
					return fixed
				})
			}
			return fixed
		})
	}
	return fixed
}
