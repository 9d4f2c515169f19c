package vm_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/vm"
	"tasklet/vm/pystr"
)

// fuzzInstructions is the instruction budget of one fuzzed program: enough
// for all but three of the corpus programs (which recurse or loop a
// hundred thousand times), and a program that loops forever is stopped
// within about 20 ms.
const fuzzInstructions = 1_000_000

// fuzzTimeout is how long a program may take: a million instructions take
// well under a second, so a program that runs longer does a lot of work in
// built-ins, or never ends.
const fuzzTimeout = 10 * time.Second

// FuzzRun feeds programs through the whole VM, compile and run, and
// requires that no Go panic reaches the caller: every way a program can
// fail must be a Python exception (or the instruction limit), never the
// VM's report of an internal error.
//
// The programs run sandboxed (no file system, no environment, time.sleep
// does not wait) with an instruction budget, an empty stdin and their
// output discarded, so that no program can hang the fuzzer or touch the
// machine. TASKLET_PANIC makes an internal error (a Go panic inside the
// VM) panic on out of RunSource with its Go stack, which the fuzzer then
// records as a failure; an internal error that became a SystemError
// exception instead is caught on stderr.
//
// Run it with: go test -run XXX -fuzz FuzzRun -parallel 1 ./vm
func FuzzRun(f *testing.F) {
	f.Setenv("TASKLET_PANIC", "1")
	f.Setenv("TASKLETPATH", "")
	// String methods make results up to pystr.MaxLen long without
	// counting them against the instruction limit; 64 MB is plenty.
	maxLen := pystr.MaxLen
	pystr.MaxLen = 64 << 20
	f.Cleanup(func() { pystr.MaxLen = maxLen })
	corpus, err := filepath.Abs("testdata/corpus")
	require.NoError(f, err)
	for _, pattern := range []string{"testdata/corpus/*.py", "testdata/stackless/*.py", "testdata/corpus/_hpkg/*.py"} {
		files, err := filepath.Glob(pattern)
		require.NoError(f, err)
		for _, file := range files {
			src, err := os.ReadFile(file)
			require.NoError(f, err)
			f.Add(string(src))
		}
	}
	for _, src := range expressionPrograms(rand.New(rand.NewSource(1)), 200) {
		f.Add(src)
	}
	for _, src := range statementPrograms(rand.New(rand.NewSource(1)), 200) {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		stderr := &tailBuffer{max: 4096}
		m := vm.New(vm.Options{
			Stdout:          io.Discard,
			Stderr:          stderr,
			Stdin:           strings.NewReader(""),
			Argv:            []string{"prog.py"},
			Path:            []string{corpus}, // for the corpus's multi-file programs
			MaxInstructions: fuzzInstructions,
			Sandbox:         true,
		})
		// The program runs on a goroutine of its own so that one that
		// never returns (a built-in that loops in Go, where no instruction
		// is counted) is reported instead of hanging the fuzzer. It is
		// reported by a panic, which ends the worker process: the
		// program's goroutine must not go on beside the next program's,
		// as VMs are not made to run concurrently.
		done := make(chan error, 1)
		var crash any
		var stack []byte
		go func() {
			defer func() {
				if r := recover(); r != nil {
					crash, stack = r, debug.Stack()
					done <- nil
				}
			}()
			done <- m.RunSource("prog.py", []byte(src))
		}()
		var err error
		select {
		case err = <-done:
		case <-time.After(fuzzTimeout):
			buf := make([]byte, 1<<20)
			panic(fmt.Sprintf("still running after %v:\n%s", fuzzTimeout, buf[:runtime.Stack(buf, true)]))
		}
		if crash != nil {
			t.Fatalf("panic: %v\n%s", crash, stack)
		}
		var exit *vm.ExitError
		if err != nil && !errors.As(err, &exit) && !errors.Is(err, vm.ErrInstructionLimit) {
			t.Fatalf("RunSource returned %v", err)
		}
		// The loop turns a Go error that is not a Python exception into
		// SystemError("internal error: ..."), a bug of the VM all the
		// same. A program could raise that itself, but only by saying so.
		if strings.Contains(stderr.String(), "SystemError: internal error") && !strings.Contains(src, "internal error") {
			t.Fatalf("internal error:\n%s", stderr.String())
		}
	})
}

