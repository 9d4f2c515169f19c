package vm_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/vm"
)

// runProgram runs a program file in a fresh VM and returns what it wrote
// and its exit status.
func runProgram(t *testing.T, path string, args []string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m := vm.New(vm.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(""), Argv: append([]string{path}, args...)})
	err := m.RunFile(path)
	status := 0
	// CPython 3.11 shows the main script's absolute path; the expected
	// outputs are recorded relative to the vm directory.
	wd, _ := os.Getwd()
	strip := func(s string) string { return strings.ReplaceAll(s, wd+"/", "") }
	var exit *vm.ExitError
	if errors.As(err, &exit) {
		status = exit.Code
	}
	return strip(stdout.String()), strip(stderr.String()), status
}

func readOptional(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return ""
	}
	require.NoError(t, err)
	return string(b)
}

// TestCorpus runs every program of the differential corpus and compares
// stdout, stderr and the exit status with what CPython 3.11 printed
// (testdata/gen.sh records it).
func TestCorpus(t *testing.T) {
	programs, err := filepath.Glob("testdata/corpus/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, programs)
	known := knownFailuresIn(t, "testdata/corpus/KNOWN_FAILURES")
	for _, py := range programs {
		name := strings.TrimSuffix(filepath.Base(py), ".py")
		if strings.HasPrefix(name, "_") {
			continue // a module that programs import, not a program
		}
		t.Run(name, func(t *testing.T) {
			base := strings.TrimSuffix(py, ".py")
			var args []string
			if a := readOptional(t, base+".args"); a != "" {
				args = strings.Fields(a)
			}
			wantOut := readOptional(t, base+".out")
			wantErr := readOptional(t, base+".err")
			wantStatus := 0
			if s := strings.TrimSpace(readOptional(t, base+".exit")); s != "" {
				wantStatus, err = strconv.Atoi(s)
				require.NoError(t, err)
			}
			out, errOut, status := runProgram(t, py, args)
			same := out == wantOut && errOut == wantErr && status == wantStatus
			if reason, ok := known[name]; ok {
				if same {
					t.Fatalf("%s now matches CPython: take it off testdata/corpus/KNOWN_FAILURES", name)
				}
				t.Skipf("known difference from CPython: %s", reason)
			}
			assert.Equal(t, wantOut, out, "stdout")
			assert.Equal(t, wantErr, errOut, "stderr")
			assert.Equal(t, wantStatus, status, "exit status")
		})
	}
}

// TestCorpusExpectationsAreCPythons regenerates the expected outputs with
// CPython and checks they are the ones checked in, so that they can never
// drift from the oracle.
func TestCorpusExpectationsAreCPythons(t *testing.T) {
	if testing.Short() {
		t.Skip("runs CPython over the whole corpus")
	}
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		t.Skip("CPython 3.11 (/usr/bin/python3) is not installed")
	}
	dir := t.TempDir()
	cmd := exec.Command("testdata/gen.sh", dir)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	for _, ext := range []string{"*.out", "*.err", "*.exit"} {
		want, _ := filepath.Glob(filepath.Join("testdata/corpus", ext))
		got, _ := filepath.Glob(filepath.Join(dir, ext))
		assert.Equal(t, len(want), len(got), "number of %s files", ext)
		for _, g := range got {
			checked := filepath.Join("testdata/corpus", filepath.Base(g))
			assert.Equal(t, readOptional(t, checked), readOptional(t, g), "%s differs from CPython's output", checked)
		}
	}
}
