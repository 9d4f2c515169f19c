package analysis

import (
	"fmt"
	"sort"

	"tasklet/syntax"
)

// This file holds what the tasklet checks share: recognizing the stackless
// API in the tree (through inference, so "from stackless import channel as
// c" and subclasses count), the functions that run inside tasklets, and the
// parent of each node.

// taskletFacts is computed once per file, on first use.
type taskletFacts struct {
	parents *parentIndex
	// creations are the calls that make a tasklet: stackless.tasklet(...)
	// or a subclass, with the scope they are evaluated in.
	creations []callSite
	// bodies are the functions that run in tasklets other than main: the
	// ones tasklets are bound to and, transitively, what they call.
	bodies map[syntax.Node]bool
	// callsIn holds the calls of each function body (nil: module level).
	callsIn map[syntax.Node][]callSite
	ops     []chanOp
	flow    *chanFlow
}

func (r *Result) tasklets() *taskletFacts {
	if r.facts != nil {
		return r.facts
	}
	f := &taskletFacts{bodies: map[syntax.Node]bool{},
		callsIn: map[syntax.Node][]callSite{}}
	r.facts = f
	for _, cs := range r.calls {
		fn := enclosingFunc(cs.scope)
		f.callsIn[fn] = append(f.callsIn[fn], cs)
	}
	f.parents = newParentIndex(r.File)
	var roots []syntax.Node
	for _, cs := range r.calls {
		if r.isStacklessClass(r.funcType(cs.call, cs.scope), "tasklet") {
			f.creations = append(f.creations, cs)
			if fn := taskletFuncArg(cs.call); fn != nil {
				if t := r.TypeOf(fn, cs.scope); t.Kind == FuncType && t.Func.Mod == r.Module {
					roots = append(roots, t.Func.node())
				}
			}
			continue
		}
		// t.bind(f) binds an existing tasklet to f.
		if a, ok := cs.call.Func.(*syntax.Attribute); ok && a.Attr.Id == "bind" && len(cs.call.Args) > 0 &&
			r.isStacklessInstance(r.TypeOf(a.X, cs.scope), "tasklet") {
			if t := r.TypeOf(cs.call.Args[0], cs.scope); t.Kind == FuncType && t.Func.Mod == r.Module {
				roots = append(roots, t.Func.node())
			}
		}
	}
	r.reachable(roots, func(n syntax.Node) bool {
		f.bodies[n] = true
		return false
	})
	return f
}

// funcType is the type of what a call calls. The checks ask it of every
// call, several times each: it is inferred once per call.
func (r *Result) funcType(call *syntax.Call, s *Scope) Type {
	if t, ok := r.calleeTypes[call]; ok {
		return t
	}
	if r.calleeTypes == nil {
		r.calleeTypes = make(map[*syntax.Call]Type, len(r.calls))
	}
	t := r.TypeOf(call.Func, s)
	r.calleeTypes[call] = t
	return t
}

func contains(outer, inner syntax.Node) bool {
	o, i := outer.Span(), inner.Span()
	return o.Start.Offset <= i.Start.Offset && i.End.Offset <= o.End.Offset
}

// node is the def or lambda of a function.
func (f *Func) node() syntax.Node {
	if f.Def != nil {
		return f.Def
	}
	return f.Lambda
}

// calleesIn lists the functions of this file that the body of fn calls
// directly (not in nested defs, which run only when called themselves).
func (r *Result) calleesIn(fn syntax.Node) []syntax.Node {
	var out []syntax.Node
	for _, cs := range r.tasklets().callsIn[fn] {
		if t := r.funcType(cs.call, cs.scope); t.Kind == FuncType && t.Func.Mod == r.Module {
			out = append(out, t.Func.node())
		} else if t.Kind == ClassType && t.Class.Mod == r.Module {
			if init, _ := r.classMember(t.Class, "__init__", false, map[*syntax.ClassDef]bool{}); init != nil {
				if it := r.SymbolType(init); it.Kind == FuncType && it.Func.Mod == r.Module {
					out = append(out, it.Func.node())
				}
			}
		}
	}
	return out
}

// reachable walks the functions of this file that run from roots: the
// roots and, transitively, what they call (calleesIn). visit sees each
// function once; the walk stops, and reachable reports true, as soon as
// visit does.
func (r *Result) reachable(roots []syntax.Node, visit func(fn syntax.Node) bool) bool {
	seen := map[syntax.Node]bool{}
	work := append([]syntax.Node(nil), roots...)
	for len(work) > 0 {
		n := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[n] {
			continue
		}
		seen[n] = true
		if visit(n) {
			return true
		}
		work = append(work, r.calleesIn(n)...)
	}
	return false
}

