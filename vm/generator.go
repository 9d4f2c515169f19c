package vm

import "tasklet/vm/compile"

// A Generator is the iterator a generator function returns. It owns the
// function's frame, which is pushed on the resuming tasklet's chain while
// the generator runs and detached again at each yield.
type Generator struct {
	frame    *Frame
	name     string
	qualname string
	state    genState
}

type genState uint8

const (
	genCreated genState = iota
	genSuspended
	genRunning
	genDone
)

// genResume is a pending "callable" that resumes a generator from Go code
// (next(), send(), throw()) through the loop.
type genResume struct {
	g     *Generator
	send  Value
	throw *Exception
}

// initCall is a pending "callable" that runs a Python __init__ for an
// instance being created.
type initCall struct {
	fn   *Function
	self Value
}

// resumeGenerator pushes g's frame on the current tasklet, sending it a
// value or throwing an exception into it. The value it yields (or its
// StopIteration) goes to the frame that was on top.
func (vm *VM) resumeGenerator(g *Generator, send Value, throw *Exception) error {
	t := vm.cur
	switch g.state {
	case genRunning:
		return Errorf(ValueError, "generator already executing")
	case genDone:
		if throw != nil {
			vm.propagate(t, t.frame, nil, throw)
			return nil
		}
		vm.propagate(t, t.frame, nil, newException(StopIteration))
		return nil
	case genCreated:
		if throw == nil && send != None {
			return Errorf(TypeError, "can't send non-None value to a just-started generator")
		}
	}
	f := g.frame
	if err := vm.pushFrame(t, f); err != nil {
		return err
	}
	started := g.state == genSuspended
	g.state = genRunning
	if throw != nil {
		if !started {
			// Thrown into before it ran: it fails at its first line.
			f.pc = 1
		}
		vm.raiseIn(t, f, throw, false)
		return nil
	}
	if started {
		if send == None && discardsSent(f) {
			f.pc++
		} else {
			f.slotSlice()[f.sp] = send
			f.sp++
		}
	}
	return nil
}

// discardsSent reports whether generator frame f, suspended at a yield,
// throws away the value sent to it: the instruction after its yield is a
// POP_TOP of the same line (a yield statement). Resuming it with None can
// then skip the POP_TOP instead of pushing None for it; a line's first
// instruction is never skipped, as a traced copy reports the line there.
func discardsSent(f *Frame) bool {
	c := f.code.Code
	return compile.Opcode(c.Code[f.pc]&0xff) == compile.POP_TOP && c.Pos[f.pc].Line == c.Pos[f.pc-1].Line
}

// yieldValue suspends generator frame f, handing v to its resumer.
func (vm *VM) yieldValue(t *Tasklet, f *Frame, v Value) {
	p := f.back
	t.frame = p
	f.back = nil
	f.ext.gen.state = genSuspended
	if p != nil && p.code != nil {
		// A Python frame resumed it (for, yield from): the instruction
		// that waits takes the value, as propagate would have it.
		vm.complete(p, v)
		return
	}
	vm.propagate(t, p, v, nil)
}

// send runs the SEND instruction of frame f: TOS is the value to send,
// TOS1 the iterator being delegated to by yield from.
func (vm *VM) send(t *Tasklet, f *Frame, target int) error {
	slots := f.slotSlice()
	it, v := slots[f.sp-2], slots[f.sp-1]
	if g, ok := it.(*Generator); ok {
		return vm.resumeGenerator(g, v, nil)
	}
	var res Value
	var err error
	if v == None {
		res, err = vm.next(it)
	} else {
		res, err = vm.callMethod(it, "send", v)
	}
	if p, ok := res.(*pending); ok {
		vm.startPending(f, p)
		return nil
	}
	vm.propagate(t, f, res, err)
	return nil
}

