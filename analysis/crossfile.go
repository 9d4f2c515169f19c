package analysis

import (
	"sort"

	"tasklet/syntax"
)

// This file answers the questions that span files: which names in this
// file denote a symbol defined in another one, for references and rename
// across a workspace, and where the class of a value is defined. Each
// file is analyzed on its own, so a symbol is named by a Key that
// analyses of different files agree on.

// A Key names a symbol across analyses: the file that defines it and the
// offset of the name in its first definition.
type Key struct {
	Path   string
	Offset int32
	Name   string
}

// KeyAt returns the key of the symbol at off, following "from m import
// name" to the symbol in m. Built-ins and the VM's modules have none.
func (r *Result) KeyAt(off int32) (Key, bool) {
	t, ok := r.TargetAt(off)
	if !ok || t.Symbol == nil {
		return Key{}, false
	}
	return r.keyOf(t.Symbol, true)
}

// keyOf names sym, or the symbol it imports when follow is set.
func (r *Result) keyOf(sym *Symbol, follow bool) (Key, bool) {
	if follow {
		sym = r.origin(sym)
	}
	if sym == nil || sym.Scope == nil || len(sym.Defs) == 0 {
		return Key{}, false
	}
	home := sym.Home()
	if home == nil || home.Stub {
		return Key{}, false
	}
	return Key{Path: home.Path, Offset: sym.Defs[0].Name.Start.Offset, Name: sym.Name}, true
}

// origin follows a name bound by "from m import name" to the symbol it
// names in m, through any chain of such imports.
func (r *Result) origin(sym *Symbol) *Symbol {
	for range 10 {
		if sym == nil || sym.Kind != ImportSymbol || len(sym.Defs) != 1 || sym.Defs[0].Member == "" {
			return sym
		}
		home := sym.Home()
		if home == nil || home.Result == nil {
			return sym
		}
		m := home.Result.loader.load(sym.Defs[0].Module)
		if m == nil || m.Stub {
			return sym
		}
		next := m.Scope.Symbols[sym.Defs[0].Member]
		if next == nil {
			return sym
		}
		sym = next
	}
	return sym
}

// RefsTo returns the ranges in this file of the names that denote the
// symbol key names, definitions included, in source order. For rename,
// a name bound by "from m import name as alias" is not one of them (the
// alias keeps its name), but the imported name in the statement is.
func (r *Result) RefsTo(key Key, rename bool) []syntax.Range {
	var out []syntax.Range
	seen := map[int32]bool{}
	add := func(n *syntax.Name) {
		if !seen[n.Start.Offset] {
			seen[n.Start.Offset] = true
			out = append(out, n.Range)
		}
	}
	match := func(sym *Symbol) bool {
		if k, ok := r.keyOf(sym, false); ok && k == key {
			return true
		}
		if sym.Kind != ImportSymbol || len(sym.Defs) != 1 {
			return false
		}
		if a, ok := sym.Defs[0].Node.(*syntax.Alias); rename && (!ok || a.AsName != nil) {
			return false
		}
		k, ok := r.keyOf(sym, true)
		return ok && k == key
	}
	for n, sym := range r.Names {
		if match(sym) {
			add(n)
		}
	}
	for n, sym := range r.Attrs {
		if k, ok := r.keyOf(sym, false); ok && k == key {
			add(n)
		}
	}
	// The imported name of "from m import name as alias".
	for _, b := range r.bindings {
		d := b.def
		if d.Kind != ImportSymbol || d.Member != key.Name {
			continue
		}
		a, ok := d.Node.(*syntax.Alias)
		if !ok || a.Name == nil || len(a.Name.Names) == 0 {
			continue
		}
		if m := r.loader.load(d.Module); m != nil && !m.Stub && m.Path == key.Path {
			add(a.Name.Names[0])
		}
	}
	sortRanges(out)
	return out
}

// TypeDefinition returns where the class of the value at off is defined:
// the class of an instance, or a class itself.
func (r *Result) TypeDefinition(off int32) []Location {
	t, ok := r.TargetAt(off)
	if !ok || t.Symbol == nil {
		return nil
	}
	ty := r.SymbolType(t.Symbol)
	if ty.Kind != InstanceType && ty.Kind != ClassType {
		return nil
	}
	c := ty.Class
	if c == nil || c.Mod == nil || c.Mod.Stub {
		return nil
	}
	return []Location{{Path: c.Mod.Path, Range: c.Def.Name.Range}}
}

// A CallSite is a call of a function of the program, found in this file.
type CallSite struct {
	// Caller is the function whose body holds the call, nil at module
	// level.
	Caller *Symbol
	// Callee names the function called.
	Callee Key
	// Name is the called name in the call (the f of f(x) or x.f()).
	Name syntax.Range
}

// Calls returns the calls in this file of functions and classes whose
// definitions analysis can see, in source order.
func (r *Result) Calls() []CallSite {
	var out []CallSite
	for _, cs := range r.calls {
		var name *syntax.Name
		switch f := cs.call.Func.(type) {
		case *syntax.Name:
			name = f
		case *syntax.Attribute:
			name = f.Attr
		default:
			continue
		}
		var sym *Symbol
		if s := r.Names[name]; s != nil {
			sym = s
		} else {
			sym = r.Attrs[name]
		}
		k, ok := r.keyOf(sym, true)
		if !ok {
			continue
		}
		if kind := r.origin(sym).Kind; kind != FuncSymbol && kind != ClassSymbol {
			continue
		}
		out = append(out, CallSite{Caller: r.funcSymbol(enclosingFunc(cs.scope)), Callee: k, Name: name.Range})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name.Start.Offset < out[j].Name.Start.Offset })
	return out
}

// funcSymbol is the symbol a def binds, nil for a lambda or module level.
func (r *Result) funcSymbol(fn syntax.Node) *Symbol {
	fd, ok := fn.(*syntax.FuncDef)
	if !ok {
		return nil
	}
	return r.Names[fd.Name]
}

// KeyOf names a symbol of this file.
func (r *Result) KeyOf(sym *Symbol) (Key, bool) { return r.keyOf(sym, false) }

// FunctionAt returns the function or class whose definition's name, or a
// call of which, is at off: the item a call hierarchy starts from.
func (r *Result) FunctionAt(off int32) (*Symbol, Key, bool) {
	t, ok := r.TargetAt(off)
	if !ok || t.Symbol == nil {
		return nil, Key{}, false
	}
	sym := r.origin(t.Symbol)
	if sym.Kind != FuncSymbol && sym.Kind != ClassSymbol {
		return nil, Key{}, false
	}
	k, ok := r.keyOf(sym, false)
	return sym, k, ok
}

// SymbolAtKey finds the symbol of this file that key names.
func (r *Result) SymbolAtKey(key Key) *Symbol {
	if key.Path != r.Path {
		return nil
	}
	path := syntax.PathTo(r.File, key.Offset)
	if len(path) == 0 {
		return nil
	}
	if n, ok := path[len(path)-1].(*syntax.Name); ok {
		return r.Names[n]
	}
	return nil
}

// DefRange returns the whole definition of a def or class symbol, and its
// name.
func DefRange(sym *Symbol) (syntax.Range, syntax.Range) {
	d := sym.Defs[0]
	switch n := d.Node.(type) {
	case *syntax.FuncDef, *syntax.ClassDef:
		return n.Span(), d.Name.Range
	}
	return d.Name.Range, d.Name.Range
}
