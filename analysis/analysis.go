package analysis

import (
	"slices"
	"sort"

	"tasklet/syntax"
)

// Options configures an analysis.
type Options struct {
	// Import returns the source of the module that "import name" loads
	// when it is not one the VM provides, as the VM would find it: name.py
	// (or name/__init__.py) beside the main script, then on TASKLETPATH.
	// Nil, or false, leaves the module unknown: names from it are not
	// checked.
	Import func(name string) (path string, src []byte, ok bool)
	// Modules, when set, keeps the imported files analyzed between
	// analyses (see ModuleCache); ModulesScope names the search path
	// Import follows, so that analyses that import differently do not
	// share modules.
	Modules      *ModuleCache
	ModulesScope string
	// ListModules names the modules that Import can find, for the
	// completion of import statements; nil lists the VM's modules only.
	ListModules func() []string
}

// A Module is an analyzed module: the file being checked, a module it
// imports, or one of the built-in stubs.
type Module struct {
	Name   string
	Path   string
	Scope  *Scope
	Result *Result
	// Stub marks the modules the VM provides, described by the stubs in
	// this package.
	Stub bool
}

// A Result is everything analysis found in one file.
type Result struct {
	Path         string
	Src          []byte
	File         *syntax.File
	SyntaxErrors syntax.ErrorList
	Module       *Module
	// Scopes maps each scope-making node (the file, defs, classes,
	// lambdas, comprehensions) to its scope.
	Scopes map[syntax.Node]*Scope
	// Names maps every identifier that binds or reads a variable to its
	// symbol; unresolved names are absent.
	Names map[*syntax.Name]*Symbol
	// Attrs maps the name of each attribute access whose target analysis
	// could infer to the member symbol it reaches.
	Attrs       map[*syntax.Name]*Symbol
	Diagnostics []Diagnostic
	// Imports lists the paths of the files (not the VM's modules) that the
	// analysis read through Options.Import, sorted: the diagnostics depend
	// on their text.
	Imports []string

	unresolved  []use
	bindings    []binding
	uses        []use
	attrUses    []attrUse
	calls       []callSite
	fors        []forSite
	starImports []starImport
	loader      *loader
	busyFuncs   map[*syntax.FuncDef]bool
	instAttrs   map[*syntax.ClassDef]map[string]*Symbol
	facts       *taskletFacts
	calleeTypes map[*syntax.Call]Type
	// frozen marks a stub or a cached module, whose caches are filled
	// once and only read afterwards (see warm); retTypes holds the return
	// types of its defs then.
	frozen   bool
	retTypes map[*syntax.FuncDef]Type
}

// A callSite is a call and the scope it is evaluated in.
type callSite struct {
	call  *syntax.Call
	scope *Scope
}

// A forSite is a for statement and the scope it runs in.
type forSite struct {
	stmt  *syntax.For
	scope *Scope
}

// A starImport is "from module import *" in a scope.
type starImport struct {
	stmt   *syntax.ImportFrom
	module string
	scope  *Scope
}

// Analyze parses and checks one file. It never fails: a broken file gives
// a partial result with the syntax errors among the diagnostics.
func Analyze(path string, src []byte, opts Options) *Result {
	r := Bind(path, src, opts)
	ld := r.loader
	r.resolveAttrs()
	r.Diagnostics = append(r.Diagnostics, runChecks(r)...)
	sortDiagnostics(r.Diagnostics)
	// What the checks computed for themselves (the parent of every node,
	// the tasklet facts, the callee of every call) is not kept with the
	// result: the language server holds a result per open file.
	r.facts, r.calleeTypes = nil, nil
	r.Imports = append(r.Imports, ld.deps...)
	for name, m := range ld.modules {
		if m != nil && !m.Stub && name != "__main__" {
			r.Imports = append(r.Imports, m.Path)
		}
	}
	sort.Strings(r.Imports)
	r.Imports = slices.Compact(r.Imports)
	return r
}

// Bind parses one file and resolves its names, as Analyze does, but
// checks nothing and leaves Attrs, Diagnostics and Imports empty: what
// Complete needs, and the same completions as Analyze's result gives, in
// about a third of the time. It serves a completion requested right after
// an edit, before the full analysis of the new text is done.
func Bind(path string, src []byte, opts Options) *Result {
	loadStubs()
	ld := &loader{opts: opts, modules: map[string]*Module{}, building: map[cacheKey]*Module{}}
	r := ld.bindFile("__main__", path, src)
	ld.modules["__main__"] = r.Module
	r.resolveStarImports()
	return r
}

// A loader finds and binds the modules a file imports, once each per
// analysis, so that an import cycle ends.
type loader struct {
	opts    Options
	modules map[string]*Module
	// With a ModuleCache, each imported file has a loader of its own,
	// frozen with it once its types are inferred: a frozen loader only
	// finds the modules it already has. deps collects the paths of the
	// files read through cached modules, and building the modules of the
	// analysis still being inferred (see loadCached).
	frozen   bool
	deps     []string
	building map[cacheKey]*Module
}

// bindFile parses src and resolves its names, without checks.
func (ld *loader) bindFile(name, path string, src []byte) *Result {
	f, errs := syntax.Parse(path, src)
	r := &Result{Path: path, Src: src, File: f, SyntaxErrors: errs,
		Scopes: map[syntax.Node]*Scope{},
		Attrs:  map[*syntax.Name]*Symbol{}, loader: ld,
		busyFuncs: map[*syntax.FuncDef]bool{}, instAttrs: map[*syntax.ClassDef]map[string]*Symbol{}}
	r.Module = &Module{Name: name, Path: path, Result: r}
	b := &binder{res: r}
	b.file(f)
	r.Module.Scope.Module = r.Module
	b.resolve()
	return r
}

// load returns the module that "import name" reaches, or nil when it is
// unknown.
func (ld *loader) load(name string) *Module {
	if m := stubModule(name); m != nil {
		return m
	}
	if ld == nil {
		return nil
	}
	if m, ok := ld.modules[name]; ok || ld.frozen {
		return m
	}
	ld.modules[name] = nil
	if ld.opts.Import == nil {
		return nil
	}
	path, src, ok := ld.opts.Import(name)
	if !ok {
		return nil
	}
	var m *Module
	if c := ld.opts.Modules; c != nil {
		m = ld.loadCached(c, name, path, src)
	} else {
		m = ld.bindFile(name, path, src).Module
	}
	ld.modules[name] = m
	return m
}
