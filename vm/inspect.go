package vm

import (
	"fmt"
	"sort"
)

// This file is the VM's inspection interface for debuggers: what a
// program's tasklets are doing, their frames and variables, the channels
// they wait on, and the evaluation of expressions in a frame. It is meant
// for the VM's own goroutine while the program is stopped (in a debugger
// callback): nothing here is safe to call while the loop runs.

// TaskletState says what a tasklet is doing.
type TaskletState int

const (
	TaskletNew      TaskletState = iota // bound, not started
	TaskletRunning                      // the current tasklet
	TaskletRunnable                     // in the ring of runnable tasklets
	TaskletBlocked                      // waiting on a channel
	TaskletPaused                       // alive but neither runnable nor blocked (removed, or interrupted by run)
	TaskletDead
)

func (s TaskletState) String() string {
	switch s {
	case TaskletNew:
		return "new"
	case TaskletRunning:
		return "running"
	case TaskletRunnable:
		return "runnable"
	case TaskletBlocked:
		return "blocked"
	case TaskletPaused:
		return "paused"
	}
	return "dead"
}

// Tasklets returns the main tasklet and every live tasklet, in the order
// they were created.
func (vm *VM) Tasklets() []*Tasklet { return vm.allTasklets() }

// Current returns the running tasklet.
func (vm *VM) Current() *Tasklet { return vm.cur }

// ID returns the tasklet's number: 0 for the main tasklet, then 1, 2, ...
// in order of creation. It never changes.
func (t *Tasklet) ID() int64 { return t.id }

// IsMain reports whether t is the main tasklet.
func (t *Tasklet) IsMain() bool { return t.isMain }

// Name names what the tasklet runs: its outermost Python function.
func (t *Tasklet) Name() string {
	if t.isMain {
		return "main"
	}
	return taskletFunction(t)
}

// State returns what t is doing; running is relative to vm.
func (vm *VM) State(t *Tasklet) TaskletState {
	switch {
	case t.dead:
		return TaskletDead
	case t == vm.cur:
		return TaskletRunning
	case t.blockedOn != nil:
		return TaskletBlocked
	case !t.started && !t.isMain:
		if !t.bound {
			return TaskletDead
		}
		if t.inRing {
			return TaskletRunnable
		}
		return TaskletNew
	case t.inRing:
		return TaskletRunnable
	}
	return TaskletPaused
}

// BlockedOn returns the channel t waits on and whether it waits to send;
// nil when it is not blocked.
func (t *Tasklet) BlockedOn() (c *Channel, sending bool) { return t.blockedOn, t.sending }

// Where returns the file and line that t is executing (or waiting in),
// without handing out its frame; ok is false for a tasklet with no Python
// frame.
func (t *Tasklet) Where() (file string, line int, ok bool) {
	for f := t.frame; f != nil; f = f.back {
		if f.code != nil {
			return f.code.Filename, f.Line(), true
		}
	}
	return "", 0, false
}

// Frames returns the Python frames of t, the innermost first. The frames
// stay valid after their calls return, since the VM no longer reuses them.
func (t *Tasklet) Frames() []*Frame {
	var out []*Frame
	for f := t.frame; f != nil; f = f.back {
		if f.code != nil {
			f.escaped = true
			out = append(out, f)
		}
	}
	return out
}

// Depth returns the number of frames below f in its tasklet: a callee is
// deeper than its caller.
func (f *Frame) Depth() int { return int(f.depth) }

// AtStart reports whether the frame has not run any instruction yet: a
// call that is just beginning.
func (f *Frame) AtStart() bool { return f.pc == 0 }

// Code returns the code object the frame runs.
func (f *Frame) Code() *Code { return f.code }

// Caller returns the Python frame that called f, or nil.
func (f *Frame) Caller() *Frame {
	for b := f.back; b != nil; b = b.back {
		if b.code != nil {
			b.escaped = true
			return b
		}
	}
	return nil
}

// Function returns the qualified name of the function the frame runs,
// "<module>" for a module's code.
func (f *Frame) Function() string { return f.code.QualName }

// Name returns the name of the function the frame runs, without its
// enclosing classes and functions ("<module>" for a module's code).
func (f *Frame) Name() string { return f.code.Name }

// File returns the path of the frame's source file.
func (f *Frame) File() string { return f.code.Filename }

// Position returns the source range of the instruction the frame is
// executing (or waiting in), 1-based; columns count bytes.
func (f *Frame) Position() (line, col, endLine, endCol int) {
	pc := f.pc - 1
	if pc < 0 {
		pc = 0
	}
	if pc >= len(f.code.Pos) {
		pc = len(f.code.Pos) - 1
	}
	if pc < 0 {
		return 0, 0, 0, 0
	}
	p := f.code.Pos[pc]
	return int(p.Line), int(p.Col), int(p.EndLine), int(p.EndCol)
}

// A Variable is a name bound in a frame.
type Variable struct {
	Name  string
	Value Value
	// key is the item's key (or index) in the dict or list it belongs
	// to, for SetChild.
	key Value
}

// Locals returns the frame's local variables that have a value: in a
// function, its parameters and locals in order of declaration, then the
// variables its closures share; in a module or class body, its namespace.
func (f *Frame) Locals() []Variable {
	if f.locals != nil {
		return dictVariables(f.locals)
	}
	vars := dictVariables(frameLocals(f))
	if f.ext != nil && f.ext.consoleNames != nil {
		vars = append(vars, dictVariables(f.ext.consoleNames)...)
	}
	return vars
}

// Globals returns the variables of the frame's module.
func (f *Frame) Globals() []Variable {
	var out []Variable
	for _, v := range dictVariables(f.globals) {
		if v.Name != "__builtins__" {
			out = append(out, v)
		}
	}
	return out
}

