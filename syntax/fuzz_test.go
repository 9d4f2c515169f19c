package syntax_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"tasklet/syntax"
)

// addSeeds seeds a fuzz target with every .py file under testdata and the
// project's examples.
func addSeeds(f *testing.F) {
	for _, pattern := range []string{"testdata/*/*.py", "testdata/*.py", "../examples/*.py"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(src)
			}
		}
	}
	for _, s := range []string{
		"", "\n", "x", "(", ")", "f'{", "'''", "\\", "\t\tif x:\n  y", "match x:\n case 1:\n  pass\n",
		"def f(a, /, b=1, *c, d, **e) -> int:\n    return (yield from g())\n",
		"x = [i async for i in y if await i]\n", "s = f'{a!r:{b}>{c}}' rb'\\x00'\n",
	} {
		f.Add([]byte(s))
	}
}

func FuzzTokenize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		pc := newPosChecker(src)
		toks, comments, errs := syntax.Tokenize(string(src))
		if len(toks) == 0 || toks[len(toks)-1].Kind != syntax.EOF {
			t.Fatalf("token stream does not end with EOF")
		}
		var prev int32
		for _, tok := range toks {
			pc.check(t, tok.Range)
			if tok.Start.Offset < prev {
				t.Fatalf("token %v at %v goes backwards", tok.Kind, tok.Range)
			}
			prev = tok.End.Offset
		}
		for _, c := range comments {
			pc.check(t, c.Range)
		}
		for _, e := range errs {
			pc.check(t, e.Range)
		}
	})
}

func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		file, errs := syntax.Parse("fuzz.py", raw)
		src := []byte(syntax.SourceText(raw)) // what positions refer to
		pc := newPosChecker(src)
		for i, e := range errs {
			pc.check(t, e.Range)
			if e.Msg == "" {
				t.Fatalf("error without a message at %v", e.Range)
			}
			if i > 0 && e.Start.Offset < errs[i-1].Start.Offset {
				t.Fatalf("errors out of order")
			}
		}
		// Every node lies within the file, and within its parent.
		var stack []syntax.Node
		var visit func(n syntax.Node)
		visit = func(n syntax.Node) {
			r := n.Span()
			pc.check(t, r)
			if len(stack) > 0 {
				pr := stack[len(stack)-1].Span()
				// A def or class starts at its keyword, after its decorators.
				switch parent := stack[len(stack)-1].(type) {
				case *syntax.FuncDef:
					if len(parent.Decorators) > 0 {
						pr.Start = parent.Decorators[0].Span().Start
					}
				case *syntax.ClassDef:
					if len(parent.Decorators) > 0 {
						pr.Start = parent.Decorators[0].Span().Start
					}
				}
				if r.Start.Offset < pr.Start.Offset || r.End.Offset > pr.End.Offset {
					t.Fatalf("%T %v outside its parent %T %v", n, r, stack[len(stack)-1], pr)
				}
			}
			stack = append(stack, n)
			syntax.Walk(n, func(c syntax.Node) bool {
				if c != n {
					visit(c)
				}
				return c == n
			})
			stack = stack[:len(stack)-1]
		}
		visit(file)
		if len(errs) == 0 && strings.Contains(string(src), "\x00") {
			t.Fatalf("a NUL byte parsed without error")
		}
	})
}

// A posChecker checks ranges against a source text. It indexes the lines
// once, so that checking every node stays linear in the input: a fuzzer
// minimizing a large input runs the target thousands of times.
type posChecker struct {
	src   []byte
	lines []int32 // offset of the first byte of each line
}

func newPosChecker(src []byte) *posChecker {
	pc := &posChecker{src: src, lines: []int32{0}}
	if strings.HasPrefix(string(src), "\xEF\xBB\xBF") {
		pc.lines[0] = 3
	}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			pc.lines = append(pc.lines, int32(i+1))
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			pc.lines = append(pc.lines, int32(i+1))
		}
	}
	return pc
}

func (pc *posChecker) check(t *testing.T, r syntax.Range) {
	t.Helper()
	if r.Start.Offset < 0 || r.End.Offset > int32(len(pc.src)) || r.Start.Offset > r.End.Offset {
		t.Fatalf("range %v (offsets %d-%d) outside the file of %d bytes", r, r.Start.Offset, r.End.Offset, len(pc.src))
	}
	if r.Start.Line < 1 || r.Start.Col < 1 || r.End.Line < r.Start.Line {
		t.Fatalf("bad range %v", r)
	}
	// Line and column agree with the offset.
	off := r.Start.Offset
	line := sort.Search(len(pc.lines), func(i int) bool { return pc.lines[i] > off })
	if line < 1 {
		line = 1
	}
	start := pc.lines[line-1]
	if off < start { // inside a byte order mark
		start = 0
	}
	col := off - start + 1
	if int32(line) != r.Start.Line || col != r.Start.Col {
		t.Fatalf("range %v starts at offset %d, which is %d:%d", r, off, line, col)
	}
}
