package vm_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/vm"
)

// quietListener ignores the events its embedder does not record.
type quietListener struct{}

func (quietListener) Breakpoint(t *vm.Tasklet, f *vm.Frame)                        {}
func (quietListener) Paused(t *vm.Tasklet, f *vm.Frame)                            {}
func (quietListener) Line(t *vm.Tasklet, f *vm.Frame)                              {}
func (quietListener) Entered(t *vm.Tasklet, f *vm.Frame)                           {}
func (quietListener) Exception(t *vm.Tasklet, f *vm.Frame, err error, re, un bool) {}
func (quietListener) Deadlock(t *vm.Tasklet, f *vm.Frame)                          {}

// lineRecorder is a listener that writes down every line event.
type lineRecorder struct {
	quietListener
	lines []string
}

func (r *lineRecorder) Line(t *vm.Tasklet, f *vm.Frame) {
	r.lines = append(r.lines, fmt.Sprintf("%s:%d", f.Name(), f.Line()))
}

// TestLineEventsAreCPythons runs each program of testdata/trace with line
// events on, and compares them with the ones CPython's sys.settrace gives
// (NAME.out, written by testdata/trace/gen.py).
func TestLineEventsAreCPythons(t *testing.T) {
	paths, err := filepath.Glob("testdata/trace/*.py")
	require.NoError(t, err)
	for _, path := range paths {
		if filepath.Base(path) == "gen.py" {
			continue
		}
		t.Run(strings.TrimSuffix(filepath.Base(path), ".py"), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".out")
			require.NoError(t, err)
			var out bytes.Buffer
			m := vm.New(vm.Options{Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
			rec := &lineRecorder{}
			m.SetListener(rec)
			abs, err := filepath.Abs(path)
			require.NoError(t, err)
			m.SetLineEvents(func(c *vm.Code) (bool, []int) { return c.Filename == abs, nil })
			require.NoError(t, m.RunFile(path), out.String())
			assert.Equal(t, string(want), strings.Join(rec.lines, "\n")+"\n")
		})
	}
}

// TestLineEventExpectationsAreCPythons regenerates the expected line
// events with CPython and checks that the checked-in ones match.
func TestLineEventExpectationsAreCPythons(t *testing.T) {
	const python = "/usr/bin/python3"
	if _, err := os.Stat(python); err != nil {
		t.Skip("no CPython at " + python)
	}
	dir := t.TempDir()
	cmd := exec.Command(python, "testdata/trace/gen.py", dir)
	outb, err := cmd.CombinedOutput()
	require.NoError(t, err, string(outb))
	fresh, err := filepath.Glob(filepath.Join(dir, "*.out"))
	require.NoError(t, err)
	require.NotEmpty(t, fresh)
	for _, p := range fresh {
		got, err := os.ReadFile(p)
		require.NoError(t, err)
		want, err := os.ReadFile(filepath.Join("testdata/trace", filepath.Base(p)))
		require.NoError(t, err)
		assert.Equal(t, string(got), string(want), "testdata/trace/%s differs from CPython's", filepath.Base(p))
	}
}

// Without SetLineEvents, a listener hears no lines.
func TestNoLineEventsUnlessAsked(t *testing.T) {
	var out bytes.Buffer
	m := vm.New(vm.Options{Stdout: &out, Stderr: &out, Stdin: strings.NewReader("")})
	rec := &lineRecorder{}
	m.SetListener(rec)
	require.NoError(t, m.RunSource("prog.py", []byte("x = 1\nfor i in range(3):\n    x += i\nprint(x)\n")))
	assert.Equal(t, "4\n", out.String())
	assert.Empty(t, rec.lines)
}
