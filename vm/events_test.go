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

type eventRecorder struct {
	m      *vm.VM
	events []string
}

func (r *eventRecorder) TaskletEvent(e vm.Event) {
	s := fmt.Sprintf("%s %d", e.Kind, e.Tasklet.ID())
	if e.Other != nil {
		s += fmt.Sprintf(" other=%d", e.Other.ID())
	}
	if e.Channel != nil {
		s += " channel@" + e.Channel.Created()[strings.LastIndex(e.Channel.Created(), ":")+1:]
		if e.Kind == vm.EventBlocked || e.Kind == vm.EventUnblocked {
			s += fmt.Sprintf(" sending=%v", e.Sending)
		}
	}
	if e.Kind == vm.EventSend || e.Kind == vm.EventReceive || e.Kind == vm.EventExited {
		if e.Err != nil {
			s += " err=" + r.m.ExceptionMessage(e.Err)
		} else if e.Value != nil {
			s += " value=" + r.m.Repr(e.Value)
		}
	}
	r.events = append(r.events, s)
}

func TestSchedulingEvents(t *testing.T) {
	src := `import stackless
ch = stackless.channel()

def producer():
    ch.send("a")
    ch.send_exception(ValueError, "b")

def consumer():
    print(ch.receive())
    try:
        ch.receive()
    except ValueError as e:
        print("got", e)
    return 7

stackless.tasklet(producer)()
stackless.tasklet(consumer)()
stackless.run()
`
	var stdout, stderr bytes.Buffer
	m := vm.New(vm.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader("")})
	rec := &eventRecorder{m: m}
	m.SetEventListener(rec)
	require.NoError(t, m.RunSource("prog.py", []byte(src)), stderr.String())
	assert.Equal(t, "a\ngot b\n", stdout.String())
	assert.Equal(t, []string{
		"created 1",
		"created 2",
		"switched 1 other=0",
		"blocked 1 channel@2 sending=true",
		"switched 2 other=1",
		"unblocked 1 channel@2 sending=true",
		"send 1 other=2 channel@2 value='a'",
		"receive 2 other=1 channel@2 value='a'",
		"blocked 2 channel@2 sending=false",
		"switched 1 other=2",
		"unblocked 2 channel@2 sending=false",
		"send 1 other=2 channel@2 err=ValueError: b",
		"receive 2 other=1 channel@2 err=ValueError: b",
		"switched 2 other=1",
		"exited 2 value=7",
		"switched 1 other=2",
		"exited 1 value=None",
		"switched 0 other=1",
	}, rec.events)
}
