package vm_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/vm"
)

// stopRecorder is a listener that records, at each breakpoint(), what the
// inspection interface shows.
type stopRecorder struct {
	quietListener
	m     *vm.VM
	stops []string
	evals map[string]string // expression -> result, at the first stop
}

func (r *stopRecorder) Breakpoint(t *vm.Tasklet, f *vm.Frame) {
	var sb strings.Builder
	fmt.Fprintf(&sb, "stop in tasklet %d (%s) at %s:%d\n", t.ID(), t.Name(), f.Function(), f.Line())
	for _, x := range r.m.Tasklets() {
		fmt.Fprintf(&sb, "tasklet %d %s %s", x.ID(), x.Name(), r.m.State(x))
		if c, sending := x.BlockedOn(); c != nil {
			fmt.Fprintf(&sb, " on channel from line %s sending=%v", c.Created()[strings.LastIndex(c.Created(), ":")+1:], sending)
			if v, _, ok := x.Offer(); ok {
				fmt.Fprintf(&sb, " offering %s", r.m.Repr(v))
			}
		}
		sb.WriteString("\n")
		for _, fr := range x.Frames() {
			fmt.Fprintf(&sb, "  %s line %d:", fr.Function(), fr.Line())
			for _, v := range fr.Locals() {
				fmt.Fprintf(&sb, " %s=%s", v.Name, r.m.Repr(v.Value))
			}
			sb.WriteString("\n")
		}
	}
	for _, c := range r.m.Channels() {
		fmt.Fprintf(&sb, "channel balance %d:", c.Balance())
		for _, w := range c.Waiting() {
			fmt.Fprintf(&sb, " %d", w.ID())
		}
		sb.WriteString("\n")
	}
	if r.evals == nil {
		r.evals = map[string]string{}
		for _, src := range []string{"n * 2", "sorted(globals_seen)", "undefined_name", "1 +"} {
			v, err := r.m.EvalInFrame(f, src)
			if err != nil {
				r.evals[src] = "error: " + r.m.ExceptionMessage(err)
			} else {
				r.evals[src] = r.m.Repr(v)
			}
		}
	}
	r.stops = append(r.stops, sb.String())
}

func (r *stopRecorder) Paused(t *vm.Tasklet, f *vm.Frame) {
	r.stops = append(r.stops, fmt.Sprintf("paused in tasklet %d (%s) at %s:%d", t.ID(), t.Name(), f.Function(), f.Line()))
	if _, err := r.m.EvalInFrame(f, "stop.append(1)"); err != nil {
		r.stops = append(r.stops, "eval failed: "+r.m.ExceptionMessage(err))
	}
}

func (r *stopRecorder) Line(t *vm.Tasklet, f *vm.Frame) {
	r.stops = append(r.stops, "unexpected line event")
}

const inspectProgram = `import stackless
globals_seen = {2, 1}
ch = stackless.channel()

def sender(n):
    ch.send(("item", n))

def receiver():
    return ch.receive()

def helper(n):
    local = [n, n + 1]
    breakpoint()
    return local

stackless.tasklet(sender)(1)
stackless.tasklet(sender)(2)
r = stackless.tasklet(receiver)
stackless.run()
helper(5)
print("done")
`

func TestInspectAtBreakpoint(t *testing.T) {
	var stdout, stderr bytes.Buffer
	m := vm.New(vm.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader("")})
	rec := &stopRecorder{m: m}
	m.SetListener(rec)
	require.NoError(t, m.RunSource("prog.py", []byte(inspectProgram)))
	assert.Equal(t, "done\n", stdout.String())
	assert.Empty(t, stderr.String())
	require.Len(t, rec.stops, 1)
	assert.Equal(t, `stop in tasklet 0 (main) at helper:13
tasklet 0 main running
  helper line 13: n=5 local=[5, 6]
  <module> line 20: __name__='__main__' __builtins__=<module 'builtins' (built-in)> __doc__=None __file__='prog.py' stackless=<module 'stackless' (built-in)> globals_seen={1, 2} ch=<stackless.channel object> sender=<function sender> receiver=<function receiver> helper=<function helper> r=<stackless.tasklet object>
tasklet 1 sender blocked on channel from line 3 sending=true offering ('item', 1)
  sender line 6: n=1
tasklet 2 sender blocked on channel from line 3 sending=true offering ('item', 2)
  sender line 6: n=2
channel balance 2: 1 2
`, normalizeAddresses(rec.stops[0]))
	assert.Equal(t, map[string]string{
		"n * 2":                "10",
		"sorted(globals_seen)": "[1, 2]",
		"undefined_name":       "error: NameError: name 'undefined_name' is not defined",
		"1 +":                  "error: SyntaxError: invalid syntax (<debugger>, line 1)",
	}, rec.evals)
}

// normalizeAddresses drops the " at 0x..." of default reprs.
func normalizeAddresses(s string) string {
	var sb strings.Builder
	for {
		i := strings.Index(s, " at 0x")
		if i < 0 {
			sb.WriteString(s)
			return sb.String()
		}
		sb.WriteString(s[:i])
		j := i + len(" at 0x")
		for j < len(s) && strings.ContainsRune("0123456789abcdef", rune(s[j])) {
			j++
		}
		s = s[j:]
	}
}

// A pause requested from another goroutine stops a program that never
// calls anything, at a backward jump.
func TestRequestPauseFromAnotherGoroutine(t *testing.T) {
	var stdout, stderr bytes.Buffer
	m := vm.New(vm.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader("")})
	rec := &stopRecorder{m: m}
	m.SetListener(rec)
	go func() {
		time.Sleep(20 * time.Millisecond)
		m.RequestPause()
	}()
	require.NoError(t, m.RunSource("prog.py", []byte(`import stackless
stop = []
def spin():
    n = 0
    while not stop:
        n += 1
    print("spun", n > 0)
stackless.tasklet(spin)()
stackless.run()
print("done")
`)))
	assert.Equal(t, "spun True\ndone\n", stdout.String())
	assert.Equal(t, []string{"paused in tasklet 1 (spin) at spin:5"}, rec.stops)
}

func TestBreakpointWithoutListenerDoesNothing(t *testing.T) {
	var stdout bytes.Buffer
	m := vm.New(vm.Options{Stdout: &stdout, Stderr: &stdout, Stdin: strings.NewReader("")})
	require.NoError(t, m.RunSource("prog.py", []byte("breakpoint()\nprint('after')\n")))
	assert.Equal(t, "after\n", stdout.String())
}

// A blocked sender offers its tempval: assigning it changes what the
// receiver gets, and the inspection interface shows the offer.
func TestBlockedSenderOffersTempval(t *testing.T) {
	var stdout, stderr bytes.Buffer
	m := vm.New(vm.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader("")})
	require.NoError(t, m.RunSource("prog.py", []byte(`import stackless
ch = stackless.channel()
s = stackless.tasklet(ch.send)("old")
e = stackless.tasklet(ch.send_exception)(ValueError, "x")
stackless.run()
print(s.tempval, e.tempval)
s.tempval = "new"
print(ch.receive())
e.tempval = "replaced"
print(ch.receive())
`)), stderr.String())
	assert.Equal(t, "old None\nnew\nreplaced\n", stdout.String())
}
