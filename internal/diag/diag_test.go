package diag

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/syntax"
)

func TestSyntaxError(t *testing.T) {
	e := &syntax.Error{
		Range: syntax.Range{
			Start: syntax.Pos{Offset: 40, Line: 3, Col: 9},
			End:   syntax.Pos{Offset: 41, Line: 3, Col: 10},
		},
		Kind: syntax.TabError,
		Msg:  "inconsistent use of tabs and spaces in indentation",
	}
	assert.Equal(t, "a/b.py:3:9: inconsistent use of tabs and spaces in indentation", SyntaxError("a/b.py", e))
}

func TestReadError(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.py")
	_, err := os.ReadFile(missing)
	require.Error(t, err)
	assert.Equal(t, missing+": no such file or directory", ReadError(missing, err))

	// An error that does not repeat the path is kept whole.
	assert.Equal(t, "x.py: disk on fire", ReadError("x.py", errors.New("disk on fire")))
}
