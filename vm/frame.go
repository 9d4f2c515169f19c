package vm

// A Frame is the activation of a function, module body or class body, or
// a native continuation waiting for a call's result. Frames live on the
// heap and link to their caller, so a tasklet is just its top frame.
type Frame struct {
	back    *Frame
	code    *Code
	fn      *Function
	globals *Dict
	locals  *Dict   // the namespace of a module or class body; nil in functions
	slots   []Value // fast locals, then cells, then the operand stack
	sp      int     // next free stack slot
	pc      int     // next instruction
	depth   int     // frames below this one in its tasklet (recursion depth)

	// ext holds what few frames need: most calls leave it nil, and a
	// small frame is a short recursion's whole memory.
	ext *frameExt
	// stop marks the bottom frame of a nested run of the loop: its result
	// goes back to the Go code that started the run.
	stop bool
	// escaped frames are referenced from outside their tasklet (tasklet.frame,
	// a debugger), so their memory is never reused.
	escaped bool
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
}

// nativeFrame makes a frame that runs conts when the call above it
// returns.
func nativeFrame(back *Frame, conts []cont, depth int) *Frame {
	return &Frame{back: back, depth: depth, ext: &frameExt{conts: conts}}
}

// extra returns f's rarely needed parts, making them if need be.
func (f *Frame) extra() *frameExt {
	if f.ext == nil {
		f.ext = &frameExt{}
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