// enclosingFunc is the def or lambda whose body a scope belongs to
// (comprehensions run inside it), or nil at module level.
func enclosingFunc(s *Scope) syntax.Node {
	for ; s != nil; s = s.Parent {
		switch s.Kind {
		case FunctionScope, LambdaScope:
			return s.Node
		case ModuleScope, ClassScope:
			return nil
		}
	}
	return nil
}

// runningTasklet is a related location for code in function fn that runs
// in a tasklet: the stackless.tasklet(...) call that creates a tasklet
// whose function is fn or calls it, through this file's functions.
func (r *Result) runningTasklet(fn syntax.Node) []Related {
	for _, cs := range r.tasklets().creations {
		arg := taskletFuncArg(cs.call)
		if arg == nil {
			continue
		}
		t := r.TypeOf(arg, cs.scope)
		if t.Kind != FuncType || t.Func.Mod != r.Module {
			continue
		}
		if r.reachable([]syntax.Node{t.Func.node()}, func(n syntax.Node) bool { return n == fn }) {
			return []Related{{Range: cs.call.Range, Message: "the tasklet that runs this code is created here"}}
		}
	}
	return nil
}

// definedAt is a related location for the function a tasklet runs: its
// def (or lambda) when it is in this file.
func (r *Result) definedAt(t Type) []Related {
	if t.Kind != FuncType || t.Func.Mod != r.Module {
		return nil
	}
	rng := t.Func.node().Span()
	if t.Func.Def != nil {
		rng = t.Func.Def.Name.Range
	}
	return []Related{{Range: rng, Message: fmt.Sprintf("%s is defined here", t.Func.Name())}}
}

// inTasklet reports whether code in scope s runs in a tasklet other than
// main, as far as analysis can tell.
func (r *Result) inTasklet(s *Scope) bool {
	fn := enclosingFunc(s)
	return fn != nil && r.tasklets().bodies[fn]
}

// taskletFuncArg is the callable given to stackless.tasklet(...).
func taskletFuncArg(call *syntax.Call) syntax.Expr {
	if len(call.Args) > 0 {
		if _, ok := call.Args[0].(*syntax.Starred); !ok {
			return call.Args[0]
		}
		return nil
	}
	for _, k := range call.Keywords {
		if k.Name != nil && k.Name.Id == "func" {
			return k.Value
		}
	}
	return nil
}

// derivesFrom reports whether class c is, or inherits from, the stub
// class stackless.<name>.
func (r *Result) derivesFrom(c *Class, name string, depth int) bool {
	if c == nil || depth > 20 {
		return false
	}
	if c.Mod.Stub && c.Mod.Name == "stackless" && c.Name() == name {
		return true
	}
	for _, b := range c.Def.Bases {
		if bt := c.Mod.Result.TypeOf(b, c.Scope.Parent); bt.Kind == ClassType && r.derivesFrom(bt.Class, name, depth+1) {
			return true
		}
	}
	return false
}

func (r *Result) isStacklessClass(t Type, name string) bool {
	return t.Kind == ClassType && r.derivesFrom(t.Class, name, 0)
}

func (r *Result) isStacklessInstance(t Type, name string) bool {
	return t.Kind == InstanceType && r.derivesFrom(t.Class, name, 0)
}

// isStacklessFunc reports whether t is the function stackless.<name> (or
// another stub module's function, given the module).
func isStubFunc(t Type, module, name string) bool {
	return t.Kind == FuncType && t.Func.Mod.Stub && t.Func.Mod.Name == module && t.Func.Class == nil && t.Func.Name() == name
}

// Channel operations, by method name.
var (
	sendMethods    = map[string]bool{"send": true, "send_exception": true, "send_throw": true, "send_sequence": true}
	receiveMethods = map[string]bool{"receive": true, "__next__": true}
)

// A chanOp is a send or a receive on a channel: a method call, or a for
// loop over the channel (a receive each turn).
type chanOp struct {
	node    syntax.Node // the *Call or the *For
	channel syntax.Expr
	method  string // "for" for a loop
	scope   *Scope
	send    bool
}

