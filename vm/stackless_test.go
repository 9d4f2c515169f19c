package vm_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// referenceDir holds the transcripts recorded from real Stackless Python
// 3.7.5, beside the repository.
const referenceDir = "../../shared/stackless-reference"

// TestStacklessReference runs every program of the reference folder the
// way it was recorded (from that folder, by file name) and requires the
// same stdout and stderr, byte for byte.
func TestStacklessReference(t *testing.T) {
	programs, _ := filepath.Glob(filepath.Join(referenceDir, "p*.py"))
	if len(programs) == 0 {
		t.Skip("the shared stackless-reference folder is not beside the repository")
	}
	wd, err := os.Getwd()
	require.NoError(t, err)
	for _, py := range programs {
		name := filepath.Base(py)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			require.NoError(t, os.Chdir(referenceDir))
			defer os.Chdir(wd)
			want, err := os.ReadFile(strings.TrimSuffix(name, ".py") + ".out")
			require.NoError(t, err)
			wantErr, _ := os.ReadFile(strings.TrimSuffix(name, ".py") + ".err")
			out, errOut, status := runProgram(t, name, nil)
			assert.Equal(t, string(want), out, "stdout")
			assert.Equal(t, string(wantErr), errOut, "stderr")
			assert.Equal(t, 0, status, "exit status")
		})
	}
}