// tailBuffer keeps the last max bytes written to it, at least.
type tailBuffer struct {
	max int
	buf []byte
}

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	if len(b.buf) > 2*b.max {
		b.buf = append(b.buf[:0], b.buf[len(b.buf)-b.max:]...)
	}
	return len(p), nil
}

func (b *tailBuffer) String() string { return string(b.buf) }

// expressionPrograms makes n programs, each printing a few random
// expressions (or the name of the exception one raises) over values of
// every built-in type, for the fuzzer to start from.
func expressionPrograms(r *rand.Rand, n int) []string {
	atoms := []string{
		"0", "1", "-1", "7", "2**64", "-(2**70)", "0.5", "-0.0", "1e308", "float('nan')", "float('inf')",
		"True", "False", "None", "''", "'abc'", "'é€𝄞'", "b''", "b'xyz'", "b'\\x00\\xff'",
		"[]", "[1, 2, 3]", "()", "(1, 'a')", "{}", "{1: 2, 'a': [3]}", "set()", "{1, 2}", "frozenset({3})",
		"range(5)", "range(-3, 10, 2)", "slice(1, 5, 2)", "x", "xs", "d", "s", "f", "C()", "g()",
		"iter([1, 2])", "(i * i for i in range(4))", "(lambda a: a)",
	}
	unary := []string{"-", "+", "~", "not ", "len", "abs", "bool", "int", "float", "str", "repr", "hash", "list",
		"tuple", "sorted", "reversed", "iter", "next", "sum", "min", "max", "type", "id", "round", "chr", "ord", "hex",
		"dict", "set", "frozenset", "bytes", "any", "all", "enumerate", "divmod", "format", "ascii", "bin", "callable"}
	binary := []string{"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "==", "!=", "<", "<=", ">",
		">=", "in", "not in", "is", "is not", "and", "or"}
	var expr func(depth int) string
	expr = func(depth int) string {
		if depth <= 0 {
			return atoms[r.Intn(len(atoms))]
		}
		switch r.Intn(9) {
		case 0, 1:
			return unary[r.Intn(len(unary))] + "(" + expr(depth-1) + ")"
		case 2:
			return expr(depth-1) + "[" + expr(depth-1) + "]"
		case 3:
			return expr(depth-1) + "[" + expr(0) + ":" + expr(0) + "]"
		case 4:
			return "(" + expr(depth-1) + " if " + expr(depth-1) + " else " + expr(depth-1) + ")"
		case 5:
			return "[" + expr(depth-1) + " for _ in " + expr(depth-1) + "]"
		case 6:
			// Not nested: an f-string cannot hold its own quotes before 3.12.
			return fmt.Sprintf("f\"{%s!r:>8}\"", expr(0))
		default:
			return "(" + expr(depth-1) + " " + binary[r.Intn(len(binary))] + " " + expr(depth-1) + ")"
		}
	}
	prelude := `x = 3
xs = [4, 'b', None]
d = {'k': 1}
s = 'hello'
def f(*a, **k):
    return (a, k)
def g():
    yield 1
    yield 2
class C:
    def __eq__(self, o): return isinstance(o, C)
    def __hash__(self): return 1
    def __len__(self): return 2
    def __getitem__(self, i):
        if i > 3: raise IndexError(i)
        return i
    def __add__(self, o): return o
    def __repr__(self): return 'C()'
`
	programs := make([]string, n)
	for i := range programs {
		var b strings.Builder
		b.WriteString(prelude)
		for j := 0; j < 1+r.Intn(4); j++ {
			fmt.Fprintf(&b, "try:\n    print(%s)\nexcept Exception as e:\n    print(type(e).__name__, e)\n", expr(1+r.Intn(3)))
		}
		programs[i] = b.String()
	}
	return programs
}

