package syntax_test

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/syntax"
)

func parse(t *testing.T, src string) (*syntax.File, syntax.ErrorList) {
	t.Helper()
	return syntax.Parse("test.py", []byte(src))
}

func mustParse(t *testing.T, src string) *syntax.File {
	t.Helper()
	f, errs := parse(t, src)
	require.Empty(t, errs, "unexpected errors")
	return f
}

// defNames lists the functions and classes defined anywhere in f, with
// their lines.
func defNames(f *syntax.File) []string {
	var out []string
	syntax.Walk(f, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.FuncDef:
			out = append(out, fmt.Sprintf("%s@%d", n.Name.Id, n.Start.Line))
		case *syntax.ClassDef:
			out = append(out, fmt.Sprintf("%s@%d", n.Name.Id, n.Start.Line))
		}
		return true
	})
	return out
}

func TestUnclosedBracketKeepsLaterDefinitions(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("import stackless\n\nresult = compute(1, [2, 3\n\n")
	for line := 5; line < 50; line += 5 {
		fmt.Fprintf(&sb, "def f%d(ch):\n    ch.send(%d)\n    return ch\n\n\n", line, line)
	}
	f, errs := parse(t, sb.String())
	require.Len(t, errs, 1)
	assert.Equal(t, "'[' was never closed", errs[0].Msg)
	assert.Equal(t, int32(3), errs[0].Start.Line)
	assert.Equal(t, int32(21), errs[0].Start.Col)
	assert.Equal(t, []string{"f5@5", "f10@10", "f15@15", "f20@20", "f25@25", "f30@30", "f35@35", "f40@40", "f45@45"}, defNames(f))
}

// A def or class header being typed leaves its bracket open; the body that
// follows (it begins with a statement keyword) ends the bracket, so the
// statements after the header still parse, as they do at the next
// top-level statement keyword.
func TestHeaderBeingTyped(t *testing.T) {
	for _, tc := range []struct {
		src  string
		tail []string
	}{
		{"def f(a, b\n    return a\n\ndef g():\n    pass\nclass K:\n    pass\n", []string{"g@4", "K@6"}},
		{"def f(a:\n    pass\n\ndef g():\n    pass\nclass K:\n    pass\n", []string{"g@4", "K@6"}},
		{"class C(Base,\n    def m(self):\n        pass\n\ndef g():\n    pass\nclass K:\n    pass\n", []string{"g@5", "K@7"}},
	} {
		f, errs := parse(t, tc.src)
		require.Len(t, errs, 1, tc.src)
		assert.Equal(t, "'(' was never closed", errs[0].Msg, tc.src)
		names := defNames(f)
		assert.Equal(t, tc.tail, names[len(names)-2:], tc.src)
	}
	// In other brackets, a deeper statement keyword is not a new statement
	// (it is an error, reported where it stands).
	_, errs := parse(t, "x = (1,\n    return)\n")
	require.NotEmpty(t, errs)
	assert.Equal(t, "invalid syntax", errs[0].Msg)
}

func TestEveryErrorIsReported(t *testing.T) {
	src := `def a(:
    pass

def b():
    if x
        return 1

def c():
    return [1, 2 3]

def d():
    pass
`
	f, errs := parse(t, src)
	var got []string
	for _, e := range errs {
		got = append(got, fmt.Sprintf("%d:%d %s", e.Start.Line, e.Start.Col, e.Msg))
	}
	assert.Equal(t, []string{
		"1:7 invalid syntax",
		"5:9 expected ':'",
		"9:16 invalid syntax. Perhaps you forgot a comma?",
	}, got)
	assert.Equal(t, []string{"b@4", "c@8", "d@11"}, defNames(f))
}

func TestIndentationErrors(t *testing.T) {
	cases := []struct{ src, kind, msg string }{
		{"if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level"},
		{"if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1"},
		{"def f():\nreturn\n", "IndentationError", "expected an indented block after function definition on line 1"},
		{"a\n    b\n", "IndentationError", "unexpected indent"},
		{"if x:\n\tif y:\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation"},
	}
	for _, c := range cases {
		_, errs := parse(t, c.src)
		require.NotEmpty(t, errs, c.src)
		assert.Equal(t, c.kind, errs[0].Kind.String(), c.src)
		assert.Equal(t, c.msg, errs[0].Msg, c.src)
	}
}

