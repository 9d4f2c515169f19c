package analysis

import (
	"fmt"
	"sort"
	"strings"

	"tasklet/syntax"
)

// checkWaitCycle (TL012) reports tasklets that wait on each other in a
// cycle: each one's first action is a send or receive on a channel whose
// only partners are in tasklets of the cycle, after their own first wait.
// A receives from ch1 and then sends on ch2 while B receives from ch2 and
// then sends on ch1: both block at once, and neither ever gets past its
// first channel operation. Only tasklets whose function, arguments and
// channels analysis sees completely are considered, and only operations
// that run unconditionally before anything else the function does.
func checkWaitCycle(r *Result) []Diagnostic {
	if r.killsTasklets() {
		return nil
	}
	g := r.waitGraph()
	if g == nil {
		return nil
	}
	var out []Diagnostic
	reported := map[syntax.Node]bool{}
	for _, w := range g.waiters {
		if !g.blocked[w] || !g.onCycle(w) || reported[w.first.node] {
			continue
		}
		reported[w.first.node] = true
		out = append(out, r.cycleDiagnostic(g, w))
	}
	return out
}

// A waiter is one tasklet made by stackless.tasklet(f)(args); first is
// the channel operation it blocks on before doing anything else.
type waiter struct {
	fn    *syntax.FuncDef
	binds map[*Symbol]*Symbol // parameter to the channel passed to it
	first chanOp
	ch    *Symbol // the channel of first
	// partners are the operations that could complete first, and the
	// waiters whose code holds them.
	partners []partner
}

type partner struct {
	op chanOp
	by []*waiter
}

type waitGraph struct {
	waiters []*waiter
	blocked map[*waiter]bool
}

// waitGraph finds the tasklets that block first thing and what could
// unblock them, then keeps as blocked those that only tasklets still
// blocked could unblock, until nothing changes.
func (r *Result) waitGraph() *waitGraph {
	fl := r.flow()
	byFunc, closed := r.taskletInstances()
	if len(byFunc) == 0 {
		return nil
	}
	ops := r.channelOps()
	opAt := map[syntax.Node]chanOp{}
	byChan := map[*Symbol][]chanOp{}
	for _, op := range ops {
		opAt[op.node] = op
		for _, c := range r.channelsOf(op.channel) {
			byChan[c] = append(byChan[c], op)
		}
	}
	g := &waitGraph{blocked: map[*waiter]bool{}}
	var fns []*syntax.FuncDef
	for fd := range byFunc {
		fns = append(fns, fd)
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].Start.Offset < fns[j].Start.Offset })
	for _, fd := range fns {
		if !closed[fd] {
			continue
		}
		first, ok := r.firstBlockingOp(fd.Body, opAt)
		if !ok {
			continue
		}
		for _, w := range byFunc[fd] {
			w.first = first
			n, _ := first.channel.(*syntax.Name)
			if n == nil {
				continue
			}
			sym := r.Names[n]
			switch {
			case fl.tracked[sym]:
				w.ch = sym
			case w.binds[sym] != nil:
				w.ch = w.binds[sym]
			}
			if w.ch != nil && !r.closesChannel(w.ch) {
				g.waiters = append(g.waiters, w)
				g.blocked[w] = true
			}
		}
	}
	for _, w := range g.waiters {
		for _, op := range byChan[w.ch] {
			if op.send == w.first.send {
				continue
			}
			p := partner{op: op}
			if fd, _ := enclosingFunc(op.scope).(*syntax.FuncDef); fd != nil && closed[fd] {
				p.by = runsOn(byFunc[fd], op, w.ch, r, fl)
			}
			if len(p.by) == 0 {
				// Code outside the tasklets considered serves the channel.
				g.blocked[w] = false
			}
			w.partners = append(w.partners, p)
		}
		if len(w.partners) == 0 {
			// Nothing at all serves the channel: TL004's finding.
			g.blocked[w] = false
		}
	}
	for changed := true; changed; {
		changed = false
		for _, w := range g.waiters {
			if g.blocked[w] && !g.stillBlocked(w) {
				g.blocked[w] = false
				changed = true
			}
		}
	}
	return g
}

// runsOn returns the tasklets of a function in which op is an operation
// on channel c: all of them for a channel the function names itself, the
// ones given c for a parameter.
func runsOn(ws []*waiter, op chanOp, c *Symbol, r *Result, fl *chanFlow) []*waiter {
	n, _ := op.channel.(*syntax.Name)
	if n == nil {
		return nil
	}
	sym := r.Names[n]
	var out []*waiter
	for _, w := range ws {
		if fl.tracked[sym] && sym == c || w.binds[sym] == c {
			out = append(out, w)
		}
	}
	return out
}

