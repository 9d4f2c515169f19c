package analysis

import (
	"sort"

	"tasklet/syntax"
)

// TokenKind classifies a name for semantic highlighting.
type TokenKind uint8

const (
	NamespaceToken TokenKind = iota
	ClassToken
	FunctionToken
	MethodToken
	ParameterToken
	VariableToken
	PropertyToken
)

// TokenKinds are the names of the kinds, in order, as LSP spells them.
var TokenKinds = []string{"namespace", "class", "function", "method", "parameter", "variable", "property"}

// A Token is one classified name.
type Token struct {
	Range syntax.Range
	Kind  TokenKind
	// Declaration marks the name where a symbol is bound; Builtin one of
	// the built-ins or the VM's modules; Stackless one that belongs to the
	// stackless module, which tasklet programs want to tell apart.
	Declaration, Builtin, Stackless bool
}

// Tokens classifies the names that analysis resolved between byte
// offsets from and to, in source order.
func (r *Result) Tokens(from, to int32) []Token {
	var out []Token
	add := func(n *syntax.Name, sym *Symbol, attr bool) {
		if n.End.Offset <= from || n.Start.Offset >= to || sym == nil || sym.Scope == nil {
			return
		}
		orig := r.origin(sym)
		home := orig.Home()
		t := Token{Range: n.Range, Kind: tokenKind(orig, attr), Declaration: !attr && isDefName(sym, n)}
		if home != nil {
			t.Builtin = home.Stub
			t.Stackless = home.Stub && home.Name == "stackless"
		}
		if orig.Kind == ImportSymbol && len(orig.Defs) > 0 && orig.Defs[0].Member == "" {
			t.Stackless = orig.Defs[0].Module == "stackless"
		}
		out = append(out, t)
	}
	for n, sym := range r.Names {
		add(n, sym, false)
	}
	for n, sym := range r.Attrs {
		add(n, sym, true)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Range.Start.Offset < out[j].Range.Start.Offset })
	return out
}

func tokenKind(sym *Symbol, attr bool) TokenKind {
	switch sym.Kind {
	case ImportSymbol:
		return NamespaceToken
	case ClassSymbol:
		return ClassToken
	case FuncSymbol:
		if sym.Scope.Kind == ClassScope {
			return MethodToken
		}
		return FunctionToken
	case ParamSymbol:
		return ParameterToken
	}
	if attr || sym.Scope.Kind == ClassScope {
		return PropertyToken
	}
	return VariableToken
}
