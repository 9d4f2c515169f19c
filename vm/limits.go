package vm

import (
	"errors"
	"math"
	"math/big"
	"math/bits"

	"tasklet/vm/compile"
)

// Limits on what a program may do, for running programs that nobody has
// read: the fuzzer's, or a service's. See Options.MaxInstructions and
// Options.Sandbox.

// ErrInstructionLimit is what RunSource and RunFile return when the
// program ran past Options.MaxInstructions and was stopped.
var ErrInstructionLimit = errors.New("tasklet: the program ran past its instruction limit")

// ErrAborted is what RunSource and RunFile return when Abort ended the
// program.
var ErrAborted = errors.New("tasklet: the program was ended by the debugger")

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

// maxObjectBytes bounds the size of one object the VM makes: a bigger one
// is a MemoryError, as in CPython when malloc fails. Go cannot recover
// from running out of memory, so the size is checked before making it.
const maxObjectBytes = 1 << 34

// reserve is called before making an object of n pieces of size bytes
// each (the items of a repeated list, the bytes of bytes(n)): it fails
// with MemoryError when that is more than maxObjectBytes, or n is
// negative. Under MaxInstructions, it also charges the work of making it.
func (vm *VM) reserve(n, size int64) error {
	if n < 0 || size > 0 && n > maxObjectBytes/size {
		return Errorf(MemoryError, "")
	}
	vm.chargeWork(n * size / bytesPerInstruction)
	return nil
}

// bytesPerInstruction is what the instruction limit charges for making
// big objects and for the work of built-ins that loop in Go: one
// instruction for every 64 bytes made.
const bytesPerInstruction = 64

// chargeWork counts n instructions' worth of work done in Go against
// MaxInstructions: the work of one instruction that makes a big object
// or loops over many items, which the limit would not see otherwise, so
// that no single instruction can run for long under a limit.
func (vm *VM) chargeWork(n int64) {
	l := &vm.limits
	if l.maxInstructions <= 0 || n <= 0 {
		return
	}
	l.left -= n
	if l.left < 0 {
		panic(instructionLimit{})
	}
}

// valueBytes is the size of a Value (an interface) in a slice.
const valueBytes = 16

// chargeIntOp charges, under MaxInstructions, the work of the int
// operation x op y from the size of its result: one instruction per 64-bit
// word for most, but a product (and a power, made of products) costs Go's
// big.Int about n^1.6 word operations for n words. 10**10**7 takes about
// 2 s here; it is charged some 6*10**7 instructions.
func (vm *VM) chargeIntOp(op compile.BinOp, x, y Value) {
	a, aok := intValue(x)
	b, bok := intValue(y)
	if !aok || !bok {
		return
	}
	na, nb := intBits(a), intBits(b)
	var words float64
	switch op {
	case compile.Pow:
		if intSign(b) <= 0 || na <= 1 {
			return // a float, or a power of 0, 1 or -1
		}
		words = na * intFloat(b) / 64
	case compile.LShift:
		if intSign(b) <= 0 {
			return
		}
		words = (na + intFloat(b)) / 64
	default:
		words = (na + nb) / 64
	}
	if words < 64 {
		return // as cheap as an instruction or two
	}
	work := words
	if op == compile.Pow || op == compile.Mul {
		work = math.Pow(words, 1.6) / 32
	}
	vm.chargeWork(int64(min(work, 1<<62)))
}

func intBits(v Value) float64 {
	switch n := v.(type) {
	case Int:
		if n < 0 {
			n = -n
		}
		return float64(bits.Len64(uint64(n)))
	case *big.Int:
		return float64(n.BitLen())
	}
	return 0
}

func intSign(v Value) int {
	switch n := v.(type) {
	case Int:
		return int(max(min(n, 1), -1))
	case *big.Int:
		return n.Sign()
	}
	return 0
}

func intFloat(v Value) float64 {
	switch n := v.(type) {
	case Int:
		return float64(n)
	case *big.Int:
		f, _ := new(big.Float).SetInt(n).Float64()
		return f
	}
	return 0
}
