package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// checkChannelOneSided (TL004) reports a channel that the program only
// sends on, or only receives from. A send on a channel blocks until a
// receiver takes the value (and a receive until a sender provides one), so
// with no other side every such operation blocks its tasklet for good: a
// deadlock when it is the main tasklet. Only channels whose every use
// analysis sees are checked, following it into the functions it is passed
// to: one stored elsewhere may be served through another name.
func checkChannelOneSided(r *Result) []Diagnostic {
	type sides struct {
		sends, receives []chanOp
	}
	bySym := map[*Symbol]*sides{}
	var order []*Symbol
	for _, op := range r.channelOps() {
		for _, sym := range r.channelsOf(op.channel) {
			s := bySym[sym]
			if s == nil {
				s = &sides{}
				bySym[sym] = s
				order = append(order, sym)
			}
			if op.send {
				s.sends = append(s.sends, op)
			} else {
				s.receives = append(s.receives, op)
			}
		}
	}
	// A tasklet that the program kills, or throws into, leaves the
	// channel it waits on: that wait is not forever.
	ended := r.endedBodies()
	var out []Diagnostic
	// An operation on a parameter may stand for several channels: it is
	// reported once, for the first.
	reported := map[syntax.Node]bool{}
	for _, sym := range order {
		s := bySym[sym]
		var ops []chanOp
		var msg string
		switch {
		case len(s.receives) == 0:
			ops = s.sends
			msg = fmt.Sprintf("nothing ever receives from channel '%s': this send blocks its tasklet forever (a deadlock in the main tasklet)", sym.Name)
		case len(s.sends) == 0:
			ops = s.receives
			msg = fmt.Sprintf("nothing ever sends on channel '%s': this receive blocks its tasklet forever (a deadlock in the main tasklet)", sym.Name)
		default:
			continue
		}
		related := []Related{{Range: sym.Defs[0].Name.Range, Message: fmt.Sprintf("channel '%s' is created here", sym.Name)}}
		for _, op := range ops {
			if reported[op.node] || ended[enclosingFunc(op.scope)] || r.wokenByFailure(op) {
				continue
			}
			reported[op.node] = true
			m := msg
			if n := op.channel.(*syntax.Name); n.Id != sym.Name {
				m = fmt.Sprintf("%s ('%s' is channel '%s', passed in)", msg, n.Id, sym.Name)
			}
			out = append(out, Diagnostic{Range: opRange(op), Severity: Warning, Code: "TL004", Message: m, Related: related})
		}
	}
	return out
}

// wokenByFailure reports whether op runs in the main tasklet after a
// tasklet was created, earlier in the same function, whose function may
// end with an exception it does not catch: Stackless raises that exception
// in the main tasklet, out of the operation main is blocked in, so that
// wait is not forever.
func (r *Result) wokenByFailure(op chanOp) bool {
	if r.inTasklet(op.scope) {
		return false
	}
	fn := enclosingFunc(op.scope)
	at := op.node.Span().Start.Offset
	for _, cs := range r.tasklets().creations {
		if enclosingFunc(cs.scope) != fn || cs.call.Start.Offset >= at {
			continue
		}
		arg := taskletFuncArg(cs.call)
		if arg == nil {
			continue
		}
		if t := r.TypeOf(arg, cs.scope); t.Kind == FuncType && t.Func.Mod == r.Module && r.mayFail(t.Func.node()) {
			return true
		}
	}
	return false
}

// mayFail reports whether a function of this file, or one it calls, has a
// raise statement that no try around it in its function catches (other
// than of TaskletExit, which ends a tasklet silently).
func (r *Result) mayFail(fn syntax.Node) bool {
	return r.reachable([]syntax.Node{fn}, r.raisesUncaught)
}

// raisesUncaught looks for an uncaught raise in the body of one def or
// lambda, not in the functions nested in it.
func (r *Result) raisesUncaught(fn syntax.Node) bool {
	var body []syntax.Stmt
	switch fn := fn.(type) {
	case *syntax.FuncDef:
		body = fn.Body
	default:
		return false
	}
	found := false
	for _, st := range body {
		syntax.Walk(st, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.FuncDef, *syntax.ClassDef, *syntax.Lambda:
				return false
			case *syntax.Raise:
				name := exceptionName(n.Exc)
				if name != "TaskletExit" && !r.catches(n, name) {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// exceptionName is the class name a raise statement names: ValueError for
// "raise ValueError" and "raise ValueError(msg)", "" when it is not
// spelled out (a bare raise, a variable).
func exceptionName(x syntax.Expr) string {
	if call, ok := x.(*syntax.Call); ok {
		x = call.Func
	}
	switch x := x.(type) {
	case *syntax.Name:
		return x.Id
	case *syntax.Attribute:
		return x.Attr.Id
	}
	return ""
}

// opRange is where to report a channel operation: the call, or the
// iterable of a for loop.
func opRange(op chanOp) syntax.Range {
	if f, ok := op.node.(*syntax.For); ok {
		return f.Iter.Span()
	}
	return op.node.Span()
}
