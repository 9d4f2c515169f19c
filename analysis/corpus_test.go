package analysis

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// referenceDir holds the tasklet programs recorded from real Stackless,
// and examplesDir the project's own: correct programs, on which every
// check must stay silent.
const (
	referenceDir = "../../shared/stackless-reference"
	examplesDir  = "../examples"
)

func TestReferenceCorpusIsClean(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(referenceDir, "*.py"))
	require.NoError(t, err)
	if len(files) == 0 {
		t.Skip("no reference corpus beside the repository")
	}
	assertClean(t, files)
}

func TestExamplesAreClean(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(examplesDir, "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	assertClean(t, files)
}

func assertClean(t *testing.T, files []string) {
	for _, path := range files {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		res := Analyze(path, src, Options{})
		for _, d := range res.Diagnostics {
			assert.Fail(t, "false positive", fmt.Sprintf("%s:%d:%d: %s [%s] %s", filepath.Base(path), d.Range.Start.Line, d.Range.Start.Col, d.Severity, d.Code, d.Message))
		}
	}
}
