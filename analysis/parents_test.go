package analysis

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/syntax"
)

// TestParentIndex compares the index with parents recorded by a plain
// recursive walk, on every node of the check testdata, a large program and
// broken code.
func TestParentIndex(t *testing.T) {
	files, err := filepath.Glob("testdata/checks/*.py")
	require.NoError(t, err)
	srcs := map[string][]byte{"big.py": bigProgram(2000), "broken.py": []byte("def f(:\n  x = [1,\n\tclass\nch.send(\n")}
	for _, path := range files {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		srcs[path] = src
	}
	for path, src := range srcs {
		f, _ := syntax.Parse(path, src)
		want := map[syntax.Node]syntax.Node{}
		var record func(parent syntax.Node) func(syntax.Node) bool
		record = func(parent syntax.Node) func(syntax.Node) bool {
			return func(c syntax.Node) bool {
				if c == parent {
					return true
				}
				want[c] = parent
				syntax.Walk(c, record(c))
				return false
			}
		}
		syntax.Walk(f, record(f))
		require.NotEmpty(t, want, path)
		px := newParentIndex(f)
		for n, p := range want {
			if !assert.Same(t, p, px.of(n), "%s: parent of %T at %s", path, n, n.Span()) {
				break
			}
		}
		assert.Nil(t, px.of(f), path)
		assert.Nil(t, px.of(&syntax.Name{Id: "elsewhere"}), path)
	}
}
