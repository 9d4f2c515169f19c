package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// checkSendAfterClose (TL010) reports a send on a channel that the same
// code closed before, in the same sequence of statements, with no open()
// in between. A closed channel refuses any send that would have to wait
// for a receiver: it raises ValueError. A send inside a try that handles
// ValueError is taken as intended, and so is a close that follows the
// start of tasklets that receive on the channel: they may be waiting on
// it, and a send that meets a waiting receiver works on a closed channel.
func checkSendAfterClose(r *Result) []Diagnostic {
	sends := map[*Symbol][]chanOp{}
	for _, op := range r.channelOps() {
		if !op.send {
			continue
		}
		if sym := r.chanVar(op.channel); sym != nil {
			sends[sym] = append(sends[sym], op)
		}
	}
	var out []Diagnostic
	var block func(ss []syntax.Stmt)
	block = func(ss []syntax.Stmt) {
		for i, s := range ss {
			sym, method := r.channelMethodStmt(s)
			if sym != nil && method == "close" && !r.receiversMayWait(sym, ss[:i]) {
				out = append(out, r.sendsAfter(sym, s, ss[i+1:], sends[sym])...)
			}
		}
	}
	syntax.Walk(r.File, func(n syntax.Node) bool {
		for _, body := range stmtLists(n) {
			block(body)
		}
		return true
	})
	return out
}

// chanVar is the variable a channel expression names, if it is a plain
// name for a channel.
func (r *Result) chanVar(x syntax.Expr) *Symbol {
	n, ok := x.(*syntax.Name)
	if !ok {
		return nil
	}
	return r.Names[n]
}

// channelMethodStmt recognizes a statement "ch.method(...)" on a channel.
func (r *Result) channelMethodStmt(s syntax.Stmt) (*Symbol, string) {
	es, ok := s.(*syntax.ExprStmt)
	if !ok {
		return nil, ""
	}
	call, ok := es.X.(*syntax.Call)
	if !ok {
		return nil, ""
	}
	a, ok := call.Func.(*syntax.Attribute)
	if !ok || !r.isStacklessInstance(r.TypeOf(a.X, r.scopeAt(call)), "channel") {
		return nil, ""
	}
	return r.chanVar(a.X), a.Attr.Id
}

// sendsAfter reports the sends on sym in the statements that follow a
// close, up to a reopening.
func (r *Result) sendsAfter(sym *Symbol, closeStmt syntax.Stmt, rest []syntax.Stmt, sends []chanOp) []Diagnostic {
	var out []Diagnostic
	for _, s := range rest {
		if other, method := r.channelMethodStmt(s); other == sym && method == "open" {
			break
		}
		for _, op := range sends {
			if !contains(s, op.node) || enclosingFunc(op.scope) != enclosingFunc(r.scopeAt(closeStmt)) || r.catches(op.node, "ValueError") {
				continue
			}
			out = append(out, Diagnostic{Range: opRange(op), Severity: Warning, Code: "TL010",
				Message: fmt.Sprintf("%s after %s.close() on line %d: a closed channel raises ValueError for a send that has to wait for a receiver",
					r.opText(op), sym.Name, closeStmt.Span().Start.Line),
				Related: []Related{{Range: closeStmt.Span(), Message: fmt.Sprintf("'%s' is closed here", sym.Name)}}})
		}
	}
	return out
}

// stmtLists returns the statement sequences directly held by a node.
func stmtLists(n syntax.Node) [][]syntax.Stmt {
	switch n := n.(type) {
	case *syntax.File:
		return [][]syntax.Stmt{n.Body}
	case *syntax.FuncDef:
		return [][]syntax.Stmt{n.Body}
	case *syntax.ClassDef:
		return [][]syntax.Stmt{n.Body}
	case *syntax.If:
		return [][]syntax.Stmt{n.Body, n.Orelse}
	case *syntax.While:
		return [][]syntax.Stmt{n.Body, n.Orelse}
	case *syntax.For:
		return [][]syntax.Stmt{n.Body, n.Orelse}
	case *syntax.With:
		return [][]syntax.Stmt{n.Body}
	case *syntax.Try:
		out := [][]syntax.Stmt{n.Body, n.Orelse, n.Finally}
		for _, h := range n.Handlers {
			out = append(out, h.Body)
		}
		return out
	}
	return nil
}

// receiversMayWait reports whether the statements before a close create
// tasklets that receive on sym and then let them run (stackless.run() or
// schedule()), so that they may be waiting on the channel when it closes.
func (r *Result) receiversMayWait(sym *Symbol, before []syntax.Stmt) bool {
	f := r.tasklets()
	created := false
	for _, s := range before {
		for _, cs := range f.creations {
			if !contains(s, cs.call) {
				continue
			}
			if fn := taskletFuncArg(cs.call); fn != nil {
				if t := r.TypeOf(fn, cs.scope); t.Kind == FuncType && r.receivesOn(t.Func.node(), sym) {
					created = true
				}
			}
		}
		if es, ok := s.(*syntax.ExprStmt); ok && created {
			if call, ok := es.X.(*syntax.Call); ok {
				t := r.TypeOf(call.Func, r.scopeAt(call))
				if isStubFunc(t, "stackless", "run") || isStubFunc(t, "stackless", "schedule") {
					return true
				}
			}
		}
	}
	return false
}

// receivesOn reports whether a function, or one it calls, receives on sym.
func (r *Result) receivesOn(fn syntax.Node, sym *Symbol) bool {
	seen := map[syntax.Node]bool{}
	r.reachable([]syntax.Node{fn}, func(n syntax.Node) bool {
		seen[n] = true
		return false
	})
	for _, op := range r.channelOps() {
		if op.send || !seen[enclosingFunc(op.scope)] {
			continue
		}
		if r.chanVar(op.channel) == sym {
			return true
		}
		for _, c := range r.channelsOf(op.channel) {
			if c == sym {
				return true
			}
		}
	}
	return false
}
