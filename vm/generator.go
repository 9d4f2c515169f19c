package vm

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
		if g.state == genCreated {
			f.pc = 0
		}
		vm.raiseIn(t, f, throw, false)
		return nil
	}
	if started {
		f.slots[f.sp] = send
		f.sp++
	}
	return nil
}

// yieldValue suspends generator frame f, handing v to its resumer.
func (vm *VM) yieldValue(t *Tasklet, f *Frame, v Value) {
	t.frame = f.back
	f.back = nil
	f.gen.state = genSuspended
	vm.propagate(t, t.frame, v, nil)
}

// send runs the SEND instruction of frame f: TOS is the value to send,
// TOS1 the iterator being delegated to by yield from.
func (vm *VM) send(t *Tasklet, f *Frame, target int) error {
	it := f.slots[f.sp-2]
	v := f.slots[f.sp-1]
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

// genThrow resumes g with an exception raised at its yield.
func (vm *VM) genThrow(g *Generator, exc *Exception) (Value, error) {
	return &pending{fn: &genResume{g: g, throw: exc}}, nil
}
