package analysis

import "tasklet/syntax"

// This file follows channels into the functions they are passed to, so
// that the channel checks see the sends and receives a worker makes on its
// parameter: stackless.tasklet(worker)(ch) or helper(ch) makes every
// operation on worker's or helper's parameter an operation on ch.

// chanFlow is computed once per file, on first use.
type chanFlow struct {
	// tracked holds the channel variables whose every use analysis sees:
	// an operation or attribute on the channel, a for loop over it, or an
	// argument bound to a parameter that is itself tracked.
	tracked map[*Symbol]bool
	// aliases maps each tracked parameter to the channel variables passed
	// to it.
	aliases map[*Symbol][]*Symbol
}

// A passing is one argument that names a variable, bound to a parameter
// of a function of this file.
type passing struct {
	arg   *syntax.Name
	param *Symbol
}

func (r *Result) flow() *chanFlow {
	f := r.tasklets()
	if f.flow != nil {
		return f.flow
	}
	fl := &chanFlow{tracked: map[*Symbol]bool{}, aliases: map[*Symbol][]*Symbol{}}
	f.flow = fl
	passed := map[*syntax.Name]*Symbol{}
	for _, cs := range r.calls {
		for _, p := range r.passings(cs) {
			passed[p.arg] = p.param
		}
	}
	// Candidates are the channel variables and the parameters that are
	// bound only once; a candidate with a use analysis cannot follow is
	// dropped, and so is whatever depends on it, until nothing changes.
	candidates := map[*Symbol]bool{}
	var order []*Symbol
	seen := map[*Symbol]bool{}
	// The bindings are in source order, which keeps the order of aliases
	// (and so of messages) stable.
	for _, b := range r.bindings {
		sym := r.Names[b.def.Name]
		if sym == nil || seen[sym] {
			continue
		}
		seen[sym] = true
		if sym.Kind == ParamSymbol && len(sym.Defs) == 1 || r.isChannelVar(sym) {
			candidates[sym] = true
			order = append(order, sym)
		}
	}
	parents := f.parents
	for changed := true; changed; {
		changed = false
		for _, sym := range order {
			if candidates[sym] && !r.usesVisible(sym, parents, passed, candidates) {
				delete(candidates, sym)
				changed = true
			}
		}
	}
	// Each tracked channel flows into the tracked parameters it is passed
	// to, and on from there.
	for _, sym := range order {
		if !candidates[sym] || sym.Kind == ParamSymbol {
			continue
		}
		fl.tracked[sym] = true
		seen := map[*Symbol]bool{}
		work := []*Symbol{sym}
		for len(work) > 0 {
			s := work[len(work)-1]
			work = work[:len(work)-1]
			for _, ref := range s.Refs {
				if p := passed[ref]; p != nil && !seen[p] {
					seen[p] = true
					fl.aliases[p] = append(fl.aliases[p], sym)
					work = append(work, p)
				}
			}
		}
	}
	return fl
}

// isChannelVar reports a variable whose every definition assigns a new
// channel.
func (r *Result) isChannelVar(sym *Symbol) bool {
	if sym.Kind != VarSymbol || len(sym.Defs) == 0 {
		return false
	}
	for _, d := range sym.Defs {
		if _, ok := d.Node.(*syntax.Assign); !ok || d.Value == nil {
			return false
		}
		if _, ok := d.Value.(*syntax.Call); !ok || !r.isStacklessInstance(r.TypeOf(d.Value, sym.Scope), "channel") {
			return false
		}
	}
	return true
}

// usesVisible reports whether every use of sym is one analysis follows:
// an attribute of it (a send or receive method only when called there), a
// for loop over it, or an argument bound to a candidate parameter.
func (r *Result) usesVisible(sym *Symbol, parents *parentIndex, passed map[*syntax.Name]*Symbol, candidates map[*Symbol]bool) bool {
	for _, ref := range sym.Refs {
		switch p := parents.of(ref).(type) {
		case *syntax.Attribute:
			// A bound send or receive method that is not called here
			// (stackless.tasklet(ch.send_sequence)(items)) may be called
			// anywhere.
			if call, ok := parents.of(p).(*syntax.Call); p.X == ref && (!sendMethods[p.Attr.Id] && !receiveMethods[p.Attr.Id] || ok && call.Func == p) {
				continue
			}
		case *syntax.For:
			if p.Iter == ref {
				continue
			}
		}
		if param := passed[ref]; param != nil && candidates[param] {
			continue
		}
		return false
	}
	return true
}

// passings lists the arguments of a call that are plain names, each with
// the parameter it binds, when the call goes to a function of this file:
// stackless.tasklet(f)(args) runs f with them, f(args) calls f. A call
// with * or ** arguments binds nothing analysis can be sure of.
func (r *Result) passings(cs callSite) []passing {
	call := cs.call
	for _, a := range call.Args {
		if _, ok := a.(*syntax.Starred); ok {
			return nil
		}
	}
	for _, k := range call.Keywords {
		if k.Name == nil {
			return nil
		}
	}
	var t Type
	if inner, ok := call.Func.(*syntax.Call); ok && r.isStacklessClass(r.funcType(inner, cs.scope), "tasklet") {
		fn := taskletFuncArg(inner)
		if fn == nil {
			return nil
		}
		t = r.TypeOf(fn, cs.scope)
	} else {
		t = r.funcType(call, cs.scope)
	}
	if t.Kind != FuncType || t.Func.Mod != r.Module || t.Func.Def == nil || t.Func.Def.Params == nil {
		return nil
	}
	fs := r.Scopes[t.Func.Def]
	params := t.Func.Def.Params.List
	if t.Bound && len(params) > 0 {
		params = params[1:]
	}
	var out []passing
	add := func(x syntax.Expr, p *syntax.Param) {
		if n, ok := x.(*syntax.Name); ok && fs != nil {
			if sym := fs.Symbols[p.Name.Id]; sym != nil {
				out = append(out, passing{arg: n, param: sym})
			}
		}
	}
	for i, a := range call.Args {
		if i < len(params) && params[i].Kind <= syntax.NormalParam {
			add(a, params[i])
		}
	}
	for _, k := range call.Keywords {
		if p := paramNamed(params, k.Name.Id); p != nil && p.Kind != syntax.PosOnlyParam {
			add(k.Value, p)
		}
	}
	return out
}

// channelsOf returns the tracked channel variables that an expression may
// name: the variable itself, or the channels passed to a parameter.
func (r *Result) channelsOf(x syntax.Expr) []*Symbol {
	n, ok := x.(*syntax.Name)
	if !ok {
		return nil
	}
	sym := r.Names[n]
	if sym == nil {
		return nil
	}
	fl := r.flow()
	if fl.tracked[sym] {
		return []*Symbol{sym}
	}
	return fl.aliases[sym]
}
