// Package debugger is the debugging engine of tasklet programs: it runs a
// program in the VM on a goroutine of its own and, through the VM's hooks,
// stops it at breakpoints, exceptions, deadlocks, pauses and the ends of
// steps of one tasklet, and lets a front end inspect it while it is
// stopped. It knows nothing of the Debug Adapter Protocol: the DAP session
// in debugger/dap drives it.
//
// The model is all-stop: when any tasklet stops, the whole VM stops, and
// every tasklet's frames can be inspected, since they live on the heap.
// All access to the program happens on the VM's goroutine: the front end
// hands it functions (Engine.Do), which run while the program is stopped,
// or at a quick pause made for them while it runs.
package debugger

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"tasklet/vm"
)

// Config says what program to run and how.
type Config struct {
	Program string   // path of the main script
	Args    []string // sys.argv[1:]
	Cwd     string   // working directory; the adapter's when empty
	// Env holds environment variables set for the program's run.
	Env map[string]string
	// Path lists directories searched by import after the script's own
	// (TASKLETPATH's entries).
	Path []string
	// StopOnEntry stops at the first line of the program.
	StopOnEntry bool
	// FreezeOthers keeps other tasklets from running during a step: the
	// step ends where the stepped tasklet would let another one run.
	FreezeOthers bool
	// Stdin is the program's standard input (empty when nil).
	Stdin io.Reader
	// Timeslice, when positive, preempts the running tasklet after that
	// many instructions, as if it called stackless.schedule().
	Timeslice int64
	// NoDebug runs the program without stopping anywhere.
	NoDebug bool
	// Stdout and Stderr, when set, receive the program's output instead
	// of the front end's Output.
	Stdout, Stderr io.Writer
	// Detached starts the program with no front end: it runs as under
	// `tasklet run` until a client attaches (see Attach).
	Detached bool
}

// A Frontend hears what the engine has to say. Its methods are called on
// the VM's goroutine and must not block on the engine.
type Frontend interface {
	// Stopped says that the program stopped; it stays stopped until
	// Resume.
	Stopped(s Stop)
	// Output passes on what the program printed (category "stdout" or
	// "stderr") or what a logpoint logged ("console").
	Output(category, text string)
	// Exited says that the program ended, with its exit status.
	Exited(status int)
}

// A Stop describes why the program stopped.
type Stop struct {
	// Reason is "entry", "breakpoint", "function breakpoint",
	// "exception", "pause" or "step".
	Reason  string
	Tasklet int64 // the tasklet that stopped
	// Description says why in words; Text adds details (the exception's
	// message).
	Description, Text string
	// Breakpoints lists the ids of the breakpoints hit.
	Breakpoints []int
	// Exception is set for exception and deadlock stops.
	Exception *ExceptionStop
}

// ExceptionStop is what exceptionInfo shows.
type ExceptionStop struct {
	ID          string // the exception's class, or "Deadlock"
	Description string // "Type: message"
	BreakMode   string // "always" (raised, deadlock) or "unhandled"
	Traceback   string // the Python traceback, stack included
}

// An Engine debugs one run of a program.
type Engine struct {
	cfg   Config
	front Frontend
	m     *vm.VM

	// The front end's requests for the VM's goroutine (see Do).
	mu        sync.Mutex
	pending   []*call
	userPause bool
	stopped   bool
	detached  bool // no front end listens: nothing stops
	wake      chan struct{}
	resume    chan resumeCmd
	done      chan struct{}
	status    int

	// The rest belongs to the VM's goroutine.
	lines     map[string]*fileBreakpoints // by absolute path
	functions []*FunctionBreakpoint
	filters   ExceptionFilters
	step      *step
	lastExc   error // the exception of the last exception stop
	// entering is the frame of a call to a function with a function
	// breakpoint, until its first line.
	entering *vm.Frame
}

// A call is a function the front end runs on the VM's goroutine.
type call struct {
	fn   func(m *vm.VM)
	done chan struct{}
	// ran is set, before done closes, when fn ran: a call the program's
	// end dropped closes done too.
	ran bool
}

// New makes an engine for cfg that reports to front.
func New(cfg Config, front Frontend) *Engine {
	return &Engine{
		cfg:      cfg,
		front:    front,
		wake:     make(chan struct{}, 1),
		resume:   make(chan resumeCmd),
		done:     make(chan struct{}),
		lines:    map[string]*fileBreakpoints{},
		detached: cfg.Detached,
	}
}

