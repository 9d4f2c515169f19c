package vm

// A Listener observes a running program for a debugger. The VM calls it on
// its own goroutine, synchronously: the program is stopped for the
// duration of the call, which may inspect it (see inspect.go) and may
// block until the user resumes. With no listener set, the only cost to
// the program is a nil check where an event would be reported.
type Listener interface {
	// Breakpoint is called when the program calls breakpoint(), with the
	// tasklet and the frame that called it.
	Breakpoint(t *Tasklet, f *Frame)
	// Paused is called after RequestPause, at the next call, return,
	// switch or backward jump, with the tasklet and frame about to run.
	Paused(t *Tasklet, f *Frame)
	// Line is called, while line events are on (SetLineEvents), when
	// frame f of tasklet t starts a line.
	Line(t *Tasklet, f *Frame)
}

// SetListener makes l receive the VM's events; nil stops them.
func (vm *VM) SetListener(l Listener) { vm.listener = l }

// RequestPause asks the program to stop at its next call, return,
// tasklet switch or backward jump, and the listener's Paused to be
// called there. Unlike everything else in the VM, it may be called from
// any goroutine: it is how a debugger's "pause" reaches a running loop.
func (vm *VM) RequestPause() { vm.attention.Or(attnPause) }

// The bits of VM.attention.
const (
	attnLimit uint32 = 1 << iota // count instructions (Options.MaxInstructions)
	attnPause                    // a pause was requested
	attnLines                    // line events are on for some files
)

// attend runs when the loop loads frame f of tasklet t and the attention
// flag is set: it counts instructions, pauses, and returns the code to run
// (a traced copy when line events are on for f's file).
func (vm *VM) attend(t *Tasklet, f *Frame) []uint32 {
	a := vm.attention.Load()
	if a&attnLimit != 0 {
		vm.countInstructions()
	}
	if a&attnPause != 0 {
		vm.paused(t, f)
	}
	if vm.lineEvents != nil && vm.lineEvents(f.code.Filename) {
		return f.code.tracedCode()
	}
	return f.code.Code.Code
}

// attendBackEdge runs at a backward jump of frame f when the attention
// flag is set; it reports whether the program paused there (the loop then
// reloads the frame).
func (vm *VM) attendBackEdge(t *Tasklet, f *Frame) bool {
	a := vm.attention.Load()
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
	if vm.listener != nil {
		vm.listener.Paused(t, f)
	}
}

// builtinBreakpoint is breakpoint(): a stop in the debugger when one
// listens, and nothing otherwise (as with PYTHONBREAKPOINT=0: there is no
// pdb to fall back on).
func builtinBreakpoint(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if vm.listener == nil {
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
