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
}

// SetListener makes l receive the VM's events; nil stops them.
func (vm *VM) SetListener(l Listener) { vm.listener = l }

// builtinBreakpoint is breakpoint(): a stop in the debugger when one
// listens, and nothing otherwise (as with PYTHONBREAKPOINT=0: there is no
// pdb to fall back on).
func builtinBreakpoint(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if vm.listener != nil {
		if f := vm.callerFrame(); f != nil {
			vm.listener.Breakpoint(vm.cur, f)
		}
	}
	return None, nil
}
