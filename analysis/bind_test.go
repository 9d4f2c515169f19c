package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBindCompletesAsAnalyze holds Bind to its promise: at every dot and
// line end of the test programs, and with a dot typed at each line end
// (the text a completion request usually comes with), its result offers
// what Analyze's does, although the checks never ran on it to fill the
// inferred types first.
func TestBindCompletesAsAnalyze(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		full, bound := Analyze(file, src, Options{}), Bind(file, src, Options{})
		for off, c := range src {
			at := int32(off)
			switch c {
			case '.':
				at++
			case '\n':
			default:
				continue
			}
			assert.Equal(t, labels(full.Complete(at)), labels(bound.Complete(at)), "%s at %d: %q", file, at, lineBefore(src, at))
		}
		for off, c := range src {
			if c != '\n' || off == 0 || src[off-1] == '\n' {
				continue
			}
			typed := append(append(src[:off:off], '.'), src[off:]...)
			at := int32(off + 1)
			full, bound := Analyze(file, typed, Options{}), Bind(file, typed, Options{})
			assert.Equal(t, labels(full.Complete(at)), labels(bound.Complete(at)), "%s with a dot at %d: %q", file, at, lineBefore(typed, at))
		}
	}
}

func labels(cs []Completion) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Label+":"+c.Kind.String())
	}
	return strings.Join(out, " ")
}
