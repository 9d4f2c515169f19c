package analysis

import (
	"fmt"
	"strings"

	"tasklet/syntax"
)

// An argProblem is one way a call's arguments do not fit the parameters:
// Python raises TypeError for it when the call runs.
type argProblem struct {
	rng syntax.Range
	msg string
	// keyword is the unknown keyword, for a did-you-mean fix.
	keyword *syntax.Name
	suggest string
}

// checkArgs matches the arguments of call against the parameters of fn,
// as CPython binds them, and describes each mismatch in CPython's words.
// bound is set when fn is a method called through an instance (or a
// classmethod), whose first parameter the call does not pass. Arguments
// unpacked with * or ** can fill anything, so they silence the checks they
// make uncertain.
func checkArgs(fn *Func, bound bool, call *syntax.Call, name string) []argProblem {
	params := fn.Params()
	if params == nil {
		return nil
	}
	list := params.List
	skipped := 0
	if bound && len(list) > 0 && list[0].Kind <= syntax.NormalParam {
		list = list[1:]
		skipped = 1
	}
	var positional, kwonly []*syntax.Param
	var varargs, varkw bool
	for _, p := range list {
		switch p.Kind {
		case syntax.PosOnlyParam, syntax.NormalParam:
			positional = append(positional, p)
		case syntax.VarArgsParam:
			varargs = true
		case syntax.KwOnlyParam:
			kwonly = append(kwonly, p)
		case syntax.VarKwParam:
			varkw = true
		}
	}
	var posArgs []syntax.Expr
	star := false
	for _, a := range call.Args {
		if _, ok := a.(*syntax.Starred); ok {
			star = true
			continue
		}
		posArgs = append(posArgs, a)
	}
	dstar := false
	for _, k := range call.Keywords {
		if k.Name == nil {
			dstar = true
		}
	}
	var out []argProblem
	if !star && !varargs && len(posArgs) > len(positional) {
		required := 0
		for _, p := range positional {
			if p.Default == nil {
				required++
			}
		}
		takes := plural(len(positional)+skipped, "positional argument")
		if required < len(positional) {
			takes = fmt.Sprintf("from %d to %d positional arguments", required+skipped, len(positional)+skipped)
		}
		given := len(posArgs) + skipped
		verb := "were"
		if given == 1 {
			verb = "was"
		}
		out = append(out, argProblem{rng: posArgs[len(positional)].Span(),
			msg: fmt.Sprintf("%s() takes %s but %d %s given", name, takes, given, verb)})
	}
	filled := map[*syntax.Param]bool{}
	for i := range posArgs {
		if i < len(positional) {
			filled[positional[i]] = true
		}
	}
	var names []string
	for _, p := range list {
		if p.Kind != syntax.PosOnlyParam && p.Kind != syntax.VarArgsParam && p.Kind != syntax.VarKwParam {
			names = append(names, p.Name.Id)
		}
	}
	for _, k := range call.Keywords {
		if k.Name == nil {
			continue
		}
		p := paramNamed(list, k.Name.Id)
		switch {
		case p == nil || p.Kind == syntax.PosOnlyParam || p.Kind == syntax.VarArgsParam || p.Kind == syntax.VarKwParam:
			if varkw {
				continue
			}
			if p != nil && p.Kind == syntax.PosOnlyParam {
				out = append(out, argProblem{rng: k.Name.Range,
					msg: fmt.Sprintf("%s() got some positional-only arguments passed as keyword arguments: '%s'", name, k.Name.Id)})
				continue
			}
			pr := argProblem{rng: k.Name.Range, keyword: k.Name,
				msg: fmt.Sprintf("%s() got an unexpected keyword argument '%s'", name, k.Name.Id)}
			if s := suggest(k.Name.Id, names); s != "" {
				pr.msg += fmt.Sprintf("; did you mean '%s'?", s)
				pr.suggest = s
			}
			out = append(out, pr)
		case filled[p] && !star:
			out = append(out, argProblem{rng: k.Name.Range,
				msg: fmt.Sprintf("%s() got multiple values for argument '%s'", name, k.Name.Id)})
		default:
			filled[p] = true
		}
	}
	if dstar {
		return out
	}
	if !star {
		if missing := missingParams(positional, filled); len(missing) > 0 {
			out = append(out, argProblem{rng: call.Range,
				msg: fmt.Sprintf("%s() missing %d required positional %s: %s", name, len(missing), pluralWord(len(missing), "argument"), quoteList(missing))})
		}
	}
	if missing := missingParams(kwonly, filled); len(missing) > 0 {
		out = append(out, argProblem{rng: call.Range,
			msg: fmt.Sprintf("%s() missing %d required keyword-only %s: %s", name, len(missing), pluralWord(len(missing), "argument"), quoteList(missing))})
	}
	return out
}

func paramNamed(list []*syntax.Param, name string) *syntax.Param {
	for _, p := range list {
		if p.Name != nil && p.Name.Id == name {
			return p
		}
	}
	return nil
}

func missingParams(ps []*syntax.Param, filled map[*syntax.Param]bool) []string {
	var out []string
	for _, p := range ps {
		if p.Default == nil && !filled[p] {
			out = append(out, p.Name.Id)
		}
	}
	return out
}

func plural(n int, word string) string { return fmt.Sprintf("%d %s", n, pluralWord(n, word)) }

func pluralWord(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// quoteList writes names as CPython does: 'a', 'a' and 'b', 'a', 'b', and 'c'.
func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

// Signature renders fn's parameter list as written, for hover and
// signature help: "send(self, value)".
func Signature(fn *Func) string {
	return fn.Name() + "(" + strings.Join(ParamLabels(fn), ", ") + ")"
}

// ParamLabels renders each parameter of fn with its marker, annotation and
// default, with the "/" and "*" separators as their own entries.
func ParamLabels(fn *Func) []string {
	ps := fn.Params()
	if ps == nil {
		return nil
	}
	src := fn.Mod.Result.Src
	var out []string
	sawStar := false
	for i, p := range ps.List {
		if p.Kind == syntax.KwOnlyParam && !sawStar {
			out = append(out, "*")
			sawStar = true
		}
		label := string(src[p.Start.Offset:p.End.Offset])
		switch p.Kind {
		case syntax.VarArgsParam:
			sawStar = true
		}
		out = append(out, label)
		if p.Kind == syntax.PosOnlyParam && (i+1 == len(ps.List) || ps.List[i+1].Kind != syntax.PosOnlyParam) {
			out = append(out, "/")
		}
	}
	return out
}

// ReturnLabel renders fn's return annotation, or "".
func ReturnLabel(fn *Func) string {
	if fn.Def == nil || fn.Def.Returns == nil {
		return ""
	}
	r := fn.Def.Returns.Span()
	return string(fn.Mod.Result.Src[r.Start.Offset:r.End.Offset])
}