// fuzzFindings are programs the fuzzer found the VM failing on, with what
// CPython 3.11 prints for them (run as prog.py). The inputs themselves are
// kept in testdata/fuzz/FuzzRun, which go test replays.
var fuzzFindings = []struct {
	name, src, stdout, stderr string
}{
	{
		// The compiler reported the error, then panicked on the stack
		// depth the missing value left.
		name: "starred expression statement",
		src:  "def f(A):*A\n",
		stderr: `  File "prog.py", line 1
    def f(A):*A
             ^^
SyntaxError: can't use starred expression here
`,
	},
	{
		// An unbound super has no object type to search the MRO of.
		name:   "unbound super",
		src:    "class A:\n    x = 1\nprint(super(A))\nsuper(A).x\n",
		stdout: "<super: <class 'A'>, NULL>\n",
		stderr: `Traceback (most recent call last):
  File "prog.py", line 4, in <module>
    super(A).x
AttributeError: 'super' object has no attribute 'x'
`,
	},
	{
		// The built-ins' __new__ took their first argument for the class.
		name: "built-in __new__ called directly",
		src: `for args in [(), (5,), (object,), (bool,)]:
    try:
        int.__new__(*args)
    except TypeError as e:
        print(e)
class C:
    x = ().__new__()
`,
		stdout: `int.__new__(): not enough arguments
int.__new__(X): X is not a type object (int)
int.__new__(object): object is not a subtype of int
int.__new__(bool) is not safe, use bool.__new__()
`,
		stderr: `Traceback (most recent call last):
  File "prog.py", line 6, in <module>
    class C:
  File "prog.py", line 7, in C
    x = ().__new__()
        ^^^^^^^^^^^^
TypeError: tuple.__new__(): not enough arguments
`,
	},
	{
		// Unreachable statements came back to life at the first label
		// they bound (the end of "or", of yield from), at a stack depth
		// that meant nothing, and the compiler panicked.
		name: "dead code",
		src: `def f(xs):
    for x in xs:
        try:
            if x == 2:
                break
            continue
            print(x or -1)
        finally:
            print('finally', x and x * 10)
    else:
        return 'else'
        print([y or 0 for y in xs])
    return 'break'
    yield from ()
def g():
    return 1
    x = a or b
    print(a if b else c, a < b < c)
    with a:
        pass
print(list(f([1, 3])), list(f([1, 2])), g())
raise SystemExit
print(1 or 2)
`,
		stdout: "finally 10\nfinally 30\nfinally 10\nfinally 20\n[] [] 1\n",
	},
	{
		// Found by generated statement programs: code after a loop whose
		// body and else clause return came back to life; tryFinally took
		// its stack depth after a finally body that returns; a finally
		// body inlined by a return overwrote the saved block stack with
		// its loops (a later break took them for the loop to leave); a
		// continue in a finally body inlined by a return left the value
		// on the stack, once per iteration.
		name: "finally and loops",
		src: `def loop_else_returns(xs):
    for x in xs:
        return 'body'
    else:
        return 'else'
    y = x or 0
def finally_returns():
    for x in [1]:
        try:
            continue
        finally:
            return 'finally'
    y = a or b
def finally_continue():
    n = 0
    while n < 5:
        n += 1
        try:
            return n
        finally:
            if n < 3:
                continue
def finally_break():
    for i in range(3):
        try:
            return i
        finally:
            break
    return 'broke'
def loop_in_finally(ys, leave):
    out = []
    for y in ys:
        try:
            if leave:
                return out
            out.append(y)
            break
        finally:
            for x in [1, 2]:
                out.append(x)
    out.append('after')
    return out
print(loop_else_returns([]), loop_else_returns([1]), finally_returns(), finally_continue(), finally_break())
print(loop_in_finally([7, 8], False), loop_in_finally([7, 8], True))
`,
		stdout: "else body finally 3 broke\n[7, 1, 2, 'after'] [1, 2]\n",
	},
}

