package vm

import "time"

// A Listener observes a running program for a debugger. The VM calls it on
// its own goroutine, synchronously: the program is stopped for the
// duration of the call, which may inspect it (see inspect.go), change
// what the VM reports (SetLineEvents, SetFrameEvents,
// SetExceptionEvents), and block until the user resumes. With no
// listener set, the only cost to the program is a nil check where an
// event would be reported. No event is reported while the debugger
// evaluates code (EvalInFrame, ExecInFrame).
type Listener interface {
	// Breakpoint is called when the program calls breakpoint(), with the
	// tasklet and the frame that called it.
	Breakpoint(t *Tasklet, f *Frame)
	// Paused is called after RequestPause, at the next call, return,
	// switch or backward jump, with the tasklet and frame about to run.
	Paused(t *Tasklet, f *Frame)
	// Line is called, for the lines chosen by SetLineEvents, when frame f
	// of tasklet t starts a line.
	Line(t *Tasklet, f *Frame)
	// Entered is called, while SetFrameEvents is on, when frame f becomes
	// the running frame of tasklet t: a call, a return to it, a switch to
	// t, the handler of an exception.
	Entered(t *Tasklet, f *Frame)
	// Exception is called, while SetExceptionEvents is on, when an
	// exception is raised in frame f of tasklet t (err is the exception),
	// and again each time a handler that did not end it raises it again
	// (reraised). Uncaught says that no frame of t can catch it: it will
	// end the tasklet.
	Exception(t *Tasklet, f *Frame, err error, reraised, uncaught bool)
	// Deadlock is called when tasklet t, in frame f, is about to fail
	// with the deadlock error: every other tasklet is blocked, or there is
	// none, and t was going to block too.
	Deadlock(t *Tasklet, f *Frame)
}

// SetListener makes l receive the VM's events; nil stops them.
func (vm *VM) SetListener(l Listener) { vm.listener = l }

// SetFrameEvents turns the listener's Entered events on or off.
func (vm *VM) SetFrameEvents(on bool) {
	if on {
		vm.attention.Or(attnFrames)
	} else {
		vm.attention.And(^attnFrames)
	}
}

// SetExceptionEvents turns the listener's Exception events on or off.
func (vm *VM) SetExceptionEvents(on bool) { vm.exceptionEvents = on }

// RequestPause asks the program to stop at its next call, return,
// tasklet switch or backward jump, and the listener's Paused to be
// called there. Unlike everything else in the VM, it may be called from
// any goroutine: it is how a debugger's "pause" reaches a running loop.
func (vm *VM) RequestPause() {
	vm.attention.Or(attnPause)
	vm.wakeSleep()
}

// Abort ends the program at its next call, return, switch, backward jump
// or line event: RunFile and RunSource return ErrAborted, and nothing
// more of the program runs, not even finally blocks. It may be called
// from any goroutine, and from a listener, which should then return.
func (vm *VM) Abort() {
	vm.attention.Or(attnAbort)
	vm.wakeSleep()
}

// wakeSleep interrupts time.sleep, if the program is in it, so that a
// pause or an abort need not wait for the end of the sleep.
func (vm *VM) wakeSleep() {
	select {
	case vm.wake <- struct{}{}:
	default:
	}
}

// sleep is time.sleep: it blocks every tasklet for d, but stops for a
// pause, and ends at once for an abort.
func (vm *VM) sleep(d time.Duration) {
	timer := time.NewTimer(d)
	defer timer.Stop()
	for {
		select {
		case <-timer.C:
			return
		case <-vm.wake:
			a := vm.attention.Load()
			if a&attnAbort != 0 {
				panic(aborted{})
			}
			if a&attnPause != 0 {
				if f := vm.callerFrame(); f != nil {
					// Stopped in the call of sleep; the time stopped
					// counts as slept.
					vm.paused(vm.cur, f)
				}
			}
		}
	}
}