// ErrNotRunning is the error of requests made after the program ended.
var ErrNotRunning = errors.New("the program is not running")

// Start runs the program on a new goroutine. Breakpoints and exception
// filters set before Start are in force from the first line.
func (e *Engine) Start() error {
	prog, err := filepath.Abs(e.cfg.Program)
	if err != nil {
		return err
	}
	if _, err := os.Stat(prog); err != nil {
		return fmt.Errorf("cannot run %s: %v", e.cfg.Program, err)
	}
	stdin := e.cfg.Stdin
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var stdout, stderr io.Writer = outputWriter{e, "stdout"}, outputWriter{e, "stderr"}
	if e.cfg.Stdout != nil {
		stdout = e.cfg.Stdout
	}
	if e.cfg.Stderr != nil {
		stderr = e.cfg.Stderr
	}
	m := vm.New(vm.Options{
		Stdout:           stdout,
		Stderr:           stderr,
		Stdin:            stdin,
		Path:             e.cfg.Path,
		UnbufferedStdout: true,
		Timeslice:        e.cfg.Timeslice,
	})
	m.Argv = append([]string{prog}, e.cfg.Args...)
	e.m = m
	if !e.cfg.NoDebug {
		m.SetListener(e)
	}
	e.applyFilters()
	if e.cfg.StopOnEntry {
		e.step = &step{kind: stepEntry}
	}
	e.retrace()
	go e.run(prog)
	return nil
}

// run is the VM's goroutine.
func (e *Engine) run(prog string) {
	defer close(e.done)
	err := e.runInPlace(prog)
	var exit *vm.ExitError
	switch {
	case errors.As(err, &exit):
		e.status = exit.Code
	case errors.Is(err, vm.ErrAborted):
		e.status = 137
	}
	e.mu.Lock()
	pending := e.pending
	e.pending = nil
	e.mu.Unlock()
	for _, c := range pending {
		close(c.done)
	}
	e.frontend().Exited(e.status)
}

// Started reports whether Start has run the program.
func (e *Engine) Started() bool { return e.m != nil }

// runInPlace runs the program in its working directory and environment.
// They belong to the process: the program gets its own while it runs,
// and the adapter, which may launch another program next, gets its own
// back before it says that the program ended.
func (e *Engine) runInPlace(prog string) error {
	if e.cfg.Cwd != "" {
		if wd, err := os.Getwd(); err == nil {
			defer os.Chdir(wd)
		}
		if err := os.Chdir(e.cfg.Cwd); err != nil {
			e.frontend().Output("stderr", fmt.Sprintf("tasklet-dap: cannot change to %s: %v\n", e.cfg.Cwd, err))
		}
	}
	for k, v := range e.cfg.Env {
		if old, ok := os.LookupEnv(k); ok {
			defer os.Setenv(k, old)
		} else {
			defer os.Unsetenv(k)
		}
		os.Setenv(k, v)
	}
	return e.m.RunFile(prog)
}

// Done is closed when the program has ended.
func (e *Engine) Done() <-chan struct{} { return e.done }

// Status returns the exit status, once Done is closed.
func (e *Engine) Status() int { return e.status }

// Running reports whether the program has not ended.
func (e *Engine) Running() bool {
	select {
	case <-e.done:
		return false
	default:
		return true
	}
}

// Stopped reports whether the program is stopped.
func (e *Engine) Stopped() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.stopped
}

// Do runs fn on the VM's goroutine, with the program stopped, and returns
// once it has run. While the program runs, it pauses the program for fn
// and lets it go on after. A program busy in a blocking system call (a
// sleep, a read) answers when the call returns, or Do gives up after
// timeout.
func (e *Engine) Do(fn func(m *vm.VM)) error {
	if !e.Started() || !e.Running() {
		return ErrNotRunning
	}
	c := &call{fn: fn, done: make(chan struct{})}
	e.mu.Lock()
	e.pending = append(e.pending, c)
	e.mu.Unlock()
	e.m.RequestPause()
	select {
	case e.wake <- struct{}{}:
	default:
	}
	timer := time.NewTimer(5 * time.Second)
	defer timer.Stop()
	select {
	case <-c.done:
		if !c.ran {
			return ErrNotRunning
		}
		return nil
	case <-timer.C:
		return errors.New("the program does not answer: it is busy in a blocking call")
	}
}