func TestRejectedConstructsParseAndAreNamed(t *testing.T) {
	cases := []struct {
		src, msg string
		node     func(syntax.Node) bool
	}{
		{"async def f():\n    pass\n", "'async def' is not supported", func(n syntax.Node) bool {
			fd, ok := n.(*syntax.FuncDef)
			return ok && fd.Async
		}},
		{"x = await y\n", "'await' is not supported", func(n syntax.Node) bool { _, ok := n.(*syntax.Await); return ok }},
		{"match p:\n    case [a, *b] if a:\n        pass\n", "'match' statements are not supported", func(n syntax.Node) bool {
			m, ok := n.(*syntax.Match)
			return ok && len(m.Cases) == 1 && m.Cases[0].Guard != nil
		}},
		{"c = a @ b\n", "the '@' operator is not supported", func(n syntax.Node) bool {
			b, ok := n.(*syntax.BinaryExpr)
			return ok && b.Op == syntax.AT
		}},
		{"z = 1 + 2j\n", "complex literals are not supported", func(n syntax.Node) bool {
			l, ok := n.(*syntax.BasicLit)
			return ok && l.Kind == syntax.ImagLit && l.Value == 2.0
		}},
		{"try:\n    pass\nexcept* E:\n    pass\n", "'except*' is not supported", func(n syntax.Node) bool {
			tr, ok := n.(*syntax.Try)
			return ok && tr.Star
		}},
	}
	for _, c := range cases {
		f, errs := parse(t, c.src)
		require.Len(t, errs, 1, c.src)
		assert.Equal(t, c.msg, errs[0].Msg, c.src)
		found := false
		syntax.Walk(f, func(n syntax.Node) bool {
			found = found || c.node(n)
			return true
		})
		assert.True(t, found, "tree lacks the construct: %s", c.src)
	}
	// match stays a name where it is not a statement.
	mustParse(t, "match = 1\nmatch.x = 2\nmatch(a, b)\nprint(match)\n")
}

func TestLiterals(t *testing.T) {
	f := mustParse(t, "x = (0x_ff, 0o17, 0b101, 1_000, 12345678901234567890123, 1.5e3, .5, 'a' \"b\" '\\x41\\u00e9\\N{BULLET}', b'\\x00\\xff', r'\\n')\n")
	tup := f.Body[0].(*syntax.Assign).Value.(*syntax.Tuple)
	var vals []any
	for _, e := range tup.Elts {
		vals = append(vals, e.(*syntax.BasicLit).Value)
	}
	big, _ := new(big.Int).SetString("12345678901234567890123", 10)
	assert.Equal(t, []any{int64(255), int64(15), int64(5), int64(1000), big, 1500.0, 0.5, "abAé•", []byte{0, 255}, `\n`}, vals)
}

func TestFString(t *testing.T) {
	f := mustParse(t, "s = f'a{x!r:>{w}}b{y=}{{c}}'\n")
	fs := f.Body[0].(*syntax.Assign).Value.(*syntax.FString)
	require.Len(t, fs.Values, 5)
	assert.Equal(t, "a", fs.Values[0].(*syntax.BasicLit).Value)
	fv := fs.Values[1].(*syntax.FormattedValue)
	assert.Equal(t, byte('r'), fv.Conversion)
	assert.Equal(t, "x", fv.Value.(*syntax.Name).Id)
	assert.Equal(t, int32(9), fv.Value.Span().Start.Col, "nested expressions carry file positions")
	require.NotNil(t, fv.Spec)
	assert.Equal(t, ">", fv.Spec.Values[0].(*syntax.BasicLit).Value)
	assert.Equal(t, "w", fv.Spec.Values[1].(*syntax.FormattedValue).Value.(*syntax.Name).Id)
	assert.Equal(t, "by=", fs.Values[2].(*syntax.BasicLit).Value)
	dbg := fs.Values[3].(*syntax.FormattedValue)
	assert.Equal(t, "y=", dbg.Debug)
	assert.Equal(t, byte('r'), dbg.Conversion)
	assert.Equal(t, "{c}", fs.Values[4].(*syntax.BasicLit).Value)

	_, errs := parse(t, "f'{}'\n")
	require.NotEmpty(t, errs)
	assert.Equal(t, "f-string: empty expression not allowed", errs[0].Msg)
	_, errs = parse(t, "f'{a'\n")
	require.NotEmpty(t, errs)
	assert.Equal(t, "f-string: expecting '}'", errs[0].Msg)
}

