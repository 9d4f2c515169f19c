package vm_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"tasklet/vm"
)

// runLimited runs src in a VM with an instruction limit and returns its
// stdout and stderr and RunSource's error.
func runLimited(t *testing.T, src string, max int64, sandbox bool) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := vm.New(vm.Options{Stdout: &out, Stderr: &errOut, Stdin: strings.NewReader(""),
		Argv: []string{"prog.py"}, MaxInstructions: max, Sandbox: sandbox})
	err := m.RunSource("prog.py", []byte(src))
	return out.String(), errOut.String(), err
}

// TestInstructionLimitStops runs programs that would never end, each a
// different way of looping, and requires every one to be stopped.
func TestInstructionLimitStops(t *testing.T) {
	programs := map[string]string{
		"while":         "print('start')\nwhile True:\n    pass\n",
		"for":           "import itertools\nfor i in itertools.count():\n    pass\n",
		"recursion":     "def f(n):\n    return f(n + 1)\nf(0)\n",
		"catching":      "def f():\n    f()\nwhile True:\n    try:\n        f()\n    except BaseException:\n        pass\n",
		"raising":       "while True:\n    try:\n        raise ValueError\n    except ValueError:\n        continue\n",
		"generator":     "def g():\n    while True:\n        yield 1\nfor x in g():\n    pass\n",
		"comprehension": "import itertools\n[x for x in itertools.count()]\n",
		"callback":      "def k(x):\n    return sorted([x], key=k)\nk(1)\n",
		"tasklets": `import stackless
ch = stackless.channel()
def ping():
    while True:
        ch.send(1)
def pong():
    while True:
        ch.receive()
stackless.tasklet(ping)()
stackless.tasklet(pong)()
stackless.run()
`,
		"preempted": `import stackless
def spin():
    while True:
        pass
stackless.tasklet(spin)()
stackless.tasklet(spin)()
while True:
    stackless.run(100)
`,
		"nested": "class K:\n    def __hash__(self):\n        while True:\n            pass\n{K()}\n",
	}
	for name, src := range programs {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			_, errOut, err := runLimited(t, src, 1_000_000, false)
			assert.ErrorIs(t, err, vm.ErrInstructionLimit, "stderr: %s", errOut)
			assert.Less(t, time.Since(start), 10*time.Second)
		})
	}
}

// TestInstructionLimitFinishes lets a program that fits in its limit run
// to the end, with its output.
func TestInstructionLimitFinishes(t *testing.T) {
	out, errOut, err := runLimited(t, "s = 0\nfor i in range(1000):\n    s += i\nprint(s)\n", 100_000, false)
	assert.NoError(t, err)
	assert.Equal(t, "499500\n", out)
	assert.Equal(t, "", errOut)

	// The same loop is stopped under a tenth of the instructions it needs.
	out, _, err = runLimited(t, "print('a')\nfor i in range(10000):\n    pass\nprint('b')\n", 2_000, false)
	assert.ErrorIs(t, err, vm.ErrInstructionLimit)
	assert.Equal(t, "a\n", out)

	// Preemption starts a time slice every 50 instructions; the count goes
	// on across them.
	src := `import stackless
def spin(n):
    for i in range(n):
        pass
    print("done", n)
stackless.tasklet(spin)(3000)
stackless.tasklet(spin)(2000)
while stackless.getruncount() > 1:
    t = stackless.run(50)
    if t:
        t.insert()
`
	out, errOut, err = runLimited(t, src, 100_000, false)
	assert.NoError(t, err, errOut)
	assert.Equal(t, "done 2000\ndone 3000\n", out)
	_, _, err = runLimited(t, src, 10_000, false)
	assert.ErrorIs(t, err, vm.ErrInstructionLimit)
}

