package vm_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTaskletEntryFrame covers the calls of tasklets that wait to start:
// those bound to a Python function whose parameters take the arguments
// as they are get their frame at setup, the others are called at the
// start, and both must behave as if the call were made at the start
// (defaults read then, errors raised then, generators made then).
func TestTaskletEntryFrame(t *testing.T) {
	out, errOut, status := runSource(t, `import stackless

def f(a, b=2):
    print("f", a, b)

def g(a, b):
    print("g", a, b)

def h(*args, **kw):
    print("h", args, sorted(kw.items()))

def gen(n):
    print("gen body never runs")
    yield n

def cells(x):
    def inner():
        return x
    print("cells", inner())

stackless.tasklet(f)(1)
f.__defaults__ = (3,)
stackless.tasklet(g)(1, 2)
stackless.tasklet(g)(1)
stackless.tasklet(h)(1, k=2)
stackless.tasklet(gen)(1)
stackless.tasklet(cells)(7)
t = stackless.tasklet(g)(5, 6)
t.kill()
print("killed alive", t.alive)
t = stackless.tasklet(g)
t.bind(None, (8, 9))
t.insert()
while stackless.getruncount() > 1:
    try:
        stackless.run()
    except TypeError as e:
        print("error", e)
`)
	assert.Equal(t, `killed alive False
f 1 3
g 1 2
error g() missing 1 required positional argument: 'b'
h (1,) [('k', 2)]
cells 7
g 8 9
`, out)
	assert.Equal(t, "", errOut)
	assert.Equal(t, 0, status)
}