// runPending runs the front end's calls, on the VM's goroutine.
func (e *Engine) runPending() {
	for {
		e.mu.Lock()
		if len(e.pending) == 0 {
			e.mu.Unlock()
			return
		}
		c := e.pending[0]
		e.pending = e.pending[1:]
		e.mu.Unlock()
		c.fn(e.m)
		c.ran = true
		close(c.done)
	}
}

// A resumeCmd ends a stop: go on, or step tasklet.
type resumeCmd struct {
	kind    stepKind // stepNone to continue
	tasklet int64
}

// Continue lets every tasklet run.
func (e *Engine) Continue() error { return e.resumeWith(resumeCmd{kind: stepNone}) }

// Next steps tasklet id over its current line.
func (e *Engine) Next(id int64) error { return e.resumeWith(resumeCmd{kind: stepOver, tasklet: id}) }

// StepIn steps tasklet id into the next line it runs, in a call or not.
func (e *Engine) StepIn(id int64) error { return e.resumeWith(resumeCmd{kind: stepIn, tasklet: id}) }

// StepOut lets tasklet id run until its current function returns.
func (e *Engine) StepOut(id int64) error { return e.resumeWith(resumeCmd{kind: stepOut, tasklet: id}) }

func (e *Engine) resumeWith(r resumeCmd) error {
	if !e.Running() {
		return ErrNotRunning
	}
	if !e.Stopped() {
		return errors.New("the program is running")
	}
	select {
	case e.resume <- r:
		return nil
	case <-e.done:
		return ErrNotRunning
	}
}

// Pause stops the program as soon as it can: at its next call, return,
// switch or backward jump, even in a loop that does nothing else.
func (e *Engine) Pause() {
	e.mu.Lock()
	e.userPause = true
	e.mu.Unlock()
	if e.m != nil {
		e.m.RequestPause()
	}
}

// Detach lets the program run on with no front end: nothing stops it
// until Attach, breakpoints and exception filters are cleared, and a
// stopped program goes on.
func (e *Engine) Detach() {
	e.mu.Lock()
	e.detached = true
	e.userPause = false
	e.front = nil
	e.mu.Unlock()
	e.onVM(func() {
		e.step = nil
		e.lines = map[string]*fileBreakpoints{}
		e.functions = nil
		e.filters = ExceptionFilters{}
		e.applyFilters()
		e.retrace()
	})
	if e.Stopped() {
		_ = e.Continue()
	}
}

func (e *Engine) frontend() Frontend {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.front == nil {
		return noFrontend{}
	}
	return e.front
}

// noFrontend hears nothing: the engine of a program nobody has attached
// to, or that the last client detached from.
type noFrontend struct{}

func (noFrontend) Stopped(Stop)          {}
func (noFrontend) Output(string, string) {}
func (noFrontend) Exited(int)            {}

// Attach makes the engine stop again for a front end, after Detach.
func (e *Engine) Attach(front Frontend) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.front = front
	e.detached = false
}

// Terminate ends the program without running any more of it, and waits
// until it has ended.
func (e *Engine) Terminate() {
	if e.m == nil {
		return
	}
	e.m.Abort()
	select {
	case e.resume <- resumeCmd{kind: stepNone}:
	case <-e.done:
	}
	<-e.done
}

// stopHere stops the program, on the VM's goroutine, until the front end
// resumes it; it runs the front end's calls in the meantime.
func (e *Engine) stopHere(t *vm.Tasklet, s Stop) {
	e.m.Stdout.Flush()
	e.mu.Lock()
	detached := e.detached
	e.mu.Unlock()
	if detached {
		e.step = nil
		return
	}
	s.Tasklet = t.ID()
	e.step = nil
	e.mu.Lock()
	e.stopped = true
	e.userPause = false
	e.mu.Unlock()
	e.frontend().Stopped(s)
	var r resumeCmd
wait:
	for {
		e.runPending()
		select {
		case <-e.wake:
		case r = <-e.resume:
			break wait
		}
	}
	e.mu.Lock()
	e.stopped = false
	e.mu.Unlock()
	e.beginStep(r)
}

// outputWriter turns the program's output into the front end's Output.
type outputWriter struct {
	e        *Engine
	category string
}

func (w outputWriter) Write(p []byte) (int, error) {
	w.e.frontend().Output(w.category, string(p))
	return len(p), nil
}