func TestDocstringsAndComments(t *testing.T) {
	f := mustParse(t, "\"\"\"Module doc.\"\"\"\n# a comment\ndef f():\n    'Function doc.'\n    return 1  # trailing\n")
	doc, ok := syntax.Docstring(f.Body)
	require.True(t, ok)
	assert.Equal(t, "Module doc.", doc.Value)
	fdoc, ok := syntax.Docstring(f.Body[1].(*syntax.FuncDef).Body)
	require.True(t, ok)
	assert.Equal(t, "Function doc.", fdoc.Value)
	require.Len(t, f.Comments, 2)
	assert.Equal(t, "# a comment", f.Comments[0].Text)
	assert.Equal(t, "# trailing", f.Comments[1].Text)
	assert.Equal(t, int32(5), f.Comments[1].Start.Line)
}

func TestNodeAt(t *testing.T) {
	src := "def f(ch):\n    ch.send(value + 1)\n"
	f := mustParse(t, src)
	off := int32(strings.Index(src, "value") + 2)
	path := syntax.PathTo(f, off)
	require.NotEmpty(t, path)
	name, ok := path[len(path)-1].(*syntax.Name)
	require.True(t, ok)
	assert.Equal(t, "value", name.Id)
	var kinds []string
	for _, n := range path {
		kinds = append(kinds, fmt.Sprintf("%T", n))
	}
	assert.Equal(t, []string{"*syntax.File", "*syntax.FuncDef", "*syntax.ExprStmt", "*syntax.Call", "*syntax.BinaryExpr", "*syntax.Name"}, kinds)

	attr := syntax.NodeAt(f, int32(strings.Index(src, "send")))
	assert.Equal(t, "send", attr.(*syntax.Name).Id)
	assert.Nil(t, syntax.NodeAt(f, 1000))
}

func TestParseExpr(t *testing.T) {
	x, errs := syntax.ParseExpr("a[1:2] + f(*b, k=c)")
	require.Empty(t, errs)
	_, ok := x.(*syntax.BinaryExpr)
	assert.True(t, ok)
	_, errs = syntax.ParseExpr("a +")
	assert.NotEmpty(t, errs)
}

func TestFirstErrorPrefersTokenizerErrors(t *testing.T) {
	_, errs := parse(t, "x = = 1\ns = \"abc\n")
	require.Len(t, errs, 2)
	assert.False(t, errs[0].FromTokenizer(), "%v", errs[0])
	assert.True(t, errs[1].FromTokenizer(), "%v", errs[1])
	assert.Same(t, errs[1], syntax.FirstError(errs))
	assert.Nil(t, syntax.FirstError(nil))
}

func TestCodingCookieDecodes(t *testing.T) {
	src := []byte("# -*- coding: cp1252 -*-\ns = '\x80\xe9'; t = 1\n")
	f, errs := syntax.Parse("test.py", src)
	require.Empty(t, errs)
	lit := f.Body[0].(*syntax.Assign).Value.(*syntax.BasicLit)
	assert.Equal(t, "€é", lit.Value)
	// Positions count bytes of the decoded text, as CPython's col_offset.
	second := f.Body[1].(*syntax.Assign)
	assert.Equal(t, int32(14), second.Start.Col)
	text := syntax.SourceText(src)
	assert.Equal(t, "t", text[second.Start.Offset:second.Targets[0].Span().End.Offset])
}