// TestSandbox requires a sandboxed program to be refused the file system
// and the environment with PermissionError, and to sleep without waiting.
func TestSandbox(t *testing.T) {
	dir := t.TempDir()
	src := strings.ReplaceAll(`import os, time
start = time.monotonic()
time.sleep(30)
print("slept", time.monotonic() - start < 5)
print(os.getpid() > 0, os.cpu_count() > 0, len(os.urandom(4)))
attempts = [
    ("open", lambda: open("DIR/x", "w")),
    ("read", lambda: open("DIR/x")),
    ("mkdir", lambda: os.mkdir("DIR/d")),
    ("remove", lambda: os.remove("DIR/x")),
    ("rmdir", lambda: os.rmdir("DIR")),
    ("rename", lambda: os.rename("DIR", "DIR2")),
    ("listdir", lambda: os.listdir("DIR")),
    ("chdir", lambda: os.chdir("DIR")),
    ("putenv", lambda: os.putenv("TASKLET_SANDBOX_TEST", "1")),
]
for name, attempt in attempts:
    try:
        attempt()
        print(name, "allowed")
    except PermissionError as e:
        print(name, "refused:", e)
print(os.path.exists("DIR"))
`, "DIR", dir)
	out, errOut, err := runLimited(t, src, 0, true)
	assert.NoError(t, err, errOut)
	assert.Equal(t, `slept True
True True 4
open refused: [Errno 1] Operation not permitted: open() in the sandbox
read refused: [Errno 1] Operation not permitted: open() in the sandbox
mkdir refused: [Errno 1] Operation not permitted: mkdir() in the sandbox
remove refused: [Errno 1] Operation not permitted: remove() in the sandbox
rmdir refused: [Errno 1] Operation not permitted: rmdir() in the sandbox
rename refused: [Errno 1] Operation not permitted: rename() in the sandbox
listdir refused: [Errno 1] Operation not permitted: listdir() in the sandbox
chdir refused: [Errno 1] Operation not permitted: chdir() in the sandbox
putenv refused: [Errno 1] Operation not permitted: putenv() in the sandbox
False
`, out)
	assert.DirExists(t, dir)
	assert.NoFileExists(t, dir+"/x")
	assert.Empty(t, os.Getenv("TASKLET_SANDBOX_TEST"))
}

// TestInstructionLimitBuiltins stops programs whose time goes into single
// instructions: built-ins that loop in Go, big ints, big objects.
func TestInstructionLimitBuiltins(t *testing.T) {
	for _, src := range []string{
		"sum(iter(int, 1))",
		"sum(range(10**15))",
		"x = 10**10**8",
		"x = 7**7**9",
		"x = (1 << 10**9) * (1 << 10**9)",
		"x = [0] * 10**9",
		"x = 'ab' * 10**9",
		"x = format(1, '1000000000')",
		"x = '%1000000000d' % 1",
		"x = bytes(10**9)",
	} {
		t.Run(src, func(t *testing.T) {
			start := time.Now()
			_, errOut, err := runLimited(t, src+"\nprint('finished')\n", 1_000_000, false)
			assert.ErrorIs(t, err, vm.ErrInstructionLimit, "stderr: %s", errOut)
			// Not a timing: each of these runs for hours, or runs out of
			// memory, unless the limit cuts it short; a loaded machine
			// (or the race detector) is still far inside the bound.
			assert.Less(t, time.Since(start), 60*time.Second)
		})
	}
}

// TestHugeObjects makes objects too big for any memory: MemoryError, as in
// CPython, where Go would crash the process.
func TestHugeObjects(t *testing.T) {
	out, errOut, err := runLimited(t, `for make in [lambda: [0] * 10**10, lambda: (1,) * 2**62, lambda: b'x' * 2**62,
             lambda: 'ab' * 2**62, lambda: bytes(10**11), lambda: format(1, '100000000000'),
             lambda: '%*d' % (2**62, 1), lambda: f'{1:100000000000}']:
    try:
        make()
    except MemoryError:
        print('MemoryError')
`, 0, false)
	assert.NoError(t, err, errOut)
	assert.Equal(t, strings.Repeat("MemoryError\n", 8), out)
}
