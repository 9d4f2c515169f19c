package analysis

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/analysis/modpath"
)

// referenceDir holds the tasklet programs recorded from real Stackless,
// and examplesDir the project's own: correct programs, on which every
// check must stay silent.
const (
	referenceDir = "../../shared/stackless-reference"
	examplesDir  = "../examples"
	// projectCorpusDir holds the VM's own tasklet programs, many of which
	// fail on purpose: testdata/project_corpus_reports.txt lists what is
	// reported there.
	projectCorpusDir = "../vm/testdata/stackless"
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

// TestProjectCorpusReports requires the reports on the project's tasklet
// corpus to be exactly the genuine ones listed, as "file:line code", with
// imports resolved as tasklet check resolves them.
func TestProjectCorpusReports(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(projectCorpusDir, "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	list, err := os.ReadFile("testdata/project_corpus_reports.txt")
	require.NoError(t, err)
	var want []string
	for _, line := range strings.Split(string(list), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			want = append(want, line)
		}
	}
	var got []string
	for _, path := range files {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		imports := modpath.Importer(modpath.SearchPath(path, ""), modpath.ReadDisk)
		for _, d := range Analyze(path, src, Options{Import: imports}).Diagnostics {
			got = append(got, fmt.Sprintf("%s:%d %s", filepath.Base(path), d.Range.Start.Line, d.Code))
		}
	}
	assert.ElementsMatch(t, want, got)
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
