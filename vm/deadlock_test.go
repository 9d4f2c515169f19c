package vm_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"tasklet/vm"
)

// A program that dies of the deadlock error lists, after the traceback,
// every blocked tasklet: what it runs, where, and on which channel in
// which direction.
func TestDeadlockReport(t *testing.T) {
	src := `import stackless

def relay(inbox, outbox):
    item = inbox.receive()
    outbox.send(item)

def feeder(ch):
    ch.send("never taken")

a = stackless.channel()
b = stackless.channel()
c = stackless.channel()
stackless.tasklet(relay)(a, b)
stackless.tasklet(feeder)(c)
stackless.run()
try:
    b.receive()
except RuntimeError as e:
    print("caught:", e)
a.receive()
`
	var stdout, stderr bytes.Buffer
	m := vm.New(vm.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader("")})
	err := m.RunSource("prog.py", []byte(src))
	var exit *vm.ExitError
	if assert.ErrorAs(t, err, &exit) {
		assert.Equal(t, 1, exit.Code)
	}
	assert.Equal(t, "caught: Deadlock: the last runnable tasklet cannot be blocked.\n", stdout.String())
	assert.Equal(t, `Traceback (most recent call last):
  File "prog.py", line 20, in <module>
    a.receive()
RuntimeError: Deadlock: the last runnable tasklet cannot be blocked.

All tasklets are blocked:
  main tasklet 0 (<module>) at prog.py:20: blocking in receive on channel created at prog.py:10
  tasklet 1 (relay) at prog.py:4: blocked in receive on channel created at prog.py:10
  tasklet 2 (feeder) at prog.py:8: blocked in send on channel created at prog.py:12
`, stderr.String())
}

// A deadlock error that the program catches prints no report.
func TestCaughtDeadlockPrintsNothing(t *testing.T) {
	var stdout, stderr bytes.Buffer
	m := vm.New(vm.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader("")})
	err := m.RunSource("prog.py", []byte("import stackless\ntry:\n    stackless.channel().receive()\nexcept RuntimeError:\n    print('ok')\n"))
	assert.NoError(t, err)
	assert.Equal(t, "ok\n", stdout.String())
	assert.Empty(t, stderr.String())
}
