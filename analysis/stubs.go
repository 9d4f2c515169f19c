package analysis

import (
	"embed"
	"sort"
	"strings"
	"sync"

	"tasklet/syntax"
)

// The stubs describe, as Python source with "..." for bodies, every
// built-in and every module the VM provides: their signatures for call
// checks and signature help, their docstrings for hover, their return
// annotations for inference. Writing them in Python lets one resolver and
// one hover path serve user code and stubs alike.
//
//go:embed stubs/*.py
var stubFiles embed.FS

var (
	stubsOnce sync.Once
	// builtins and stubs are written once, by loadStubs, before any
	// analysis reads them.
	builtins *Module
	stubs    map[string]*Module
)

// loadStubs binds the stub modules, builtins first since the others'
// names fall back to it.
func loadStubs() {
	stubsOnce.Do(func() {
		ld := &loader{modules: map[string]*Module{}}
		bind := func(name string) *Module {
			src, err := stubFiles.ReadFile("stubs/" + name + ".py")
			if err != nil {
				panic("analysis: missing stub " + name)
			}
			r := ld.bindFile(name, "<"+name+">", src)
			r.Module.Stub = true
			return r.Module
		}
		builtins = bind("builtins")
		m := map[string]*Module{"builtins": builtins}
		entries, _ := stubFiles.ReadDir("stubs")
		for _, e := range entries {
			name := strings.TrimSuffix(e.Name(), ".py")
			if name != "builtins" {
				m[name] = bind(name)
			}
		}
		stubs = m
		for _, name := range sortedKeys(m) {
			m[name].Result.warm()
		}
		for _, name := range sortedKeys(m) {
			if i := strings.LastIndexByte(name, '.'); i >= 0 {
				sym := moduleSymbol(m[name], name[i+1:])
				m[name].Result.symType(sym)
				stubSubmodules[name] = sym
			}
		}
		for _, mod := range m {
			mod.Result.frozen = true
			mod.Result.loader = nil
		}
	})
}

// stubSubmodules holds the symbol that each stub submodule is as an
// attribute of its package (os.path), made once like the stubs.
var stubSubmodules = map[string]*Symbol{}

// warm infers the type of every symbol of a stub or cached module, the
// instance attributes of its classes and the return types of its defs
// (stubs give theirs by annotation), in source order. Analyses share these modules, concurrently in the language
// server: once warm they are frozen and never written again.
func (r *Result) warm() {
	r.retTypes = map[*syntax.FuncDef]Type{}
	var visit func(s *Scope)
	visit = func(s *Scope) {
		for _, sym := range s.Sorted() {
			r.symType(sym)
		}
		if fn, ok := s.Node.(*syntax.FuncDef); ok && !r.Module.Stub {
			r.retTypes[fn] = r.returnType(fn)
		}
		if c := classOf(s); c != nil {
			attrs := r.instanceAttrs(c)
			for _, name := range sortedKeys(attrs) {
				r.symType(attrs[name])
			}
		}
		for _, c := range s.Children {
			visit(c)
		}
	}
	visit(r.Module.Scope)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// builtinsModule is the stub of the built-in names, nil while it is being
// bound itself.
func builtinsModule() *Module { return builtins }

// stubModule returns the stub of a module the VM provides, or nil.
func stubModule(name string) *Module { return stubs[name] }

// StubModules lists the names of the modules the VM provides, for import
// completion.
func StubModules() []string {
	loadStubs()
	var out []string
	for name := range stubs {
		if name != "builtins" {
			out = append(out, name)
		}
	}
	return out
}
