package analysis

import "tasklet/syntax"

// An InlayHint is a label to show after a position: the inferred type of
// a variable where its assignment does not make it obvious.
type InlayHint struct {
	Pos   syntax.Pos
	Label string
}

// InlayHints returns type hints for the plain assignments "name = value"
// between two offsets, when the type is known and the value is not a
// literal or a display, which already says it.
func (r *Result) InlayHints(from, to int32) []InlayHint {
	var out []InlayHint
	syntax.Walk(r.File, func(n syntax.Node) bool {
		sp := n.Span()
		if sp.End.Offset < from || sp.Start.Offset > to {
			return false
		}
		a, ok := n.(*syntax.Assign)
		if !ok || len(a.Targets) != 1 {
			return true
		}
		name, ok := a.Targets[0].(*syntax.Name)
		if !ok || obvious(a.Value) {
			return true
		}
		t := r.TypeOf(a.Value, r.scopeAt(a))
		if t.Kind == InstanceType {
			out = append(out, InlayHint{Pos: name.End, Label: ": " + TypeString(t)})
		}
		return true
	})
	return out
}

// obvious reports a value whose type anyone reading it sees: a literal or
// a display.
func obvious(x syntax.Expr) bool {
	switch x.(type) {
	case *syntax.BasicLit, *syntax.FString, *syntax.List, *syntax.Tuple, *syntax.Dict, *syntax.Set, *syntax.Comp:
		return true
	}
	return false
}