// channelOps lists the sends and receives on expressions that analysis
// knows are channels: by inference, or because the expression is a
// parameter that channels are passed to.
func (r *Result) channelOps() []chanOp {
	f := r.tasklets()
	if f.ops == nil {
		f.ops = r.findChannelOps()
	}
	return f.ops
}

func (r *Result) findChannelOps() []chanOp {
	out := []chanOp{}
	for _, cs := range r.calls {
		a, ok := cs.call.Func.(*syntax.Attribute)
		if !ok || !sendMethods[a.Attr.Id] && !receiveMethods[a.Attr.Id] {
			continue
		}
		if r.isStacklessInstance(r.TypeOf(a.X, cs.scope), "channel") || r.isChannelParam(a.X) {
			out = append(out, chanOp{node: cs.call, channel: a.X, method: a.Attr.Id, scope: cs.scope, send: sendMethods[a.Attr.Id]})
		}
	}
	for _, fs := range r.fors {
		if r.isStacklessInstance(r.TypeOf(fs.stmt.Iter, fs.scope), "channel") || r.isChannelParam(fs.stmt.Iter) {
			out = append(out, chanOp{node: fs.stmt, channel: fs.stmt.Iter, method: "for", scope: fs.scope})
		}
	}
	return out
}

// scopeAt returns the innermost scope whose node contains n (a scope's
// own node belongs to the scope around it). Children are in source order,
// so a binary search finds the one that may contain n.
func (r *Result) scopeAt(n syntax.Node) *Scope {
	s := r.Module.Scope
	start := n.Span().Start.Offset
	for {
		cs := s.Children
		i := sort.Search(len(cs), func(i int) bool { return cs[i].Node.Span().Start.Offset > start }) - 1
		if i < 0 || cs[i].Node == n || !contains(cs[i].Node, n) {
			return s
		}
		s = cs[i]
	}
}

// isChannelParam reports a parameter that the program passes channels to.
func (r *Result) isChannelParam(x syntax.Expr) bool {
	n, ok := x.(*syntax.Name)
	return ok && len(r.flow().aliases[r.Names[n]]) > 0
}

// exprText is the source text of a node.
func (r *Result) exprText(n syntax.Node) string {
	s := n.Span()
	return string(r.Src[s.Start.Offset:s.End.Offset])
}

// opText describes a channel operation for a message: "ch.receive()".
func (r *Result) opText(op chanOp) string {
	if op.method == "for" {
		return "for ... in " + r.exprText(op.channel)
	}
	return r.exprText(op.channel) + "." + op.method + "()"
}

// catches reports whether a try statement around n (up to the enclosing
// function) has a handler for one of the named exceptions, a base class of
// them, or a bare except.
func (r *Result) catches(n syntax.Node, names ...string) bool {
	parents := r.tasklets().parents
	for p := parents.of(n); p != nil; p = parents.of(p) {
		switch p := p.(type) {
		case *syntax.FuncDef, *syntax.Lambda, *syntax.ClassDef:
			return false
		case *syntax.Try:
			if !inStmts(p.Body, n) {
				continue
			}
			for _, h := range p.Handlers {
				if h.Type == nil || r.handlerCatches(h.Type, names) {
					return true
				}
			}
		}
	}
	return false
}

func inStmts(body []syntax.Stmt, n syntax.Node) bool {
	for _, s := range body {
		if contains(s, n) {
			return true
		}
	}
	return false
}

// handlerCatches reports whether an except clause's type names one of the
// exceptions or a base of them.
func (r *Result) handlerCatches(x syntax.Expr, names []string) bool {
	if t, ok := x.(*syntax.Tuple); ok {
		for _, e := range t.Elts {
			if r.handlerCatches(e, names) {
				return true
			}
		}
		return false
	}
	var id string
	switch x := x.(type) {
	case *syntax.Name:
		id = x.Id
	case *syntax.Attribute:
		id = x.Attr.Id
	}
	for _, n := range names {
		if id == n || id == "Exception" && n != "TaskletExit" && n != "SystemExit" || id == "BaseException" {
			return true
		}
	}
	return false
}

// ImportsStackless reports whether the file imports the stackless module
// anywhere: it is a tasklet program.
func (r *Result) ImportsStackless() bool {
	for _, b := range r.bindings {
		if b.def.Kind == ImportSymbol && b.def.Module == "stackless" {
			return true
		}
	}
	for _, s := range r.starImports {
		if s.module == "stackless" {
			return true
		}
	}
	return false
}
