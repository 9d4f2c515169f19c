package analysis

import "tasklet/syntax"

// endingMethods end a tasklet, or wake it with an exception, from outside:
// a tasklet blocked on a channel leaves the channel when one is called.
var endingMethods = map[string]bool{"kill": true, "throw": true, "raise_exception": true}

// endedBodies lists the functions that run only in tasklets the program
// ends from outside: those bound by a stackless.tasklet(f)(...) whose
// result is kept in a variable (alone, or as an item of a list, tuple or
// comprehension) that kill(), throw() or raise_exception() is called on,
// directly, through a subscript or through a for loop over it; and what
// such functions call.
func (r *Result) endedBodies() map[syntax.Node]bool {
	f := r.tasklets()
	out := map[syntax.Node]bool{}
	var roots []syntax.Node
	for _, cs := range f.creations {
		fn := taskletFuncArg(cs.call)
		if fn == nil {
			continue
		}
		t := r.TypeOf(fn, cs.scope)
		if t.Kind != FuncType || t.Func.Mod != r.Module {
			continue
		}
		if v := r.keptIn(cs.call); v != nil && r.endedThrough(v, 0) {
			roots = append(roots, t.Func.node())
		}
	}
	r.reachable(roots, func(n syntax.Node) bool {
		out[n] = true
		return false
	})
	return out
}

// keptIn returns the variable a tasklet creation ends up in.
func (r *Result) keptIn(creation *syntax.Call) *Symbol {
	parents := r.tasklets().parents
	var n syntax.Node = creation
	for {
		switch p := parents.of(n).(type) {
		case *syntax.Call:
			if p.Func != n {
				return nil
			}
			n = p
		case *syntax.List, *syntax.Tuple:
			n = p
		case *syntax.Comp:
			if p.Elt != n {
				return nil
			}
			n = p
		case *syntax.Assign:
			if p.Value != n || len(p.Targets) != 1 {
				return nil
			}
			if name, ok := p.Targets[0].(*syntax.Name); ok {
				return r.Names[name]
			}
			return nil
		default:
			return nil
		}
	}
}

// endedThrough reports whether an ending method is called on the variable,
// on an item of it, or on the target of a for loop over it.
func (r *Result) endedThrough(v *Symbol, depth int) bool {
	if v == nil || depth > 2 {
		return false
	}
	parents := r.tasklets().parents
	for _, ref := range v.Refs {
		var x syntax.Node = ref
		if s, ok := parents.of(x).(*syntax.Subscript); ok && s.X == x {
			x = s
		}
		switch p := parents.of(x).(type) {
		case *syntax.Attribute:
			if call, ok := parents.of(p).(*syntax.Call); ok && call.Func == p && endingMethods[p.Attr.Id] {
				return true
			}
		case *syntax.For:
			if name, ok := p.Target.(*syntax.Name); ok && p.Iter == x && r.endedThrough(r.Names[name], depth+1) {
				return true
			}
		}
	}
	return false
}
