package analysis

import (
	"bytes"
	"strings"

	"tasklet/syntax"
)

// CompleteEdited lists the completions at byte offset off of text, a
// newer version of the source r analyzed, from r, without analyzing text:
// an editor asks for completion right after the keystroke that calls for
// it (a dot typed after an expression, a letter of a name), before any
// analysis of the new text can be done. ok is false, and the caller must
// analyze text, unless r's answer is the one an analysis of text would
// give: the two texts differ within the cursor's line alone, past its
// indentation, and the line is, in both texts, one expression statement
// that binds no name and opens no scope. Every other statement of the
// two texts is then the same, and so is every binding and every inferred
// type.
func (r *Result) CompleteEdited(text []byte, off int32) (_ []Completion, ok bool) {
	if off < 0 || int(off) > len(text) {
		return nil, false
	}
	s, ok := r.editedLineScope(text, int(off))
	if !ok {
		return nil, false
	}
	return r.complete(lineBefore(text, off), s), true
}

// editedLineScope checks what CompleteEdited requires of text and returns
// the scope of the statement on the cursor's line.
func (r *Result) editedLineScope(text []byte, off int) (*Scope, bool) {
	old := r.Src
	// The edits lie between the bytes the two texts start with and those
	// they end with.
	pre := commonPrefix(old, text)
	suf := commonSuffix(old[pre:], text[pre:])
	start := lineStart(text, off)
	end := len(text)
	if i := bytes.IndexByte(text[off:], '\n'); i >= 0 {
		end = off + i
	}
	if pre < start || len(text)-suf > end {
		return nil, false
	}
	// The line's end and what follows are the same in both texts.
	oldLine, newLine := old[start:end-len(text)+len(old)], text[start:end]
	if bytes.IndexByte(oldLine, '\n') >= 0 {
		return nil, false
	}
	indent := len(newLine) - len(bytes.TrimLeft(newLine, " \t"))
	if pre-start < indent || len(oldLine)-len(bytes.TrimLeft(oldLine, " \t")) != indent {
		return nil, false
	}
	// With a name completed at the cursor (an attribute's after a dot),
	// the new line must be one whole expression, as the old one is.
	probe := string(text[start:off]) + "x" + string(text[off:end])
	if !bindsNothing(probe) || !bindsNothing(string(oldLine)) {
		return nil, false
	}
	// In the old tree, the line holds an expression statement of its own,
	// not a part of a longer one.
	stmt := exprStmtAt(r.File, int32(start+indent))
	if stmt == nil || int(stmt.End.Offset) > start+len(oldLine) {
		return nil, false
	}
	return r.ScopeAtOffset(stmt.Start.Offset), true
}

// bindsNothing reports whether line, without its indentation, is one
// expression that binds no name, yields nothing and makes no scope of its
// own (no lambda, comprehension or assignment expression).
func bindsNothing(line string) bool {
	x, errs := syntax.ParseExpr(strings.TrimSpace(line))
	if len(errs) > 0 {
		return false
	}
	ok := true
	syntax.Walk(x, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.Lambda, *syntax.Comp, *syntax.NamedExpr, *syntax.Yield, *syntax.Await, *syntax.BadExpr:
			ok = false
		}
		return ok
	})
	return ok
}

// exprStmtAt returns the expression statement of f that starts at off, or
// nil.
func exprStmtAt(f *syntax.File, off int32) *syntax.ExprStmt {
	var found *syntax.ExprStmt
	syntax.Walk(f, func(n syntax.Node) bool {
		sp := n.Span()
		if found != nil || off < sp.Start.Offset || off >= sp.End.Offset {
			return false
		}
		if es, ok := n.(*syntax.ExprStmt); ok && sp.Start.Offset == off {
			found = es
			return false
		}
		// Statements hold statements (an except clause or a match case
		// among them); expressions do not.
		_, isExpr := n.(syntax.Expr)
		return !isExpr
	})
	return found
}

// commonPrefix is the length of the longest prefix a and b share.
func commonPrefix(a, b []byte) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// commonSuffix is the length of the longest suffix a and b share.
func commonSuffix(a, b []byte) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[len(a)-1-i] != b[len(b)-1-i] {
			return i
		}
	}
	return n
}
