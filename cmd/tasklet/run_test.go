package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "prog.py")
	writeFile(t, prog, "import sys\nprint('args', sys.argv[1:])\nraise SystemExit(int(sys.argv[1]))\n")
	got := tasklet(t, "run", prog, "3", "-x")
	assert.Equal(t, 3, got.status)
	assert.Equal(t, "args ['3', '-x']\n", got.stdout)
	assert.Empty(t, got.stderr)

	bad := filepath.Join(dir, "bad.py")
	writeFile(t, bad, "def f():\n    return 1 / 0\nf()\n")
	got = tasklet(t, "run", bad)
	assert.Equal(t, 1, got.status)
	assert.Equal(t, "Traceback (most recent call last):\n"+
		"  File \""+bad+"\", line 3, in <module>\n    f()\n"+
		"  File \""+bad+"\", line 2, in f\n    return 1 / 0\n           ~~^~~\n"+
		"ZeroDivisionError: division by zero\n", got.stderr)

	got = tasklet(t, "run", "-c", "import stackless\nch = stackless.channel()\nstackless.tasklet(ch.send)(42)\nprint(ch.receive())")
	assert.Equal(t, 0, got.status)
	assert.Equal(t, "42\n", got.stdout)

	got = tasklet(t, "run")
	assert.Equal(t, exitUsage, got.status)
	assert.Contains(t, got.stderr, "no program given")
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// With --listen, the program runs as usual with a debugger port open
// (debugger/dap's tests attach to it).
func TestRunListening(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "prog.py")
	writeFile(t, prog, "import sys\nprint('args', sys.argv[1:])\nraise SystemExit(int(sys.argv[1]))\n")
	got := tasklet(t, "run", "--listen", ":0", prog, "3", "--listen")
	assert.Equal(t, 3, got.status)
	assert.Equal(t, "args ['3', '--listen']\n", got.stdout)
	assert.Contains(t, got.stderr, "tasklet: a debugger can attach on 127.0.0.1:")

	got = tasklet(t, "run", "--listen", "nowhere", prog)
	assert.Equal(t, exitProblems, got.status)
	assert.Contains(t, got.stderr, "want HOST:PORT")

	got = tasklet(t, "run", "--listen", ":0")
	assert.Equal(t, exitUsage, got.status)
}
