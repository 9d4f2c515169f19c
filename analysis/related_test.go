package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTaskletChecksGiveRelatedLocations: every tasklet check points at a
// second place that explains it (where the channel, the function or the
// tasklet comes from), on the check tests.
func TestTaskletChecksGiveRelatedLocations(t *testing.T) {
	files, err := filepath.Glob("testdata/checks/tl*.py")
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, path := range files {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		for _, d := range Analyze(path, src, Options{}).Diagnostics {
			if !strings.HasPrefix(d.Code, "TL") {
				continue
			}
			seen[d.Code] = true
			if assert.NotEmpty(t, d.Related, "%s:%d [%s] %s", path, d.Range.Start.Line, d.Code, d.Message) {
				for _, rel := range d.Related {
					assert.True(t, rel.Range.Start.IsValid() && rel.Message != "", "%s:%d [%s]: %+v", path, d.Range.Start.Line, d.Code, rel)
				}
			}
		}
	}
	assert.Len(t, seen, 13, "every tasklet check has a test: %v", seen)
}
