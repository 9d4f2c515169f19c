package vm_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/vm"
)

const spinners = `
import stackless
out = []
def spin(name):
    for i in range(3):
        n = 0
        while n < 2000:
            n += 1
        out.append(name)
def calm():
    stackless.atomic().__enter__()
    n = 0
    while n < 5000:
        n += 1
    out.append("atomic")
stackless.tasklet(spin)("a")
stackless.tasklet(spin)("b")
stackless.run()
print(out)
stackless.tasklet(calm)()
stackless.tasklet(spin)("c")
stackless.run()
print(out[6:])
`

// With Options.Timeslice, busy tasklets take turns without calling
// schedule(); an atomic one keeps running.
func TestTimeslicePreempts(t *testing.T) {
	for _, tc := range []struct {
		slice int64
		want  string
	}{
		{0, "['a', 'a', 'a', 'b', 'b', 'b']\n['atomic', 'c', 'c', 'c']\n"},
		{1000, "['a', 'b', 'a', 'b', 'a', 'b']\n['atomic', 'c', 'c', 'c']\n"},
	} {
		var out bytes.Buffer
		m := vm.New(vm.Options{Stdout: &out, Stderr: &out, Stdin: strings.NewReader(""), Timeslice: tc.slice})
		require.NoError(t, m.RunSource("spin.py", []byte(spinners)), out.String())
		assert.Equal(t, tc.want, out.String(), "timeslice %d", tc.slice)
	}
}
