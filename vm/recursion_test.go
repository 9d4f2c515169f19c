package vm_test

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"tasklet/vm"
)

// runSource runs src as the main script of a fresh VM, with empty stdin,
// and returns what it printed and its exit status.
func runSource(t *testing.T, src string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := vm.New(vm.Options{Stdout: &out, Stderr: &errOut, Stdin: strings.NewReader(""), Argv: []string{"prog.py"}})
	err := m.RunSource("prog.py", []byte(src))
	var exit *vm.ExitError
	if errors.As(err, &exit) {
		status = exit.Code
	}
	return out.String(), errOut.String(), status
}

// runDeep runs a recursion program, requires it to print want and end
// normally, and logs how long it took, how much it allocated, and the
// memory the Go runtime holds from the system (which never shrinks, so it
// is the peak of the test process so far).
//
// While it runs, the Go stack is limited to 64 MB instead of 1 GB, so that
// a Python call that recursed on the Go stack (a few hundred bytes of Go
// stack at the very least) would crash the test at depth 1,000,000 rather
// than pass by luck.
func runDeep(t *testing.T, src, want string) {
	t.Helper()
	defer debug.SetMaxStack(debug.SetMaxStack(64 << 20))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	out, errOut, status := runSource(t, src)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	t.Logf("%s in %v, allocated %d MB, process peak so far %d MB", t.Name(), elapsed.Round(time.Millisecond),
		(after.TotalAlloc-before.TotalAlloc)>>20, after.Sys>>20)
	assert.Equal(t, "", errOut, "stderr")
	assert.Equal(t, 0, status, "exit status")
	assert.Equal(t, want, out, "stdout")
}

// These programs recurse far deeper than the Go stack could hold if a
// Python call recursed on it (1 GB by default: a Go-recursive interpreter
// needs kilobytes per Python frame), so they pass only while every call
// below runs on heap frames.

func deepFunction(n int) string {
	return fmt.Sprintf("def d(n): return 0 if n == 0 else 1 + d(n - 1)\nprint(d(%d))\n", n)
}

func TestRecursionFunctionMillion(t *testing.T) {
	runDeep(t, deepFunction(1000000), "1000000\n")
}

// TestRecursionFunctionTenMillion takes about 5 s and 3.2 GB here (some
// 300 bytes per frame, the frame and its boxed ints).
func TestRecursionFunctionTenMillion(t *testing.T) {
	if testing.Short() {
		t.Skip("recursion to depth 10,000,000 takes seconds and gigabytes")
	}
	runDeep(t, deepFunction(10000000), "10000000\n")
}

// TestRecursionInit recurses through instantiation: each __init__
// constructs the next instance before it returns.
func TestRecursionInit(t *testing.T) {
	runDeep(t, `
class Node:
    def __init__(self, n):
        self.n = n
        self.next = Node(n - 1) if n > 0 else None

def length(node):
    k = 0
    while node is not None:
        k += 1
        node = node.next
    return k

head = Node(1000000)
print(head.n, length(head))
`, "1000000 1000001\n")
}

// TestRecursionGetitem recurses through the subscription operator.
func TestRecursionGetitem(t *testing.T) {
	runDeep(t, `
class Deep:
    def __getitem__(self, n):
        return 0 if n == 0 else 1 + self[n - 1]

print(Deep()[1000000])
`, "1000000\n")
}

// TestRecursionSortedKey recurses through a built-in's call-back: the key
// function of sorted calls sorted again.
func TestRecursionSortedKey(t *testing.T) {
	runDeep(t, `
calls = 0
def key(n):
    global calls
    calls += 1
    if n == 0:
        return 0
    return sorted([n - 1], key=key)[0] + 1

print(sorted([3, 10000, 7], key=key), calls)
`, "[3, 7, 10000] 10013\n")
}

// TestRecursionLimit sets a limit: going past it raises RecursionError,
// which the program catches, through plain calls as through the protocols
// and call-backs above, and the program goes on.
func TestRecursionLimit(t *testing.T) {
	out, errOut, status := runSource(t, `
import sys
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())

def d(n): return 0 if n == 0 else 1 + d(n - 1)

class Node:
    def __init__(self, n):
        self.next = Node(n - 1) if n > 0 else None

class Deep:
    def __getitem__(self, n):
        return 0 if n == 0 else 1 + self[n - 1]

def key(n):
    return 0 if n == 0 else sorted([n - 1], key=key)[0] + 1

print(d(50))
for name, f in [("call", lambda: d(100000)), ("__init__", lambda: Node(100000)),
                ("__getitem__", lambda: Deep()[100000]), ("sorted", lambda: key(100000))]:
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, type(e).__name__, e)
print(d(50))
sys.setrecursionlimit(100000)
print(d(10000))
`)
	assert.Equal(t, "", errOut, "stderr")
	assert.Equal(t, 0, status, "exit status")
	assert.Equal(t, `100
50
call RecursionError maximum recursion depth exceeded
__init__ RecursionError maximum recursion depth exceeded
__getitem__ RecursionError maximum recursion depth exceeded
sorted RecursionError maximum recursion depth exceeded
50
10000
`, out)
}

// TestRecursionLimitUncaught lets RecursionError end the program: a
// traceback on stderr and exit status 1.
func TestRecursionLimitUncaught(t *testing.T) {
	out, errOut, status := runSource(t, `
import sys
sys.setrecursionlimit(50)
def d(n): return 0 if n == 0 else 1 + d(n - 1)
print("before")
d(1000)
print("after")
`)
	assert.Equal(t, "before\n", out)
	assert.Equal(t, 1, status)
	assert.True(t, strings.HasPrefix(errOut, "Traceback (most recent call last):\n"), errOut)
	assert.True(t, strings.HasSuffix(errOut, "RecursionError: maximum recursion depth exceeded\n"), errOut)
}
