package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// checkUnendedChannelLoop (TL011) reports "for x in ch" over a channel
// that nothing ever ends. Iterating a channel receives until a sender
// sends StopIteration through it (ch.send_exception(StopIteration)); with
// no such send, and no break or return in the loop, the loop's tasklet
// waits on the channel for good after the last value. Only channels whose
// every use analysis sees are checked.
func checkUnendedChannelLoop(r *Result) []Diagnostic {
	ops := r.channelOps()
	ended := map[*Symbol]bool{}
	for _, op := range ops {
		call, ok := op.node.(*syntax.Call)
		if !ok || op.method != "send_exception" && op.method != "send_throw" || len(call.Args) == 0 {
			continue
		}
		if n, ok := call.Args[0].(*syntax.Name); ok && (n.Id == "StopIteration" || n.Id == "TaskletExit") {
			for _, sym := range r.channelsOf(op.channel) {
				ended[sym] = true
			}
		}
	}
	var out []Diagnostic
	for _, op := range ops {
		f, ok := op.node.(*syntax.For)
		if !ok {
			continue
		}
		chans := r.channelsOf(op.channel)
		if len(chans) == 0 || leavesLoop(f.Body) {
			continue
		}
		// A loop over a parameter is unended only when no channel passed
		// to it is ended.
		sym := chans[0]
		if anyEnded(chans, ended) {
			continue
		}
		out = append(out, Diagnostic{Range: f.Iter.Span(), Severity: Warning, Code: "TL011",
			Message: fmt.Sprintf("nothing ends this loop over channel '%s': iteration stops only when a sender calls %s.send_exception(StopIteration), so after the last value this tasklet waits forever", sym.Name, sym.Name),
			Related: []Related{{Range: sym.Defs[0].Name.Range, Message: fmt.Sprintf("channel '%s' is created here", sym.Name)}}})
	}
	return out
}

// leavesLoop reports a break or return in a loop body that leaves that
// loop (not one of a nested loop or function).
func leavesLoop(body []syntax.Stmt) bool {
	found := false
	for _, s := range body {
		syntax.Walk(s, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.FuncDef, *syntax.ClassDef, *syntax.Lambda:
				return false
			case *syntax.For, *syntax.While:
				// A return inside a nested loop still leaves.
				found = found || hasReturn(n)
				return false
			case *syntax.Return, *syntax.Raise:
				found = true
			case *syntax.BranchStmt:
				found = found || n.Kind == syntax.BREAK
			}
			return !found
		})
	}
	return found
}

func hasReturn(n syntax.Node) bool {
	found := false
	syntax.Walk(n, func(c syntax.Node) bool {
		switch c.(type) {
		case *syntax.FuncDef, *syntax.ClassDef, *syntax.Lambda:
			return false
		case *syntax.Return:
			found = true
		}
		return !found
	})
	return found
}

func anyEnded(chans []*Symbol, ended map[*Symbol]bool) bool {
	for _, c := range chans {
		if ended[c] {
			return true
		}
	}
	return false
}
