package vm

// A Frame is the activation of a function, module body or class body, or
// a native continuation waiting for a call's result. Frames live on the
// heap and link to their caller, so a tasklet is just its top frame.
//
// Deep recursion is mostly frames, so a frame is kept to 48 bytes before
// its slots (see framePool): what the frames of one function share is
// behind one pointer, and so is what few frames need.
type Frame struct {
	back *Frame
	// frameEnv gives the frame its code, function and namespaces, and its
	// rarely needed parts (ext).
	*frameEnv
	// slots are the fast locals, then cells, then the operand stack:
	// code.frameSize() of them, most often in the same allocation as the
	// frame. A pointer rather than a slice saves the 16 bytes of length
	// and capacity; slotSlice gives them with their bounds.
	slots *[maxFrameSlots]Value
	pc    int   // next instruction
	sp    int32 // next free stack slot
	depth int32 // frames below this one in its tasklet (recursion depth)
	// stop marks the bottom frame of a nested run of the loop: its result
	// goes back to the Go code that started the run.
	stop bool
	// escaped frames are referenced from outside their tasklet (tasklet.frame,
	// a debugger), so their memory is never reused.
	escaped bool
}

// maxFrameSlots bounds the slots of a frame: far beyond what memory
// allows a function's locals and stack, and small enough to be an array
// type's length.
const maxFrameSlots = 1 << 28

// A frameEnv is what a frame runs in. The frames of one function share
// the function's env, unless a frame needs parts of its own (ext): it then
// gets a copy that it alone uses.
type frameEnv struct {
	code    *Code // nil in a native frame
	fn      *Function
	globals *Dict
	locals  *Dict     // the namespace of a module or class body; nil in functions
	ext     *frameExt // nil in a shared env
}

// frameExt holds the rarely needed parts of a frame.
type frameExt struct {
	// conts, in a native frame (code nil), are the continuations waiting
	// for the result of the call above it.
	conts []cont
	gen   *Generator // the generator that owns this frame, if any
	// initSelf is set on the frame of an __init__ called by instantiation:
	// the instance is the result, and __init__ must return None.
	initSelf Value
	// object is the frame's Python frame object, once a program asked.
	object *frameObject
	// consoleNames holds the names a debugger's console bound in a
	// function's frame that are none of its variables (see ExecInFrame).
	consoleNames *Dict
}

// ownEnv is the env of a frame with parts of its own, allocated as one.
type ownEnv struct {
	env frameEnv
	ext frameExt
}

// nativeFrame makes a frame that runs conts when the call above it
// returns.
func nativeFrame(back *Frame, conts []cont, depth int32) *Frame {
	own := &ownEnv{ext: frameExt{conts: conts}}
	own.env.ext = &own.ext
	return &Frame{back: back, frameEnv: &own.env, depth: depth}
}

// extra returns f's rarely needed parts, making them if need be: f then
// leaves the env it shared for a copy of its own.
func (f *Frame) extra() *frameExt {
	if f.ext == nil {
		own := &ownEnv{env: *f.frameEnv}
		own.env.ext = &own.ext
		f.frameEnv = &own.env
	}
	return f.ext
}

// generator returns the generator that owns f, or nil.
func (f *Frame) generator() *Generator {
	if f.ext == nil {
		return nil
	}
	return f.ext.gen
}

// frameSize is the number of slots of a frame running c.
func (c *Code) frameSize() int { return c.nslots }

// slotSlice returns f's slots, bounds-checked; none in a native frame.
func (f *Frame) slotSlice() []Value {
	if f.code == nil {
		return nil
	}
	n := f.code.frameSize()
	return f.slots[:n:n]
}

// stackBase is the slot index of the bottom of the operand stack.
func (f *Frame) stackBase() int { return f.code.nlocals + f.code.ncells }

// Line returns the source line the frame is executing.
func (f *Frame) Line() int {
	if f.code == nil {
		return 0
	}
	pc := f.pc - 1
	if pc < 0 {
		pc = 0
	}
	if pc >= len(f.code.Pos) {
		pc = len(f.code.Pos) - 1
	}
	// Instructions that only move between a statement's parts have no
	// line: the frame is still on the line before them.
	for pc > 0 && f.code.Pos[pc].Line == 0 {
		pc--
	}
	return int(f.code.Pos[pc].Line)
}

// A cont is a continuation of Go code waiting for a Python call: ok gets
// the call's result, fail (if set) its exception.
type cont struct {
	ok   func(Value) (Value, error)
	fail func(error) (Value, error)
}

// A pending is what a Go built-in returns instead of calling Python code
// itself: the call to make, and what to do with its result. The loop makes
// the call on a heap frame, so that the Python code can block, switch
// tasklets or recurse without growing the Go stack.
type pending struct {
	fn    Value
	args  []Value
	kw    []Kwarg
	conts []cont
	// pooled pendings come from pendingCall and go back to the VM's pool
	// once the call has been made.
	pooled bool
}

// pendingCall returns the pending call of Python function fn with
// arguments self (unless nil) and args. Built-ins call Python functions
// all the time (properties, __init__, key functions), so the pending and
// its argument slice are reused.
func (vm *VM) pendingCall(fn *Function, self Value, args []Value, kw []Kwarg) *pending {
	var p *pending
	if n := len(vm.freePendings); n > 0 {
		p = vm.freePendings[n-1]
		vm.freePendings = vm.freePendings[:n-1]
	} else {
		p = &pending{pooled: true}
	}
	p.fn, p.kw = fn, kw
	p.args = p.args[:0]
	if self != nil {
		p.args = append(p.args, self)
	}
	p.args = append(p.args, args...)
	return p
}

// recyclePending gives back a pooled pending whose call has been made:
// its arguments are in the callee's frame by then.
func (vm *VM) recyclePending(p *pending) {
	if !p.pooled || len(vm.freePendings) >= 64 {
		return
	}
	clear(p.args)
	p.fn, p.kw, p.conts = nil, nil, nil
	vm.freePendings = append(vm.freePendings, p)
}

// then chains k after a result that may be pending.
func then(v Value, err error, k func(Value) (Value, error)) (Value, error) {
	if p, ok := v.(*pending); ok {
		p.conts = append(p.conts, cont{ok: k})
		return p, nil
	}
	if err != nil {
		return nil, err
	}
	return k(v)
}

// thenCatch is then with a handler for the exception.
func thenCatch(v Value, err error, k func(Value) (Value, error), fail func(error) (Value, error)) (Value, error) {
	if p, ok := v.(*pending); ok {
		p.conts = append(p.conts, cont{ok: k, fail: fail})
		return p, nil
	}
	if err != nil {
		return fail(err)
	}
	return k(v)
}
