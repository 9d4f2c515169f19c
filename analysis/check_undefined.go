package analysis

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"tasklet/syntax"
)

// resolveStarImports resolves the names left unresolved that a
// "from module import *" of a known module provides. It runs before the
// checks so that the names count as uses of the import.
func (r *Result) resolveStarImports() {
	var still []use
	for _, u := range r.unresolved {
		if sym := r.starLookup(u.name.Id); sym != nil {
			r.Names[u.name] = sym
			continue
		}
		still = append(still, u)
	}
	r.unresolved = still
}

// starLookup finds name among the public names of the modules the file
// star-imports.
func (r *Result) starLookup(name string) *Symbol {
	if strings.HasPrefix(name, "_") {
		return nil
	}
	for _, s := range r.starImports {
		m := r.loader.load(s.module)
		if m == nil {
			continue
		}
		if sym := m.Scope.Symbols[name]; sym != nil {
			return sym
		}
	}
	return nil
}

// unknownStarImport reports whether the file star-imports a module that
// analysis cannot see, which may define any name.
func (r *Result) unknownStarImport() bool {
	for _, s := range r.starImports {
		if r.loader.load(s.module) == nil {
			return true
		}
	}
	return false
}

// implicitName reports names that Python defines without a binding in the
// source: __class__ in a method, __module__ and __qualname__ in a class body.
func implicitName(s *Scope, name string) bool {
	switch name {
	case "__class__":
		for p := s; p != nil; p = p.Parent {
			if p.Kind == ClassScope {
				return true
			}
		}
	case "__module__", "__qualname__":
		return s.Kind == ClassScope
	}
	return false
}

// visibleNames lists the names a use in scope s could refer to.
func visibleNames(s *Scope) []string {
	seen := map[string]bool{}
	add := func(sc *Scope) {
		for name := range sc.Symbols {
			seen[name] = true
		}
	}
	add(s)
	for p := s.Parent; p != nil; p = p.Parent {
		if p.Kind != ClassScope {
			add(p)
		}
	}
	if bi := builtinsModule(); bi != nil {
		add(bi.Scope)
	}
	out := make([]string, 0, len(seen))
	for name := range seen {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// checkUndefined reports names that nothing visible binds: Python raises
// NameError when it reaches them.
func checkUndefined(r *Result) []Diagnostic {
	if r.unknownStarImport() {
		return nil
	}
	injected, anyName := r.globalsStores()
	if anyName {
		return nil
	}
	typing := r.headersBeingTyped()
	var out []Diagnostic
	for _, u := range r.unresolved {
		name := u.name.Id
		if implicitName(u.scope, name) || injected[name] || r.deadBranch(u.name) || typing.binds(u.name) {
			continue
		}
		d := Diagnostic{Range: u.name.Range, Severity: Error, Code: "undefined-name",
			Message: fmt.Sprintf("name '%s' is not defined: this line raises NameError when it runs", name)}
		if s := suggest(name, visibleNames(u.scope)); s != "" {
			d.Message += fmt.Sprintf("; did you mean '%s'?", s)
			d.Fixes = []Fix{{Title: fmt.Sprintf("Change to '%s'", s), Edits: []Edit{{Range: u.name.Range, New: s}}}}
		}
		out = append(out, d)
	}
	return out
}

// globalsStores collects the global names the file defines by storing into
// globals(): globals()["name"] = v. The second result is set when a store
// uses a key that is not a string literal, and so may define any name.
func (r *Result) globalsStores() (map[string]bool, bool) {
	names := map[string]bool{}
	anyName := false
	syntax.Walk(r.File, func(n syntax.Node) bool {
		as, ok := n.(*syntax.Assign)
		if !ok {
			return true
		}
		for _, t := range as.Targets {
			sub, ok := t.(*syntax.Subscript)
			if !ok {
				continue
			}
			call, ok := sub.X.(*syntax.Call)
			if !ok || len(call.Args) != 0 {
				continue
			}
			if fn, ok := call.Func.(*syntax.Name); !ok || fn.Id != "globals" {
				continue
			}
			if key, ok := sub.Index.(*syntax.BasicLit); ok && key.Kind == syntax.StringLit {
				if name, ok := key.Value.(string); ok {
					names[name] = true
					continue
				}
			}
			anyName = true
		}
		return true
	})
	return names, anyName
}

// deadBranch reports a node in the branch of a conditional expression
// that a constant test never takes: b in "a if False else b" is read,
// a is not.
func (r *Result) deadBranch(n syntax.Node) bool {
	parents := r.tasklets().parents
	for child, p := n, parents.of(n); p != nil; child, p = p, parents.of(p) {
		ie, ok := p.(*syntax.IfExp)
		if !ok {
			continue
		}
		lit, ok := ie.Test.(*syntax.BasicLit)
		if !ok {
			continue
		}
		if lit.Kind == syntax.FalseLit && ie.Body == child || lit.Kind == syntax.TrueLit && ie.Orelse == child {
			return true
		}
	}
	return false
}

// brokenHeader is a block header that does not parse, such as a def
// whose parameter list is being typed, and the names its text holds,
// which it may be about to bind in the block.
type brokenHeader struct {
	header, block syntax.Range
	words         map[string]bool
}

type brokenHeaders []brokenHeader

// headersBeingTyped finds the broken headers that have a block.
func (r *Result) headersBeingTyped() brokenHeaders {
	var out brokenHeaders
	if len(r.SyntaxErrors) == 0 {
		// No broken statements to look for: spare clean files the walk.
		return nil
	}
	syntax.Walk(r.File, func(n syntax.Node) bool {
		bad, ok := n.(*syntax.BadStmt)
		if !ok || len(bad.Body) == 0 {
			return true
		}
		h := brokenHeader{header: syntax.Range{Start: bad.Start, End: bad.Body[0].Span().Start}, block: bad.Range, words: map[string]bool{}}
		if h.header.End.Offset > int32(len(r.Src)) || h.header.Start.Offset > h.header.End.Offset {
			// Positions count in the decoded text, which a coding
			// cookie can make longer than the bytes.
			return true
		}
		text := string(r.Src[h.header.Start.Offset:h.header.End.Offset])
		for _, w := range strings.FieldsFunc(text, func(c rune) bool { return !isNameRune(c) }) {
			h.words[w] = true
		}
		out = append(out, h)
		return true
	})
	return out
}

// binds reports whether a use of name stands in the block of a broken
// header whose text holds the name: a parameter being typed, not a
// mistake.
func (hs brokenHeaders) binds(name *syntax.Name) bool {
	for _, h := range hs {
		if h.words[name.Id] && h.block.Start.Offset <= name.Start.Offset && name.End.Offset <= h.block.End.Offset {
			return true
		}
	}
	return false
}

func isNameRune(c rune) bool {
	return c == '_' || unicode.IsLetter(c) || unicode.IsDigit(c)
}