// TestBuiltinMethodArguments calls methods of built-in types and of
// random.Random with arguments of the wrong number or type (found by
// calling every method of every built-in with a set of arguments): a
// TypeError or ValueError each, never an internal error.
func TestBuiltinMethodArguments(t *testing.T) {
	stdout, stderr, status := runSource(t, `import random, sys
r = random.Random(1)
for call in ["'ab'.__add__()", "[].__setitem__(0)", "{}.__delitem__()", "True.__and__()",
             "type.__instancecheck__(int)", "{}.keys().__sub__()", "(1).to_bytes(None)", "(1).to_bytes(-1)",
             "'a\\tb'.expandtabs('x')", "b'ab'.hex(':', 'x')", "b'a b'.split(None, 'x')", "sys._getframe('x')",
             "range(3).count()", "slice(1, 2).indices()", "r._randbelow(0)", "r._randrange()", "r._shuffle(None)",
             "r._sample('x', 1)", "r._sample_counts([2**70], 1)", "r._choices(1, [])", "r._choices_cum([1], 1)",
             "r._gauss(1)", "r._triangular('a', 'b')", "random.choices([1], k=10**12)"]:
    try:
        eval(call)
        print(call, 'no error')
    except (TypeError, ValueError, MemoryError) as e:
        print(type(e).__name__)
`)
	assert.Equal(t, "", stderr)
	assert.Equal(t, 0, status)
	assert.Equal(t, `TypeError
TypeError
TypeError
TypeError
TypeError
TypeError
TypeError
ValueError
TypeError
TypeError
TypeError
TypeError
TypeError
TypeError
ValueError
TypeError
TypeError
TypeError
TypeError
TypeError
TypeError
TypeError
TypeError
MemoryError
`, stdout)
}

// TestFuzzFindings runs the programs of fuzzFindings and requires CPython's
// output.
func TestFuzzFindings(t *testing.T) {
	for _, c := range fuzzFindings {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, status := runSource(t, c.src)
			assert.Equal(t, c.stdout, stdout, "stdout")
			assert.Equal(t, c.stderr, stderr, "stderr")
			if c.stderr == "" {
				assert.Equal(t, 0, status, "exit status")
			} else {
				assert.Equal(t, 1, status, "exit status")
			}
		})
	}
}

// statementPrograms makes n programs, each a function of random
// statements (see statements) that is called, in a prelude that defines
// the names they use.
func statementPrograms(r *rand.Rand, n int) []string {
	const prelude = `a, b, c, xs, d, E, await_ = 1, 0, 2, [1, 2], {}, ValueError, 3
def f(*x): return x
class Ctx:
    def __enter__(s): return s
    def __exit__(s, *e): return False
ctx = Ctx()
`
	programs := make([]string, n)
	for i := range programs {
		programs[i] = prelude + "def main():\n" + statements(r, 3, 1, false, true) + "    pass\n" +
			"r = main()\nprint(list(r) if hasattr(r, '__next__') else r)\n"
	}
	return programs
}

