package analysis

import (
	"fmt"

	"tasklet/syntax"
)

// checkUnreachable reports statements that can never run: the rest of a
// block after a return, raise, break or continue, after an if whose every
// branch leaves, after a try that leaves on every path, and after a
// "while True" loop that no break ends. Such code usually means a
// statement was put on the wrong indentation level. Code is "unreachable",
// as other Python tools call it; editors fade the range.
func checkUnreachable(r *Result) []Diagnostic {
	var out []Diagnostic
	var block func(ss []syntax.Stmt, ctx flowContext)
	block = func(ss []syntax.Stmt, ctx flowContext) {
		for i, s := range ss {
			switch s := s.(type) {
			case *syntax.FuncDef:
				block(s.Body, flowContext{inFunc: true})
			case *syntax.ClassDef:
				block(s.Body, flowContext{})
			case *syntax.For:
				block(s.Body, flowContext{inFunc: ctx.inFunc, inLoop: true})
				block(s.Orelse, ctx)
			case *syntax.While:
				block(s.Body, flowContext{inFunc: ctx.inFunc, inLoop: true})
				block(s.Orelse, ctx)
			default:
				for _, inner := range stmtLists(s) {
					block(inner, ctx)
				}
			}
			if i+1 == len(ss) {
				return
			}
			why := ctx.leaves(s)
			if why == "" {
				continue
			}
			rest := syntax.Range{Start: ss[i+1].Span().Start, End: ss[len(ss)-1].Span().End}
			out = append(out, Diagnostic{Range: rest, Severity: Hint, Code: "unreachable", Unnecessary: true,
				Message: fmt.Sprintf("unreachable code: %s on line %d, so this never runs", why, s.Span().Start.Line),
				Related: []Related{{Range: s.Span(), Message: "control never gets past this statement"}}})
			// What follows is not checked again: one report per block.
			return
		}
	}
	block(r.File.Body, flowContext{})
	return out
}

// flowContext says where a block stands. A return outside a function, or
// a break outside a loop, is a syntax error of its own (see checkContext)
// and does not make what follows unreachable as well.
type flowContext struct {
	inFunc, inLoop bool
}

// leaves says why control never reaches the statement after s, or "" when
// it may.
func (ctx flowContext) leaves(s syntax.Stmt) string {
	switch s := s.(type) {
	case *syntax.Return:
		if ctx.inFunc {
			return "the function returns"
		}
	case *syntax.Raise:
		return "an exception is raised"
	case *syntax.BranchStmt:
		switch {
		case !ctx.inLoop:
		case s.Kind == syntax.BREAK:
			return "the loop is left"
		case s.Kind == syntax.CONTINUE:
			return "the loop goes on to its next turn"
		}
	case *syntax.If:
		if len(s.Orelse) > 0 && ctx.blockLeaves(s.Body) && ctx.blockLeaves(s.Orelse) {
			return "every branch of the if leaves"
		}
	case *syntax.While:
		if isConstTrue(s.Test) && !breaksOut(s.Body) {
			return "the while loop never ends (nothing breaks out of it)"
		}
	case *syntax.Try:
		if ctx.blockLeaves(s.Finally) {
			return "the finally clause leaves"
		}
		if !ctx.blockLeaves(s.Body) {
			return ""
		}
		for _, h := range s.Handlers {
			if !ctx.blockLeaves(h.Body) {
				return ""
			}
		}
		return "every path through the try leaves"
	}
	return ""
}

func (ctx flowContext) blockLeaves(ss []syntax.Stmt) bool {
	for _, s := range ss {
		if ctx.leaves(s) != "" {
			return true
		}
	}
	return false
}

// isConstTrue reports a loop condition that is always true: True or a
// non-zero integer literal.
func isConstTrue(x syntax.Expr) bool {
	lit, ok := x.(*syntax.BasicLit)
	if !ok {
		return false
	}
	switch lit.Kind {
	case syntax.TrueLit:
		return true
	case syntax.IntLit:
		v, ok := lit.Value.(int64)
		return !ok || v != 0
	}
	return false
}

// breaksOut reports a break in a loop body that ends that loop: not one
// in a nested loop's body, but one in a nested loop's else clause.
func breaksOut(body []syntax.Stmt) bool {
	found := false
	for _, s := range body {
		syntax.Walk(s, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.FuncDef, *syntax.ClassDef, *syntax.Lambda:
				return false
			case *syntax.For:
				found = found || breaksOut(n.Orelse)
				return false
			case *syntax.While:
				found = found || breaksOut(n.Orelse)
				return false
			case *syntax.BranchStmt:
				found = found || n.Kind == syntax.BREAK
			}
			return !found
		})
	}
	return found
}
