package vm_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/vm"
)

// sweepObjects makes, by name, an object of every kind the VM has: each
// expression is evaluated in a program of its own, after sweepPrelude.
var sweepObjects = [][2]string{
	{"int", "0"}, {"big", "2**100"}, {"float", "1.5"}, {"str", "'ab'"}, {"bytes", "b'ab'"}, {"list", "[1, 2]"},
	{"tuple", "(1, 2)"}, {"dict", "{1: 2}"}, {"set", "{1}"}, {"frozenset", "frozenset({1})"}, {"range", "range(3)"},
	{"bool", "True"}, {"none", "None"}, {"slice", "slice(1, 2)"}, {"type", "type"}, {"object", "object()"},
	{"function", "_f"}, {"generator", "_g()"}, {"exception", "ValueError('x')"}, {"class", "_C"}, {"instance", "_C()"},
	{"method", "_C().m"}, {"list_iterator", "iter([1])"}, {"dict_keys", "{1: 2}.keys()"}, {"dict_items", "{1: 2}.items()"},
	{"enumerate", "enumerate([1])"}, {"zip", "zip([1])"}, {"map", "map(_f, [1])"}, {"property", "property(_f)"},
	{"super", "super(_C, _C())"}, {"code", "_f.__code__"}, {"builtin", "len"}, {"ellipsis", "..."},
	{"channel", "stackless.channel()"}, {"tasklet", "stackless.tasklet(_f)"}, {"atomic", "stackless.atomic()"},
	{"bomb", "stackless.bomb()"}, {"stdout", "sys.stdout"}, {"stdin", "sys.stdin"}, {"exception_type", "ValueError"},
	{"int_type", "int"}, {"str_type", "str"}, {"list_type", "list"}, {"dict_type", "dict"}, {"bytes_type", "bytes"},
	{"random", "__import__('random').Random(1)"}, {"deque", "__import__('collections').deque([1])"},
	{"OrderedDict", "__import__('collections').OrderedDict(a=1)"},
	{"defaultdict", "__import__('collections').defaultdict(list)"},
	{"Counter", "__import__('collections').Counter('ab')"},
	{"namedtuple", "__import__('collections').namedtuple('P', 'x y')(1, 2)"},
	{"partial", "__import__('functools').partial(_f, 1)"}, {"weakref", "__import__('weakref').ref(_C)"},
	{"chain", "__import__('itertools').chain([1])"}, {"count", "__import__('itertools').count()"},
	{"builtins", "__builtins__"}, {"stackless", "stackless"}, {"sys", "sys"},
}

// sweepModules are the modules whose functions are called too.
var sweepModules = []string{"math", "time", "random", "json", "string", "itertools", "functools", "collections",
	"operator", "heapq", "bisect", "weakref", "traceback", "os", "os.path", "contextlib", "keyword"}

const sweepPrelude = `import stackless, sys
def _f(*a, **k): return 0
def _g():
    yield 1
class _C:
    def m(self): pass
`

// sweepArgs are the argument lists every callable is called with.
const sweepArgs = `[(), (0,), (None,), ('x',), (0, 0), ([],), (_f,), (0, 0, 0), ('a', 'b'), (-1,), (2**70,), (_C(),),
 (int,), ({},), (1.5,), (b'x',), (0, None), (None, None), ('x', 0), (0, 'x')]`

// TestBuiltinsSweep calls every attribute of every kind of object, and
// every function of the modules, with each of sweepArgs, in a sandbox
// under an instruction limit: whatever the call does, it must not be an
// internal error of the VM. The calls of one attribute run in one
// program; when one of them crashes it, the rest run in another.
func TestBuiltinsSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("some 2,700 programs")
	}
	run := func(src string) (string, string) {
		var out, errOut bytes.Buffer
		m := vm.New(vm.Options{Stdout: &out, Stderr: &errOut, Stdin: strings.NewReader(""), Argv: []string{"prog.py"},
			MaxInstructions: 2_000_000, Sandbox: true})
		m.RunSource("prog.py", []byte(src))
		return out.String(), errOut.String()
	}
	objects := sweepObjects
	for _, mod := range sweepModules {
		objects = append(objects, [2]string{mod, "__import__('" + mod + "', fromlist=['_'])"})
	}
	calls := 0
	for _, obj := range objects {
		out, errOut := run(sweepPrelude + "for n in dir(" + obj[1] + "):\n    print(n)\n")
		require.Empty(t, errOut, obj[0])
		for _, name := range strings.Fields(out) {
			if name == "__class__" || name == "__init_subclass__" || name == "__subclasshook__" {
				continue
			}
			for from := 0; ; {
				src := fmt.Sprintf("%s_o = getattr(%s, %q)\nfor _i, _a in enumerate(%s):\n    if _i < %d: continue\n"+
					"    print(_i, flush=True)\n    try:\n        _o(*_a)\n    except BaseException:\n        pass\n",
					sweepPrelude, obj[1], name, sweepArgs, from)
				out, errOut := run(src)
				calls++
				if !strings.Contains(errOut, "internal error") {
					break
				}
				done := strings.Fields(out)
				require.NotEmpty(t, done, "%s.%s: %s", obj[0], name, errOut)
				fmt.Sscan(done[len(done)-1], &from)
				assert.Fail(t, "internal error", "%s.%s with argument list %d:\n%s", obj[0], name, from, errOut)
				from++
			}
		}
	}
	t.Logf("%d programs", calls)
}
