package analysis

import (
	"sort"

	"tasklet/syntax"
)

// ScopeKind is the kind of block that owns a namespace in Python.
type ScopeKind uint8

const (
	ModuleScope ScopeKind = iota
	ClassScope
	FunctionScope
	LambdaScope
	ComprehensionScope
)

// A Scope is one namespace: a module, a class body, a function or lambda,
// or a comprehension (which Python 3 gives its own scope).
type Scope struct {
	Kind ScopeKind
	Node syntax.Node // *syntax.File, *ClassDef, *FuncDef, *Lambda or *Comp
	// Module is the module of a module scope, nil for the others.
	Module   *Module
	Parent   *Scope
	Children []*Scope
	// Symbols are the names bound in this scope, the ones Python stores in
	// its locals.
	Symbols map[string]*Symbol
	// Globals and Nonlocals hold the names declared so, with the name in
	// the declaration; nil when there are none.
	Globals   map[string]*syntax.Name
	Nonlocals map[string]*syntax.Name
	// usesLocals is set when the scope calls locals(), vars() or dir(), or
	// reads a frame's f_locals, which read every local, so none is unused.
	usesLocals bool
	// bound holds the names that the scope's own body binds, known before
	// symbols are made so that nonlocal declarations can find their owner;
	// nil in a file without nonlocal declarations.
	bound map[string]bool
}

func newScope(kind ScopeKind, node syntax.Node, parent *Scope) *Scope {
	s := &Scope{Kind: kind, Node: node, Parent: parent, Symbols: map[string]*Symbol{}}
	if parent != nil {
		parent.Children = append(parent.Children, s)
	}
	return s
}

// isFunction reports whether s holds a function's locals (a def or lambda).
func (s *Scope) isFunction() bool { return s.Kind == FunctionScope || s.Kind == LambdaScope }

// module returns the module scope that contains s.
func (s *Scope) module() *Scope {
	for s.Parent != nil {
		s = s.Parent
	}
	return s
}

// Sorted returns the symbols of s in the order of their first definition.
func (s *Scope) Sorted() []*Symbol {
	out := make([]*Symbol, 0, len(s.Symbols))
	for _, sym := range s.Symbols {
		out = append(out, sym)
	}
	sortSymbols(out)
	return out
}

// sortSymbols sorts symbols in the order of their first definition.
func sortSymbols(syms []*Symbol) {
	sort.Slice(syms, func(i, j int) bool { return syms[i].pos() < syms[j].pos() })
}

// SymbolKind says what kind of definition introduced a name.
type SymbolKind uint8

const (
	VarSymbol SymbolKind = iota
	ParamSymbol
	FuncSymbol
	ClassSymbol
	ImportSymbol
)

func (k SymbolKind) String() string {
	return [...]string{"variable", "parameter", "function", "class", "module"}[k]
}

// A Def is one place where a name is bound.
type Def struct {
	Name *syntax.Name
	Kind SymbolKind
	// Node is the binding construct: *FuncDef, *ClassDef, *Param, *Alias,
	// *Assign, *AnnAssign, *AugAssign, *For, *WithItem, *ExceptHandler,
	// *NamedExpr, *CompFor, *Global or *Delete.
	Node syntax.Node
	// Value is the value assigned when the binding is "name = value".
	Value syntax.Expr
	// Module is the imported module's name for an import; Member the name
	// imported from it by "from Module import Member".
	Module, Member string
	// Stmt is the import statement of an import.
	Stmt syntax.Stmt
	// block identifies the statement list that holds the binding, so that
	// checks can tell definitions in one sequence from ones in branches.
	block int
}

// A Symbol is a name bound in a scope, with every place that binds it and
// every place that reads it.
type Symbol struct {
	Name  string
	Kind  SymbolKind
	Scope *Scope
	Defs  []*Def
	Refs  []*syntax.Name

	// typ is the symbol's inferred type once typeState is typeDone. It
	// lives here rather than in a map of the Result: inference asks for
	// symbol types more than for anything else.
	typ       Type
	typeState uint8
}

// The states of a symbol's type inference; typeBusy breaks cycles.
const (
	typeUnknown = iota
	typeBusy
	typeDone
)

func (s *Symbol) pos() int32 {
	if len(s.Defs) > 0 {
		return s.Defs[0].Name.Start.Offset
	}
	return 0
}

// Home is the module whose scope the symbol belongs to.
func (s *Symbol) Home() *Module { return s.Scope.module().Module }
