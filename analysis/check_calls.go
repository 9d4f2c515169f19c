package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// checkCalls reports calls whose arguments do not fit the parameters of a
// function or class that analysis can see: in this file, in an imported
// file, or among the built-ins and the VM's modules.
func checkCalls(r *Result) []Diagnostic {
	var out []Diagnostic
	for _, cs := range r.calls {
		fn, bound, name := r.callee(r.funcType(cs.call, cs.scope))
		if fn == nil {
			continue
		}
		for _, p := range checkArgs(fn, bound, cs.call, name) {
			p = noArgsMessage(fn, name, p)
			out = append(out, argDiagnostic(p, "call-arity", p.msg+": the call raises TypeError"))
		}
	}
	return out
}

// argDiagnostic turns an argument mismatch into a diagnostic with the
// given message, and a fix for a misspelt keyword.
func argDiagnostic(p argProblem, code, msg string) Diagnostic {
	d := Diagnostic{Range: p.rng, Severity: Error, Code: code, Message: msg}
	if p.keyword != nil {
		d.Code = "unknown-keyword"
		if code != "call-arity" {
			d.Code = code
		}
		if p.suggest != "" {
			d.Fixes = []Fix{{Title: fmt.Sprintf("Change to '%s'", p.suggest), Edits: []Edit{{Range: p.keyword.Range, New: p.suggest}}}}
		}
	}
	return d
}

// callee returns the function a call of a value of type t runs, whether
// its first parameter is already bound, and the name CPython's messages
// give it; nil when the signature is not certain (a decorated def, a class
// with an unknown base or a custom metaclass).
func (r *Result) callee(t Type) (*Func, bool, string) {
	switch t.Kind {
	case FuncType:
		f := t.Func
		for _, d := range f.decorators() {
			if d != "staticmethod" && d != "classmethod" {
				return nil, false, ""
			}
		}
		return f, t.Bound, qualName(f)
	case ClassType:
		c := t.Class
		if c.Name() == "type" && c.Mod.Stub {
			return nil, false, ""
		}
		init, known := r.classMember(c, "__init__", false, map[*syntax.ClassDef]bool{})
		if !known || init == nil {
			return nil, false, ""
		}
		if nw, _ := r.classMember(c, "__new__", false, map[*syntax.ClassDef]bool{}); nw != nil && !nw.Home().Stub {
			return nil, false, ""
		}
		it := r.SymbolType(init)
		if it.Kind != FuncType || len(it.Func.decorators()) > 0 {
			return nil, false, ""
		}
		name := c.Name()
		if !it.Func.Mod.Stub {
			name = qualName(it.Func)
		}
		return it.Func, true, name
	}
	return nil, false, ""
}

// noArgsMessage words a problem with a class that has no __init__ of its
// own as CPython does: "C() takes no arguments".
func noArgsMessage(fn *Func, name string, p argProblem) argProblem {
	if fn.Class != nil && fn.Class.Name() == "object" && fn.Mod.Stub && name != "object" && p.keyword == nil {
		p.msg = name + "() takes no arguments"
	}
	return p
}

// qualName is Class.method for a method, the plain name otherwise.
func qualName(f *Func) string {
	if f.Class != nil {
		return f.Class.Name() + "." + f.Name()
	}
	return f.Name()
}