// stillBlocked reports whether every partner of w is in tasklets that are
// blocked before they reach it.
func (g *waitGraph) stillBlocked(w *waiter) bool {
	for _, p := range w.partners {
		for _, by := range p.by {
			if !g.blocked[by] || by.first.node == p.op.node {
				return false
			}
		}
	}
	return true
}

// onCycle reports whether w, through the tasklets that hold its partners,
// waits on itself.
func (g *waitGraph) onCycle(w *waiter) bool {
	seen := map[*waiter]bool{}
	var reach func(x *waiter) bool
	reach = func(x *waiter) bool {
		for _, p := range x.partners {
			for _, by := range p.by {
				if by == w {
					return true
				}
				if !seen[by] {
					seen[by] = true
					if reach(by) {
						return true
					}
				}
			}
		}
		return false
	}
	return reach(w)
}

// taskletInstances groups the tasklets made by stackless.tasklet(f)(args)
// by f, with the channels passed to f's parameters. closed holds the
// functions whose every use is such a creation, so that all their tasklets
// are known.
func (r *Result) taskletInstances() (map[*syntax.FuncDef][]*waiter, map[*syntax.FuncDef]bool) {
	facts := r.tasklets()
	fl := r.flow()
	byFunc := map[*syntax.FuncDef][]*waiter{}
	creators := map[*syntax.Name]bool{}
	for _, cs := range facts.creations {
		outer, ok := facts.parents.of(cs.call).(*syntax.Call)
		fn := taskletFuncArg(cs.call)
		if !ok || outer.Func != cs.call || fn == nil {
			continue
		}
		t := r.TypeOf(fn, cs.scope)
		if t.Kind != FuncType || t.Func.Mod != r.Module || t.Func.Def == nil || t.Func.Class != nil {
			continue
		}
		if n, ok := fn.(*syntax.Name); ok {
			creators[n] = true
		}
		w := &waiter{fn: t.Func.Def, binds: map[*Symbol]*Symbol{}}
		for _, p := range r.passings(callSite{outer, cs.scope}) {
			if c := r.Names[p.arg]; fl.tracked[c] {
				w.binds[p.param] = c
			}
		}
		byFunc[t.Func.Def] = append(byFunc[t.Func.Def], w)
	}
	closed := map[*syntax.FuncDef]bool{}
	for fd := range byFunc {
		sym := r.Names[fd.Name]
		if sym == nil || len(sym.Defs) != 1 {
			continue
		}
		all := true
		for _, ref := range sym.Refs {
			all = all && creators[ref]
		}
		closed[fd] = all
	}
	return byFunc, closed
}

// firstBlockingOp finds the channel operation a function body performs
// before anything else that could matter: statements before it call
// nothing but built-ins and never leave; it stands at the top level of
// the body, or of a "while True" loop that starts it.
func (r *Result) firstBlockingOp(body []syntax.Stmt, opAt map[syntax.Node]chanOp) (chanOp, bool) {
	for _, s := range body {
		if op, ok := r.opStatement(s, opAt); ok {
			return op, true
		}
		if w, ok := s.(*syntax.While); ok && isConstTrue(w.Test) {
			return r.firstBlockingOp(w.Body, opAt)
		}
		if !r.inert(s, opAt) {
			return chanOp{}, false
		}
	}
	return chanOp{}, false
}

// opStatement recognizes a statement whose one channel operation is the
// first thing with an effect it does: "x = ch.receive()",
// "print(ch.receive())", "for x in ch:".
func (r *Result) opStatement(s syntax.Stmt, opAt map[syntax.Node]chanOp) (chanOp, bool) {
	if f, ok := s.(*syntax.For); ok {
		op, ok := opAt[f]
		return op, ok && r.inertExpr(f.Iter, opAt)
	}
	var x syntax.Expr
	switch s := s.(type) {
	case *syntax.ExprStmt:
		x = s.X
	case *syntax.Assign:
		x = s.Value
	case *syntax.AnnAssign:
		x = s.Value
	case *syntax.AugAssign:
		x = s.Value
	case *syntax.Return:
		x = s.Value
	}
	if x == nil {
		return chanOp{}, false
	}
	var found []chanOp
	other := false
	syntax.Walk(x, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Lambda, *syntax.Comp, *syntax.Yield, *syntax.Await:
			other = true
		case *syntax.Call:
			if op, ok := opAt[n]; ok {
				found = append(found, op)
			} else if r.callMayYield(n, r.scopeAt(n)) {
				other = true
			}
		}
		return !other
	})
	if other || len(found) != 1 {
		return chanOp{}, false
	}
	return found[0], true
}

