package analysis

import (
	"fmt"
	"strings"

	"tasklet/syntax"
)

// checkTaskletCalledFunction (TL002) reports stackless.tasklet(f(x)): f
// runs at once, in the tasklet that creates the new one, and the new
// tasklet is bound to what f returned. It is reported when f certainly
// returns None (it has no "return value" and is not a generator), which
// is never something a tasklet can run.
func checkTaskletCalledFunction(r *Result) []Diagnostic {
	facts := r.tasklets()
	var out []Diagnostic
	for _, cs := range facts.creations {
		inner, ok := taskletFuncArg(cs.call).(*syntax.Call)
		if !ok {
			continue
		}
		t := r.funcType(inner, cs.scope)
		if t.Kind != FuncType || t.Func.Def == nil || len(t.Func.Def.Decorators) > 0 || t.Func.Mod != r.Module || returnsValue(t.Func.Def) {
			continue
		}
		name := r.exprText(inner.Func)
		d := Diagnostic{Range: inner.Range, Severity: Error, Code: "TL002",
			Message: fmt.Sprintf("%s is called here, in the current tasklet, and the new tasklet is bound to its result, None: pass the function and its arguments separately, stackless.tasklet(%s)(%s)",
				r.exprText(inner), name, r.argsText(inner)),
			Related: []Related{{Range: t.Func.Def.Name.Range, Message: fmt.Sprintf("%s returns None", name)}}}
		if fix, ok := r.passFunctionFix(cs.call, inner); ok {
			d.Fixes = []Fix{fix}
		}
		out = append(out, d)
	}
	return out
}

// returnsValue reports whether a def may return something other than
// None: a return with a value, or a yield that makes it a generator.
func returnsValue(fn *syntax.FuncDef) bool {
	found := false
	for _, s := range fn.Body {
		syntax.Walk(s, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.FuncDef, *syntax.ClassDef, *syntax.Lambda:
				return false
			case *syntax.Return:
				if n.Value != nil {
					if lit, ok := n.Value.(*syntax.BasicLit); !ok || lit.Kind != syntax.NoneLit {
						found = true
					}
				}
			case *syntax.Yield:
				found = true
			}
			return !found
		})
	}
	return found
}

// argsText is the source of a call's arguments, between its parentheses.
func (r *Result) argsText(call *syntax.Call) string {
	start := call.Func.Span().End.Offset
	for start < call.End.Offset && r.Src[start] != '(' {
		start++
	}
	end := call.Rparen.Offset
	if !call.Rparen.IsValid() || end <= start {
		return ""
	}
	return strings.TrimSpace(string(r.Src[start+1 : end]))
}

// passFunctionFix rewrites stackless.tasklet(f(x)) into
// stackless.tasklet(f)(x), and stackless.tasklet(f(x))() likewise.
func (r *Result) passFunctionFix(create, inner *syntax.Call) (Fix, bool) {
	if len(create.Args) != 1 || len(create.Keywords) > 0 {
		return Fix{}, false
	}
	rng := create.Range
	if outer, ok := r.tasklets().parents.of(create).(*syntax.Call); ok && outer.Func == create {
		if len(outer.Args) > 0 || len(outer.Keywords) > 0 {
			return Fix{}, false
		}
		rng = outer.Range
	}
	text := fmt.Sprintf("%s(%s)(%s)", r.exprText(create.Func), r.exprText(inner.Func), r.argsText(inner))
	return Fix{Title: "Pass the function and its arguments separately", Edits: []Edit{{Range: rng, New: text}}}, true
}
