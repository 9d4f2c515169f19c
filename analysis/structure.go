package analysis

import "tasklet/syntax"

// Folds returns the ranges an editor can fold: every compound statement
// that spans several lines, and runs of consecutive import statements.
func (r *Result) Folds() []syntax.Range {
	var out []syntax.Range
	syntax.Walk(r.File, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.FuncDef, *syntax.ClassDef, *syntax.If, *syntax.For, *syntax.While,
			*syntax.With, *syntax.Try, *syntax.ExceptHandler, *syntax.Match, *syntax.MatchCase:
			if rng := n.Span(); rng.End.Line > rng.Start.Line {
				out = append(out, rng)
			}
		}
		return true
	})
	var run []syntax.Stmt
	flush := func() {
		if len(run) > 1 {
			out = append(out, syntax.Range{Start: run[0].Span().Start, End: run[len(run)-1].Span().End})
		}
		run = nil
	}
	for _, s := range r.File.Body {
		switch s.(type) {
		case *syntax.Import, *syntax.ImportFrom:
			run = append(run, s)
		default:
			flush()
		}
	}
	flush()
	sortRanges(out)
	return out
}

// SelectionRanges returns the ranges of the nodes that contain off, from
// the innermost out, without repeating a range.
func (r *Result) SelectionRanges(off int32) []syntax.Range {
	path := syntax.PathTo(r.File, off)
	var out []syntax.Range
	for i := len(path) - 1; i >= 0; i-- {
		rng := path[i].Span()
		if len(out) > 0 && out[len(out)-1] == rng {
			continue
		}
		out = append(out, rng)
	}
	return out
}