// statements makes a random block of statements at the given indent:
// loops, try/except/finally, with, if, nested functions and classes,
// around break, continue, return, raise and expression statements, the
// mixtures that stress the compiler's bookkeeping of the stack and of
// the blocks to unwind.
func statements(r *rand.Rand, depth, indent int, inLoop, inFunc bool) string {
	pad := strings.Repeat("    ", indent)
	var b strings.Builder
	n := 1 + r.Intn(3)
	exprs := []string{"a or b", "a and b", "a if b else c", "a < b < c", "[x for x in xs]", "not a", "f(a or b)", "(yield)", "(yield from xs)", "xs[1:2]", "{**d}", "[*xs]", "f'{a!r}'", "lambda: a or b", "await_ if a else b"}
	for i := 0; i < n; i++ {
		k := r.Intn(16)
		if depth <= 0 && k < 8 {
			k += 8
		}
		e := exprs[r.Intn(len(exprs))]
		if !inFunc && strings.Contains(e, "yield") {
			e = "a"
		}
		switch k {
		case 0:
			fmt.Fprintf(&b, "%sfor x in xs:\n%s", pad, statements(r, depth-1, indent+1, true, inFunc))
			if r.Intn(2) == 0 {
				fmt.Fprintf(&b, "%selse:\n%s", pad, statements(r, depth-1, indent+1, inLoop, inFunc))
			}
		case 1:
			fmt.Fprintf(&b, "%swhile %s:\n%s", pad, e, statements(r, depth-1, indent+1, true, inFunc))
		case 2:
			fmt.Fprintf(&b, "%stry:\n%s", pad, statements(r, depth-1, indent+1, inLoop, inFunc))
			h := r.Intn(3)
			if h != 1 {
				fmt.Fprintf(&b, "%sexcept E as err:\n%s", pad, statements(r, depth-1, indent+1, inLoop, inFunc))
			}
			if h != 0 {
				fmt.Fprintf(&b, "%sfinally:\n%s", pad, statements(r, depth-1, indent+1, inLoop, inFunc))
			}
		case 3:
			fmt.Fprintf(&b, "%swith ctx as c:\n%s", pad, statements(r, depth-1, indent+1, inLoop, inFunc))
		case 4:
			fmt.Fprintf(&b, "%sif %s:\n%s%selse:\n%s", pad, e, statements(r, depth-1, indent+1, inLoop, inFunc), pad, statements(r, depth-1, indent+1, inLoop, inFunc))
		case 5:
			fmt.Fprintf(&b, "%sdef g():\n%s", pad, statements(r, depth-1, indent+1, false, true))
		case 6:
			fmt.Fprintf(&b, "%sclass K:\n%s", pad, statements(r, depth-1, indent+1, false, false))
		case 7:
			fmt.Fprintf(&b, "%swith ctx as c, ctx:\n%s", pad, statements(r, depth-1, indent+1, inLoop, inFunc))
		case 8:
			if inLoop {
				fmt.Fprintf(&b, "%sbreak\n", pad)
			} else {
				fmt.Fprintf(&b, "%sx = %s\n", pad, e)
			}
		case 9:
			if inLoop {
				fmt.Fprintf(&b, "%scontinue\n", pad)
			} else {
				fmt.Fprintf(&b, "%sy = %s\n", pad, e)
			}
		case 10:
			if inFunc {
				fmt.Fprintf(&b, "%sreturn %s\n", pad, e)
			} else {
				fmt.Fprintf(&b, "%sz = %s\n", pad, e)
			}
		case 11:
			fmt.Fprintf(&b, "%sraise E\n", pad)
		case 12:
			fmt.Fprintf(&b, "%sprint(%s)\n", pad, e)
		case 13:
			fmt.Fprintf(&b, "%sdel x\n", pad)
		case 14:
			fmt.Fprintf(&b, "%sassert %s, %s\n", pad, e, e)
		default:
			fmt.Fprintf(&b, "%sx += %s\n", pad, e)
		}
	}
	return b.String()
}

// TestGeneratedPrograms runs thousands of generated programs, sandboxed
// under an instruction limit, and requires that none ends in an internal
// error: the compiler and the loop must cope with any mixture of control
// flow and expressions. (FuzzRun starts from some of them.)
func TestGeneratedPrograms(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	programs := append(statementPrograms(r, 3000), expressionPrograms(r, 1000)...)
	for _, src := range programs {
		var out, errOut bytes.Buffer
		m := vm.New(vm.Options{Stdout: &out, Stderr: &errOut, Stdin: strings.NewReader(""), Argv: []string{"prog.py"},
			MaxInstructions: 100_000, Sandbox: true})
		err := m.RunSource("prog.py", []byte(src))
		var exit *vm.ExitError
		if err != nil && !errors.As(err, &exit) && !errors.Is(err, vm.ErrInstructionLimit) {
			t.Fatalf("RunSource returned %v for\n%s", err, src)
		}
		if strings.Contains(errOut.String(), "internal error") {
			t.Fatalf("internal error for\n%s\n%s", src, errOut.String())
		}
	}
}
