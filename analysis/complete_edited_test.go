package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCompleteEditedAsBind types a dot, and apart a letter, after every
// expression of the test programs that ends at a line's end or before a
// closing bracket or comma; wherever CompleteEdited answers from the
// analysis of the text before, its answer must be the one the new text
// gives.
func TestCompleteEditedAsBind(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*.py")
	require.NoError(t, err)
	answered := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		res := Analyze(file, src, Options{})
		for off := 1; off < len(src); off++ {
			if !isIdentByte(src[off-1]) && src[off-1] != ')' && src[off-1] != ']' || !strings.ContainsRune("\n),]", rune(src[off])) {
				continue
			}
			for _, c := range []byte(".x") {
				typed := append(append(src[:off:off], c), src[off:]...)
				got, ok := res.CompleteEdited(typed, int32(off+1))
				if !ok {
					continue
				}
				answered++
				want := Bind(file, typed, Options{}).Complete(int32(off + 1))
				assert.Equal(t, labels(want), labels(got), "%s, %q typed at %d: %q", file, c, off, lineBefore(typed, int32(off+1)))
			}
		}
	}
	assert.Greater(t, answered, 100, "CompleteEdited answered too seldom to test")
}

// TestCompleteEdited shows what CompleteEdited answers from the old text's
// analysis and what it leaves to an analysis of the new text. In each
// case, the old text is "before" with "|" removed and the new one "after",
// with the cursor at its "|".
func TestCompleteEdited(t *testing.T) {
	const class = "class Worker:\n    def __init__(self, n):\n        self.n = n\n\n    def step(self):\n        return self.n\n\n\n"
	for _, c := range []struct {
		name, before, after string
		want                []string // nil: not answered
	}{
		{"dot after a call", "Worker(2)|\n", "Worker(2).|\n", []string{"n", "step"}},
		{"dot and name", "w = Worker(2)\nw|\nprint(w)\n", "w = Worker(2)\nw.st|\nprint(w)\n", []string{"step"}},
		{"in a function", "def f():\n    w = Worker(2)\n    w|\n", "def f():\n    w = Worker(2)\n    w.|\n", []string{"n", "step"}},
		{"inside a call", "w = Worker(2)\nprint(w|)\n", "w = Worker(2)\nprint(w.|)\n", []string{"n", "step"}},
		{"the line binds", "w = Worker(2)\nv = w|\n", "w = Worker(2)\nv = w.|\n", nil},
		{"the line returns", "def f(w):\n    return w|\n", "def f(w):\n    return w.|\n", nil},
		{"a comprehension", "ws = [Worker(1)]\n[v| for v in ws]\n", "ws = [Worker(1)]\n[v.| for v in ws]\n", nil},
		{"part of a longer statement", "w = Worker(2)\nprint(\n    w|\n)\n", "w = Worker(2)\nprint(\n    w.|\n)\n", nil},
		{"a bracket left open", "w = Worker(2)\nw|\n", "w = Worker(2)\nprint(w.|\n", nil},
		{"another line edited", "w = Worker(2)\nw|\n", "w = Worker(1)\nw.|\n", nil},
		{"a line added", "w = Worker(2)\n|\n", "w = Worker(2)\nw.|\n", nil},
		{"indentation changed", "def f():\n    w = Worker(2)\n    w|\n", "def f():\n    w = Worker(2)\n      w.|\n", nil},
		{"a name", "w = Worker(2)\nW|\n", "w = Worker(2)\nWo|\n", []string{"Worker"}},
		{"a name on a new line", "w = Worker(2)\n|\n", "w = Worker(2)\nW|\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			old := class + strings.Replace(c.before, "|", "", 1)
			after := class + c.after
			off := int32(strings.Index(after, "|"))
			text := []byte(strings.Replace(after, "|", "", 1))
			got, ok := Analyze("t.py", []byte(old), Options{}).CompleteEdited(text, off)
			if c.want == nil {
				assert.False(t, ok, "answered %v", got)
				return
			}
			require.True(t, ok)
			var names []string
			for _, g := range got {
				names = append(names, g.Label)
			}
			assert.Equal(t, c.want, names)
			assert.Equal(t, labels(Bind("t.py", text, Options{}).Complete(off)), labels(got))
		})
	}
}
