package vm_test

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The stackless corpus (testdata/stackless) holds tasklet programs whose
// expected outputs come from pypy3 (testdata/stackless-gen.sh) or, where
// PyPy's emulation disagrees with the Stackless docs, were written by hand;
// such a program says so on its first line and names the doc section.
const stacklessCorpus = "testdata/stackless"

// byHandLine is the first line of a program whose expected output was
// written by hand: "# expected: by hand, <doc file>, <section>".
var byHandLine = regexp.MustCompile(`^# expected: by hand, ([A-Za-z0-9_./-]+\.(?:rst|md))\b`)

// stacklessPrograms lists the corpus programs by name.
func stacklessPrograms(t *testing.T) []string {
	programs, err := filepath.Glob(filepath.Join(stacklessCorpus, "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, programs)
	var names []string
	for _, py := range programs {
		name := strings.TrimSuffix(filepath.Base(py), ".py")
		if !strings.HasPrefix(name, "_") {
			names = append(names, name)
		}
	}
	return names
}

// firstLine returns the first line of a file.
func firstLine(t *testing.T, path string) string {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	return sc.Text()
}

// byHand reports whether a corpus program's expected output was written by
// hand, and which doc file it names.
func byHand(t *testing.T, name string) (bool, string) {
	line := firstLine(t, filepath.Join(stacklessCorpus, name+".py"))
	if !strings.HasPrefix(line, "# expected: by hand") {
		return false, ""
	}
	m := byHandLine.FindStringSubmatch(line)
	if m == nil {
		return true, ""
	}
	return true, m[1]
}

// knownFailuresIn reads a KNOWN_FAILURES file: "name: reason" lines, for
// the programs the VM does not yet run as expected. They are reported as
// skipped; one that starts passing fails its test until it is taken off
// the list, so that the list cannot go stale.
func knownFailuresIn(t *testing.T, path string) map[string]string {
	known := map[string]string{}
	for _, line := range strings.Split(readOptional(t, path), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, ":")
		known[strings.TrimSpace(name)] = strings.TrimSpace(reason)
	}
	return known
}

// TestStacklessCorpus runs every program of the stackless corpus in the VM
// and compares stdout, stderr and the exit status with the expectations,
// byte for byte.
func TestStacklessCorpus(t *testing.T) {
	known := knownFailuresIn(t, filepath.Join(stacklessCorpus, "KNOWN_FAILURES"))
	for _, name := range stacklessPrograms(t) {
		t.Run(name, func(t *testing.T) {
			base := filepath.Join(stacklessCorpus, name)
			wantOut := readOptional(t, base+".out")
			wantErr := readOptional(t, base+".err")
			wantStatus := 0
			if s := strings.TrimSpace(readOptional(t, base+".exit")); s != "" {
				var err error
				wantStatus, err = strconv.Atoi(s)
				require.NoError(t, err)
			}
			out, errOut, status := runProgram(t, base+".py", nil)
			same := out == wantOut && errOut == wantErr && status == wantStatus
			if reason, ok := known[name]; ok {
				if same {
					t.Fatalf("%s now matches: take it off %s/KNOWN_FAILURES", name, stacklessCorpus)
				}
				t.Skipf("known difference: %s", reason)
			}
			assert.Equal(t, wantOut, out, "stdout")
			assert.Equal(t, wantErr, errOut, "stderr")
			assert.Equal(t, wantStatus, status, "exit status")
		})
	}
	for name := range known {
		_, err := os.Stat(filepath.Join(stacklessCorpus, name+".py"))
		assert.NoError(t, err, "KNOWN_FAILURES names a program that does not exist")
	}
}

// TestStacklessCorpusByHand checks the programs whose expectations were
// written by hand: each names a doc file that exists and has its expected
// stdout checked in.
func TestStacklessCorpusByHand(t *testing.T) {
	docs := filepath.Join(filepath.Dir(referenceDir), "stackless-docs")
	_, err := os.Stat(docs)
	haveDocs := err == nil
	for _, name := range stacklessPrograms(t) {
		hand, doc := byHand(t, name)
		if !hand {
			continue
		}
		if !assert.NotEmpty(t, doc, "%s: the first line must read \"# expected: by hand, <doc file>, <section>\"", name) {
			continue
		}
		_, err := os.Stat(filepath.Join(stacklessCorpus, name+".out"))
		assert.NoError(t, err, "%s: a by-hand program needs its expected stdout", name)
		if haveDocs {
			_, inDocs := os.Stat(filepath.Join(docs, doc))
			_, inShared := os.Stat(filepath.Join(filepath.Dir(referenceDir), doc))
			assert.True(t, inDocs == nil || inShared == nil, "%s names %s, which is not in the shared docs", name, doc)
		}
	}
}

// TestStacklessCorpusExpectationsArePyPys reruns the generator into a
// temporary folder and checks that the expectations checked in for every
// program not written by hand are exactly what pypy3 prints.
func TestStacklessCorpusExpectationsArePyPys(t *testing.T) {
	if testing.Short() {
		t.Skip("runs pypy3 over the stackless corpus")
	}
	if _, err := exec.LookPath("pypy3"); err != nil {
		t.Skip("pypy3 is not installed")
	}
	dir := t.TempDir()
	cmd := exec.Command("testdata/stackless-gen.sh", dir)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	generated := 0
	for _, name := range stacklessPrograms(t) {
		hand, _ := byHand(t, name)
		for _, ext := range []string{".out", ".err", ".exit"} {
			got := filepath.Join(dir, name+ext)
			checked := filepath.Join(stacklessCorpus, name+ext)
			_, gotErr := os.Stat(got)
			_, checkedErr := os.Stat(checked)
			if hand {
				assert.Error(t, gotErr, "the generator wrote %s%s, which is written by hand", name, ext)
				continue
			}
			assert.Equal(t, checkedErr == nil, gotErr == nil, "%s: checked in %v, generated %v", checked, checkedErr == nil, gotErr == nil)
			assert.Equal(t, readOptional(t, checked), readOptional(t, got), "%s differs from pypy3's output", checked)
		}
		if !hand {
			generated++
		}
	}
	t.Logf("%d programs generated by pypy3", generated)
}