// delegate returns the iterator a suspended generator is yielding from,
// and the index of its SEND instruction.
func (g *Generator) delegate() (Value, int) {
	f := g.frame
	if f == nil || g.state != genSuspended || f.pc >= len(f.code.Code.Code) {
		return nil, 0
	}
	// Suspended in yield from, the next instruction jumps back to SEND.
	if op, arg := compile.Op(f.code.Code.Code[f.pc]); op == compile.JUMP {
		if sop, _ := compile.Op(f.code.Code.Code[arg]); sop == compile.SEND {
			return f.slotSlice()[f.sp-1], arg
		}
	}
	return nil, 0
}

// genThrow resumes g with an exception raised at its yield. A generator
// suspended in yield from passes the exception on to the iterator it
// delegates to, as PEP 380 says.
func (vm *VM) genThrow(g *Generator, exc *Exception) (Value, error) {
	if sub, sendPC := g.delegate(); sub != nil {
		if _, ok := sub.(*Generator); ok || vm.hasMethod(sub, "throw") {
			return &pending{fn: &delegatedThrow{g: g, sub: sub, sendPC: sendPC, exc: exc}}, nil
		}
	}
	return &pending{fn: &genResume{g: g, throw: exc}}, nil
}

// delegatedThrow is a pending "callable": throw into the iterator a
// generator delegates to, with the generator's frame waiting in its SEND.
type delegatedThrow struct {
	g      *Generator
	sub    Value
	sendPC int
	exc    *Exception
}

func (vm *VM) hasMethod(v Value, name string) bool {
	_, ok := TypeOf(v).Lookup(name)
	return ok
}

// runDelegatedThrow resumes the generator as if it were executing SEND,
// and makes the sub-iterator's throw the call SEND waits for: what the
// sub-iterator yields, returns or raises then flows through SEND.
func (vm *VM) runDelegatedThrow(t *Tasklet, d *delegatedThrow) error {
	f := d.g.frame
	if err := vm.pushFrame(t, f); err != nil {
		return err
	}
	d.g.state = genRunning
	f.slotSlice()[f.sp] = None
	f.sp++
	f.pc = d.sendPC + 1
	if sg, ok := d.sub.(*Generator); ok {
		vm.invoke(t, f, &pending{fn: &genResume{g: sg, throw: d.exc}})
		return nil
	}
	r, err := vm.callMethod(d.sub, "throw", d.exc)
	if p, ok := r.(*pending); ok {
		vm.startPending(f, p)
		return nil
	}
	vm.propagate(t, f, r, err)
	return nil
}

func init() {
	gm := func(name string, fn func(vm *VM, g *Generator, args []Value, kw []Kwarg) (Value, error)) {
		addMethod(generatorType, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return fn(vm, self.(*Generator), args, kw)
		})
	}
	gm("__next__", func(vm *VM, g *Generator, args []Value, kw []Kwarg) (Value, error) {
		return &pending{fn: &genResume{g: g, send: None}}, nil
	})
	gm("__iter__", func(vm *VM, g *Generator, args []Value, kw []Kwarg) (Value, error) { return g, nil })
	gm("send", func(vm *VM, g *Generator, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("send", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return &pending{fn: &genResume{g: g, send: args[0]}}, nil
	})
	gm("throw", func(vm *VM, g *Generator, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("throw", args, kw, 1, 3); err != nil {
			return nil, err
		}
		var val Value = None
		if len(args) > 1 {
			val = args[1]
		}
		exc, err := vm.exceptionFromThrow(args[0], val)
		if err != nil {
			return nil, err
		}
		return vm.genThrow(g, exc)
	})
	gm("close", func(vm *VM, g *Generator, args []Value, kw []Kwarg) (Value, error) {
		if g.state != genSuspended {
			g.state = genDone
			g.frame = nil
			return None, nil
		}
		r, err := vm.genThrow(g, newException(GeneratorExit))
		return thenCatch(r, err, func(Value) (Value, error) {
			return nil, Errorf(RuntimeError, "generator ignored GeneratorExit")
		}, func(err error) (Value, error) {
			if isException(err, GeneratorExit) || isException(err, StopIteration) {
				return None, nil
			}
			return nil, err
		})
	})
}
