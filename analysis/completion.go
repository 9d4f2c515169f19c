package analysis

import (
	"bytes"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"tasklet/syntax"
)

// A Completion is one candidate at the cursor.
type Completion struct {
	Label  string
	Kind   SymbolKind
	Detail string
	// Keyword marks a Python keyword rather than a name.
	Keyword bool
	// Symbol is what the candidate names, for documentation on demand.
	Symbol *Symbol
}

// Complete lists the candidates for the identifier being typed at byte
// offset off: attributes after a dot, module names after import, the names
// a module provides after "from m import", otherwise every visible name
// and the keywords. It reads the text before the cursor rather than the
// tree, since the line being typed seldom parses.
func (r *Result) Complete(off int32) []Completion {
	if off < 0 || int(off) > len(r.Src) {
		return nil
	}
	return r.complete(lineBefore(r.Src, off), r.ScopeAtOffset(off))
}

// complete lists the candidates after line, the text of the cursor's
// line up to the cursor, for a cursor in scope s.
func (r *Result) complete(line string, s *Scope) []Completion {
	prefix := identSuffix(line)
	before := strings.TrimRight(line[:len(line)-len(prefix)], " \t")
	trimmed := strings.TrimSpace(line)
	var out []Completion
	switch {
	case strings.HasPrefix(trimmed, "from ") && strings.Contains(trimmed, " import "):
		mod := strings.Fields(trimmed)[1]
		if m := r.loader.load(mod); m != nil {
			out = r.moduleMembers(m)
		}
	case (strings.HasPrefix(trimmed, "import ") || strings.HasPrefix(trimmed, "from ")) && !strings.Contains(trimmed, " import "):
		dotted := identOrDots(line)
		parent := ""
		if i := strings.LastIndex(dotted, "."); i >= 0 {
			parent = dotted[:i]
		}
		names := StubModules()
		if r.loader != nil && r.loader.opts.ListModules != nil {
			self := strings.TrimSuffix(filepath.Base(r.Path), ".py")
			for _, name := range r.loader.opts.ListModules() {
				if name != self && !slices.Contains(names, name) {
					names = append(names, name)
				}
			}
		}
		for _, name := range names {
			if parent == "" && !strings.Contains(name, ".") {
				out = append(out, Completion{Label: name, Kind: ImportSymbol})
			} else if rest, ok := strings.CutPrefix(name, parent+"."); ok && parent != "" {
				out = append(out, Completion{Label: rest, Kind: ImportSymbol})
			}
		}
	case strings.HasSuffix(before, "."):
		x, errs := syntax.ParseExpr(chainBefore(before[:len(before)-1]))
		if len(errs) > 0 {
			return nil
		}
		t := r.evalChain(x, s)
		for _, name := range r.memberNames(t) {
			sym, _ := r.memberSymbol(t, name)
			c := Completion{Label: name, Symbol: sym}
			if sym != nil {
				c.Kind = sym.Kind
			}
			out = append(out, c)
		}
	default:
		out = r.scopeNames(s)
		for _, kw := range syntax.Keywords() {
			out = append(out, Completion{Label: kw, Keyword: true})
		}
	}
	var filtered []Completion
	for _, c := range out {
		if strings.HasPrefix(c.Label, prefix) && (strings.HasPrefix(prefix, "_") || !strings.HasPrefix(c.Label, "_")) {
			filtered = append(filtered, c)
		}
	}
	sort.SliceStable(filtered, func(i, j int) bool { return filtered[i].Label < filtered[j].Label })
	return filtered
}

func (r *Result) moduleMembers(m *Module) []Completion {
	var out []Completion
	for _, sym := range m.Scope.Sorted() {
		out = append(out, Completion{Label: sym.Name, Kind: sym.Kind, Symbol: sym})
	}
	return out
}

// scopeNames lists the names visible in s, the nearest binding of each.
func (r *Result) scopeNames(s *Scope) []Completion {
	seen := map[string]bool{}
	var out []Completion
	add := func(sc *Scope) {
		for _, sym := range sc.Sorted() {
			if !seen[sym.Name] {
				seen[sym.Name] = true
				out = append(out, Completion{Label: sym.Name, Kind: sym.Kind, Symbol: sym})
			}
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
	return out
}

// evalChain infers the type of a dotted chain typed before a dot, such as
// "stackless.getcurrent()" or "self.ch", looking names up from scope s.
func (r *Result) evalChain(x syntax.Expr, s *Scope) Type {
	switch x := x.(type) {
	case *syntax.Name:
		return r.SymbolType(lookup(s, x.Id))
	case *syntax.Attribute:
		t, _ := r.member(r.evalChain(x.X, s), x.Attr.Id)
		return t
	case *syntax.Call:
		return r.callResult(r.evalChain(x.Func, s))
	}
	return r.TypeOf(x, s)
}

// ScopeAtOffset returns the innermost scope whose node contains off.
func (r *Result) ScopeAtOffset(off int32) *Scope {
	s := r.Module.Scope
	for {
		var next *Scope
		for _, c := range s.Children {
			sp := c.Node.Span()
			if sp.Start.Offset < off && off <= sp.End.Offset {
				next = c
			}
		}
		if next == nil {
			return s
		}
		s = next
	}
}

// lineBefore is the text of the cursor's line up to the cursor.
func lineBefore(src []byte, off int32) string {
	return string(src[lineStart(src, int(off)):off])
}

// lineStart is the offset of the start of the line that holds off.
func lineStart(src []byte, off int) int {
	return bytes.LastIndexByte(src[:off], '\n') + 1
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// identSuffix is the identifier that ends s (possibly empty).
func identSuffix(s string) string {
	i := len(s)
	for i > 0 && isIdentByte(s[i-1]) {
		i--
	}
	return s[i:]
}

// identOrDots is the dotted name that ends s.
func identOrDots(s string) string {
	i := len(s)
	for i > 0 && (isIdentByte(s[i-1]) || s[i-1] == '.') {
		i--
	}
	return s[i:]
}

// chainBefore extracts the expression that ends s and may be followed by
// a dot: names, dots and balanced brackets, as in "a.b(c)[0]".
func chainBefore(s string) string {
	i := len(s)
	depth := 0
	for i > 0 {
		c := s[i-1]
		switch {
		case c == ')' || c == ']':
			depth++
		case c == '(' || c == '[':
			if depth == 0 {
				return s[i:]
			}
			depth--
		case depth > 0 || isIdentByte(c) || c == '.':
		default:
			return s[i:]
		}
		i--
	}
	return s[i:]
}
