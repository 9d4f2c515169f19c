package vm

import "errors"

// Limits on what a program may do, for running programs that nobody has
// read: the fuzzer's, or a service's. See Options.MaxInstructions and
// Options.Sandbox.

// ErrInstructionLimit is what RunSource and RunFile return when the
// program ran past Options.MaxInstructions and was stopped.
var ErrInstructionLimit = errors.New("tasklet: the program ran past its instruction limit")

// instructionLimit is the panic value that stops a program at its
// instruction limit: a panic unwinds every nested run of the loop at once,
// and nothing in the program can catch it, as it could an exception
// (`while True: try: ... except BaseException: pass`). RunSource recovers
// it. The VM is not usable afterwards.
type instructionLimit struct{}

// limits holds a VM's limits and what the program has used of them.
type limits struct {
	maxInstructions int64 // 0: no limit
	left            int64 // instructions left
	mark, slice     int64 // vm.budget and vm.sliceSize when left was last brought up to date
	sandbox         bool
}

// countInstructions brings the instruction count up to date and stops the
// program once it has run out. The loop calls it, when there is a limit, at
// its checkpoints: at every entry (calls, returns, switches, exceptions
// and nested runs go through it) and at backward jumps. Between two of
// them runs at most one straight stretch of one code object's
// instructions, so checking there is enough to stop any program, and
// costs nothing per instruction.
//
// The count reuses the preemption budget, which the loop already
// decrements at every instruction: the instructions run since the last
// checkpoint are how far the budget went down. The scheduler starts a new
// time slice at a switch (budget = sliceSize); then only the instructions
// of the new slice are counted, and the few before the switch are lost.
// (A new slice of the same size that has already gone below the mark is
// not noticed: the count is then off by less than one slice.) A checkpoint
// counts at least one instruction, so the program stops all the same.
func (vm *VM) countInstructions() {
	l := &vm.limits
	used := l.mark - vm.budget
	if used < 0 || vm.sliceSize != l.slice {
		// The scheduler began a new time slice since the mark.
		used = vm.sliceSize - vm.budget
	}
	if used < 1 {
		used = 1
	}
	l.mark, l.slice = vm.budget, vm.sliceSize
	l.left -= used
	if l.left < 0 {
		panic(instructionLimit{})
	}
}

// sandboxRefusal is the error of an operation that Options.Sandbox
// forbids: a PermissionError, which programs handle like any other
// refused system call.
func sandboxRefusal(what string) error {
	return Errorf(PermissionError, "[Errno 1] Operation not permitted: %s() in the sandbox", what)
}

// sandboxFree are the functions of _os that leave the machine alone.
var sandboxFree = map[string]bool{"getcwd": true, "getpid": true, "cpu_count": true, "urandom": true}

// sandboxOS wraps a function of the _os module so that, in a sandbox,
// it refuses to run unless it is one of sandboxFree.
func sandboxOS(name string, fn func(vm *VM, args []Value, kw []Kwarg) (Value, error)) func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
	if sandboxFree[name] {
		return fn
	}
	return func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if vm.limits.sandbox {
			return nil, sandboxRefusal(name)
		}
		return fn(vm, args, kw)
	}
}