// inert reports a statement that cannot leave the function, switch
// tasklets or serve a channel: it calls only built-ins, and holds no
// channel operation.
func (r *Result) inert(s syntax.Stmt, opAt map[syntax.Node]chanOp) bool {
	switch s := s.(type) {
	case *syntax.ExprStmt, *syntax.Assign, *syntax.AugAssign, *syntax.AnnAssign, *syntax.If, *syntax.Global, *syntax.Delete, *syntax.Assert:
		return r.inertExpr(s, opAt)
	case *syntax.BranchStmt:
		return s.Kind == syntax.PASS
	case *syntax.FuncDef:
		return len(s.Decorators) == 0 && s.Params != nil && r.inertDefaults(s.Params, opAt)
	}
	return false
}

func (r *Result) inertDefaults(ps *syntax.Params, opAt map[syntax.Node]chanOp) bool {
	for _, p := range ps.List {
		if p.Default != nil && !r.inertExpr(p.Default, opAt) {
			return false
		}
	}
	return true
}

func (r *Result) inertExpr(n syntax.Node, opAt map[syntax.Node]chanOp) bool {
	ok := true
	syntax.Walk(n, func(c syntax.Node) bool {
		switch c := c.(type) {
		case *syntax.Return, *syntax.Raise, *syntax.Yield, *syntax.Await, *syntax.Lambda, *syntax.Comp,
			*syntax.For, *syntax.While, *syntax.Try, *syntax.With, *syntax.Import, *syntax.ImportFrom, *syntax.FuncDef, *syntax.ClassDef:
			ok = false
		case *syntax.BranchStmt:
			ok = c.Kind == syntax.PASS
		case *syntax.Call:
			_, isOp := opAt[c]
			ok = !isOp && !r.callMayYield(c, r.scopeAt(c))
		}
		return ok
	})
	return ok
}

// closesChannel reports whether the program closes the channel anywhere:
// a receive on a closed channel raises instead of blocking.
func (r *Result) closesChannel(c *Symbol) bool {
	parents := r.tasklets().parents
	for _, ref := range c.Refs {
		if a, ok := parents.of(ref).(*syntax.Attribute); ok && a.X == ref && (a.Attr.Id == "close" || a.Attr.Id == "open") {
			return true
		}
	}
	return false
}

// killsTasklets reports a program that kills tasklets or raises
// exceptions in them: a blocked tasklet may be ended from outside.
func (r *Result) killsTasklets() bool {
	for _, cs := range r.calls {
		if a, ok := cs.call.Func.(*syntax.Attribute); ok {
			switch a.Attr.Id {
			case "kill", "throw", "raise_exception":
				return true
			}
		}
	}
	return false
}

func (r *Result) cycleDiagnostic(g *waitGraph, w *waiter) Diagnostic {
	var names []string
	seen := map[string]bool{}
	var related []Related
	for _, p := range w.partners {
		for _, by := range p.by {
			if !seen[by.fn.Name.Id] {
				seen[by.fn.Name.Id] = true
				names = append(names, fmt.Sprintf("'%s' waits on %s first", by.fn.Name.Id, r.opText(by.first)))
				related = append(related, Related{Range: opRange(by.first), Message: fmt.Sprintf("'%s' blocks here first", by.fn.Name.Id)})
			}
		}
		related = append(related, Related{Range: opRange(p.op), Message: "a partner for this wait, reached only after its own tasklet blocks"})
	}
	other := "receives from"
	if !w.first.send {
		other = "sends on"
	}
	return Diagnostic{Range: opRange(w.first), Severity: Warning, Code: "TL012",
		Message: fmt.Sprintf("tasklets wait on each other in a cycle: '%s' blocks here on %s, and every tasklet that %s channel '%s' does so only after its own first wait (%s), which in turn waits on this one; none of them ever gets past its first channel operation",
			w.fn.Name.Id, r.opText(w.first), other, w.ch.Name, strings.Join(names, "; ")),
		Related: related}
}