func dictVariables(d *Dict) []Variable {
	var out []Variable
	d.Items(func(k, v Value) bool {
		if s, ok := k.(Str); ok {
			out = append(out, Variable{Name: string(s), Value: v})
		}
		return true
	})
	return out
}

// Channels returns the channels that tasklets wait on, each once, in the
// order of the oldest tasklet waiting on it.
func (vm *VM) Channels() []*Channel {
	var out []*Channel
	seen := map[*Channel]bool{}
	for _, t := range vm.allTasklets() {
		if c := t.blockedOn; c != nil && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// Balance returns the channel's balance: the number of tasklets waiting to
// send, or minus the number waiting to receive.
func (c *Channel) Balance() int { return c.balance }

// Preference returns the channel's preference: -1 when a send prefers
// the receiver to run, 1 the sender, 0 neither.
func (c *Channel) Preference() int { return c.preference }

// Closing reports whether close() was called on the channel.
func (c *Channel) Closing() bool { return c.closing }

// Closed reports whether the channel is closing and nobody waits on it.
func (c *Channel) Closed() bool { return c.closed() }

// Queue returns the tasklets waiting on the channel, first in line first.
func (c *Channel) Queue() []*Tasklet {
	var out []*Tasklet
	for t := c.head; t != nil; t = t.next {
		out = append(out, t)
	}
	return out
}

// Created returns where the channel was made, as "file:line".
func (c *Channel) Created() string { return c.created }

// Tempval returns the tasklet's tempval: what it last received, or what
// a blocked sender offers.
func (t *Tasklet) Tempval() Value {
	if t.tempval == nil || t.offer == offerErr {
		return None
	}
	return t.tempval
}

// Attr returns the attribute name set on the tasklet (an instance of a
// tasklet subclass, or a tasklet given attributes), or nil.
func (t *Tasklet) Attr(name string) Value {
	if t.ext == nil || t.ext.dict == nil {
		return nil
	}
	v, _ := t.ext.dict.GetStr(name)
	return v
}

// Entry returns the function a tasklet that has not started will call,
// and its file and first line; ok is false for other tasklets.
func (t *Tasklet) Entry() (name, file string, line int, ok bool) {
	if t.started || t.isMain {
		return "", "", 0, false
	}
	fn, isFn := t.fn.(*Function)
	if m, isMethod := t.fn.(*Method); isMethod {
		fn, isFn = m.Func.(*Function)
	}
	if !isFn {
		return "", "", 0, false
	}
	return fn.QualName, fn.Code.Filename, int(fn.Code.FirstLine), true
}

// Offer returns what a tasklet blocked sending on a channel offers: the
// value, or the exception the receiver will get; ok is false when t is
// not a blocked sender.
func (t *Tasklet) Offer() (v Value, err error, ok bool) {
	if t.blockedOn == nil || !t.sending || t.offer == 0 {
		return nil, nil, false
	}
	switch t.offer {
	case offerErr:
		return nil, t.tempval.(error), true
	}
	return t.tempval, nil, true
}

// Repr returns repr(v) for display. User __repr__ methods run, in a nested
// run of the loop; one that fails or tries to switch tasklets is shown as
// the error it raised.
func (vm *VM) Repr(v Value) string {
	defer vm.evaluate()()
	r, err := vm.finishNested(vm.repr(v))
	if err != nil {
		return fmt.Sprintf("<repr failed: %s>", vm.ExceptionMessage(err))
	}
	if s, ok := r.(Str); ok {
		return string(s)
	}
	return fmt.Sprintf("<%s object>", typeName(v))
}

// ExceptionMessage returns what the last line of a traceback says about
// err: "Type: message", or "Type" alone.
func (vm *VM) ExceptionMessage(err error) string {
	defer vm.evaluate()()
	exc := vm.toException(err)
	s, rerr := vm.finishNested(vm.str(exc))
	msg := ""
	if rerr == nil {
		if m, ok := s.(Str); ok {
			msg = string(m)
		}
	}
	if msg == "" {
		return exc.Class.Name
	}
	return exc.Class.Name + ": " + msg
}

// Sources returns the paths of the source files the program has loaded,
// sorted.
func (vm *VM) Sources() []string {
	out := make([]string, 0, len(vm.sources))
	for p := range vm.sources {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// SourceText returns the text of a loaded source file, for sources a
// debugger cannot read from disk (code given with -c, or "<string>").
func (vm *VM) SourceText(path string) (string, bool) {
	sf, ok := vm.sources[path]
	if !ok {
		return "", false
	}
	return sf.text, true
}

// TracebackAt formats err as a traceback printed at frame f would show it:
// with the frames from f down as its stack, for an exception that is
// still being raised there.
func (vm *VM) TracebackAt(f *Frame, err error) string {
	defer vm.evaluate()()
	exc := *vm.toException(err)
	exc.Traceback = nil
	for g := f; g != nil; g = g.back {
		if g.code != nil && g.pc > 0 {
			exc.Traceback = append(exc.Traceback, TracebackEntry{Code: g.code, PC: g.pc - 1})
		}
	}
	return vm.FormatTraceback(&exc)
}

// ExceptionClass returns the name of err's exception class.
func (vm *VM) ExceptionClass(err error) string { return vm.toException(err).Class.Name }

// TypeName returns the name of v's type, for display.
func TypeName(v Value) string { return typeName(v) }

// InRun reports whether t waits in stackless.run() for the tasklets it
// runs to finish.
func (vm *VM) InRun(t *Tasklet) bool {
	for _, wd := range vm.sched.watchdogs {
		if wd.t == t {
			return true
		}
	}
	return false
}