// The bits of VM.attention.
const (
	attnLimit    uint32 = 1 << iota // count instructions (Options.MaxInstructions)
	attnPause                       // a pause was requested
	attnLines                       // line events are on for some code
	attnFrames                      // the listener wants Entered events
	attnAbort                       // the program must end now
	attnDeadlock                    // main was woken with the deadlock error
)

// aborted is the panic that unwinds a program that Abort ended; RunSource
// recovers it.
type aborted struct{}

// attend runs when the loop loads frame f of tasklet t and the attention
// flag is set: it counts instructions, pauses, reports the frame, and
// returns the code to run (a traced copy when line events are on for f's
// code).
func (vm *VM) attend(t *Tasklet, f *Frame) []uint32 {
	a := vm.attention.Load()
	if a&attnAbort != 0 {
		panic(aborted{})
	}
	if a&attnLimit != 0 {
		vm.countInstructions()
	}
	if a&attnPause != 0 {
		vm.paused(t, f)
	}
	if a&attnDeadlock != 0 {
		vm.attention.And(^attnDeadlock)
		vm.deadlockEvent(t)
	}
	if a&attnFrames != 0 && vm.listener != nil && !vm.evaluating {
		vm.listener.Entered(t, f)
	}
	if vm.attention.Load()&attnAbort != 0 {
		panic(aborted{})
	}
	return vm.codeFor(f.code)
}

// attendBackEdge runs at a backward jump of frame f when the attention
// flag is set; it reports whether the program paused there (the loop then
// reloads the frame).
func (vm *VM) attendBackEdge(t *Tasklet, f *Frame) bool {
	a := vm.attention.Load()
	if a&attnAbort != 0 {
		panic(aborted{})
	}
	if a&attnLimit != 0 {
		vm.countInstructions()
	}
	if a&attnPause != 0 {
		vm.paused(t, f)
		return true
	}
	return false
}

// paused handles a pause request in the loop, with frame f of tasklet t
// about to run.
func (vm *VM) paused(t *Tasklet, f *Frame) {
	vm.attention.And(^attnPause)
	if vm.listener != nil && !vm.evaluating {
		vm.listener.Paused(t, f)
	}
}

// exceptionEvent reports an exception raised, or raised again, in frame f
// of tasklet t.
func (vm *VM) exceptionEvent(t *Tasklet, f *Frame, exc *Exception, reraised bool) {
	if vm.evaluating || f.code == nil {
		return
	}
	vm.listener.Exception(t, f, exc, reraised, !vm.catchable(f))
}

// catchable reports whether a frame from f down could catch an exception
// raised at its current instruction: one has a handler there, or a
// built-in or Go code below the Python frames could handle it.
func (vm *VM) catchable(f *Frame) bool {
	for ; f != nil; f = f.back {
		if f.code == nil || f.stop {
			return true
		}
		if _, ok := f.code.HandlerAt(f.pc - 1); ok {
			return true
		}
	}
	return false
}

// deadlockEvent tells the listener that tasklet t is about to fail with
// the deadlock error.
func (vm *VM) deadlockEvent(t *Tasklet) {
	if vm.listener == nil || vm.evaluating {
		return
	}
	if f := vm.callerFrame(); f != nil {
		vm.listener.Deadlock(t, f)
	}
}

// builtinBreakpoint is breakpoint(): a stop in the debugger when one
// listens, and nothing otherwise (as with PYTHONBREAKPOINT=0: there is no
// pdb to fall back on).
func builtinBreakpoint(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if vm.listener == nil || vm.evaluating {
		return None, nil
	}
	// The stop happens once the loop has saved the frame, and the loop
	// reloads the frame after it, so that line events asked for during
	// the stop begin at once.
	return suspend(func(vm *VM, t *Tasklet) {
		if f := vm.callerFrame(); f != nil {
			vm.listener.Breakpoint(t, f)
		}
		vm.propagate(t, t.frame, None, nil)
	})
}
