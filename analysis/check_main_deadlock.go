package analysis

import (
	"fmt"
	"strings"

	"tasklet/syntax"
)

// checkMainDeadlock (TL005) reports the main tasklet blocking on a channel
// before any other tasklet can exist: no tasklet was created yet, and
// nothing the main tasklet ran so far could have created one. Nobody can
// be on the other side of the channel, so Stackless raises "RuntimeError:
// Deadlock: the last runnable tasklet cannot be blocked." there.
// Module-level code is followed statement by statement in order, and into
// the bodies of the functions of this file it calls (main() under
// 'if __name__ == "__main__":'); the first call that could create a
// tasklet (through code analysis cannot see) ends the check.
func checkMainDeadlock(r *Result) []Diagnostic {
	if r.assignsAttr("block_trap") {
		return nil
	}
	ops := map[syntax.Node]chanOp{}
	for _, op := range r.channelOps() {
		ops[op.node] = op
	}
	var found *chanOp
	maybeOthers := false
	// through holds the calls that led from module level to the function
	// being followed; foundThrough, those that led to found.
	var through, foundThrough []*syntax.Call
	inside := map[*syntax.FuncDef]bool{}
	// An operation on a channel closed before raises ValueError instead of
	// blocking.
	closed := map[*Symbol]bool{}
	var visit func(n syntax.Node) bool
	visit = func(n syntax.Node) bool {
		if found != nil || maybeOthers {
			return false
		}
		switch n := n.(type) {
		case *syntax.FuncDef, *syntax.Lambda:
			// Defining a function runs none of its body; decorators and
			// defaults are calls like any other.
			if fd, ok := n.(*syntax.FuncDef); ok {
				for _, d := range fd.Decorators {
					syntax.Walk(d, visit)
				}
			}
			return false
		case *syntax.If:
			if mentionsChannelState(r, n.Test) {
				return false
			}
		case *syntax.While:
			if mentionsChannelState(r, n.Test) {
				return false
			}
		case *syntax.For:
			syntax.Walk(n.Iter, visit)
			if op, ok := ops[n]; ok && found == nil && !maybeOthers && !r.caughtDeadlock(n, through) {
				found = &op
				foundThrough = append([]*syntax.Call(nil), through...)
			}
			for _, s := range n.Body {
				syntax.Walk(s, visit)
			}
			for _, s := range n.Orelse {
				syntax.Walk(s, visit)
			}
			return false
		case *syntax.Call:
			// Arguments run before the call itself.
			syntax.Walk(n.Func, visit)
			for _, a := range n.Args {
				syntax.Walk(a, visit)
			}
			for _, k := range n.Keywords {
				syntax.Walk(k.Value, visit)
			}
			if found != nil || maybeOthers {
				return false
			}
			if op, ok := ops[n]; ok {
				if !closed[r.chanVar(op.channel)] && !r.caughtDeadlock(n, through) {
					found = &op
					foundThrough = append([]*syntax.Call(nil), through...)
				}
				return false
			}
			if a, ok := n.Func.(*syntax.Attribute); ok && a.Attr.Id == "close" {
				if sym := r.chanVar(a.X); sym != nil {
					closed[sym] = true
				}
			}
			if fd := r.followable(n); fd != nil && !inside[fd] {
				inside[fd] = true
				through = append(through, n)
				for _, s := range fd.Body {
					syntax.Walk(s, visit)
				}
				through = through[:len(through)-1]
				delete(inside, fd)
				return false
			}
			if r.mayCreateTasklet(n) {
				maybeOthers = true
			}
			return false
		}
		return true
	}
	for _, s := range r.File.Body {
		syntax.Walk(s, visit)
	}
	if found == nil {
		return nil
	}
	var related []Related
	if n, ok := found.channel.(*syntax.Name); ok {
		if sym := r.Names[n]; sym != nil && len(sym.Defs) > 0 {
			msg := fmt.Sprintf("'%s' is defined here", sym.Name)
			if r.isChannelVar(sym) {
				msg = fmt.Sprintf("channel '%s' is created here", sym.Name)
			}
			related = append(related, Related{Range: sym.Defs[0].Name.Range, Message: msg})
		}
	}
	for _, call := range foundThrough {
		related = append(related, Related{Range: call.Range, Message: "the main tasklet gets there through this call"})
	}
	return []Diagnostic{{Range: opRange(*found), Severity: Error, Code: "TL005",
		Message: "certain deadlock: the main tasklet blocks on " + r.opText(*found) + " while no other tasklet exists to serve the channel; Stackless raises RuntimeError: Deadlock here",
		Related: related}}
}

// caughtDeadlock reports whether the RuntimeError a deadlock at n raises
// is handled: around n, or around one of the calls that led there.
func (r *Result) caughtDeadlock(n syntax.Node, through []*syntax.Call) bool {
	if r.catches(n, "RuntimeError") {
		return true
	}
	for _, call := range through {
		if r.catches(call, "RuntimeError") {
			return true
		}
	}
	return false
}

// followable returns the def of a plain function of this file that a call
// runs at once, so that the main tasklet's path can go into its body: not
// a decorated def, whose decorator may replace it, and not a generator,
// whose body runs later, when it is iterated.
func (r *Result) followable(call *syntax.Call) *syntax.FuncDef {
	t := r.TypeOf(call.Func, r.scopeAt(call))
	if t.Kind != FuncType || t.Func.Mod != r.Module || t.Func.Def == nil || len(t.Func.Def.Decorators) > 0 {
		return nil
	}
	if isGenerator(t.Func.Def) {
		return nil
	}
	return t.Func.Def
}

// isGenerator reports a def whose body yields.
func isGenerator(fd *syntax.FuncDef) bool {
	found := false
	for _, s := range fd.Body {
		syntax.Walk(s, func(n syntax.Node) bool {
			switch n.(type) {
			case *syntax.FuncDef, *syntax.ClassDef, *syntax.Lambda:
				return false
			case *syntax.Yield:
				found = true
			}
			return !found
		})
	}
	return found
}

// mentionsChannelState reports a test that reads a channel's balance or
// queue: code that checks before it blocks.
func mentionsChannelState(r *Result, x syntax.Expr) bool {
	found := false
	syntax.Walk(x, func(n syntax.Node) bool {
		if a, ok := n.(*syntax.Attribute); ok && (a.Attr.Id == "balance" || a.Attr.Id == "queue" || a.Attr.Id == "closed" || a.Attr.Id == "closing") {
			found = true
		}
		return !found
	})
	return found
}

// assignsAttr reports whether the file sets an attribute of this name on
// anything.
func (r *Result) assignsAttr(name string) bool {
	return r.storedAttrs()[name]
}

// mayCreateTasklet reports whether a call in the main tasklet could create
// a tasklet: it creates or binds one, or runs code that analysis cannot
// see or that does.
func (r *Result) mayCreateTasklet(call *syntax.Call) bool {
	s := r.scopeAt(call)
	t := r.TypeOf(call.Func, s)
	switch t.Kind {
	case ClassType:
		if t.Class.Mod.Stub {
			return r.derivesFrom(t.Class, "tasklet", 0)
		}
		return true
	case FuncType:
		if t.Func.Mod.Stub {
			// Only the stackless module and call-backs (map, sorted's key)
			// run code; a call-back is one of this file's functions, which
			// the arguments would show.
			if t.Func.Class != nil && r.derivesFrom(t.Func.Class, "tasklet", 0) {
				return true
			}
			return t.Func.Mod.Name == "stackless" && t.Func.Class == nil && !strings.HasPrefix(t.Func.Name(), "get")
		}
		return true
	}
	return true
}
