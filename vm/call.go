package vm

import (
	"fmt"
	"strings"

	"tasklet/vm/compile"
)

// newFrame makes a frame that runs env's code, reusing a released one
// when it can.
func (vm *VM) newFrame(env *frameEnv) *Frame {
	f := vm.frames.get(env.code.frameSize())
	f.frameEnv = env
	f.sp = int32(env.code.nlocals + env.code.ncells)
	return f
}

// pushFrame makes f the top frame of t.
func (vm *VM) pushFrame(t *Tasklet, f *Frame) error {
	back := t.frame
	f.back = back
	if back != nil {
		// An int32 counts deeper than memory allows: a frame is 48 bytes
		// and more.
		f.depth = back.depth + 1
	}
	// The limit counts frames, the module's included, as CPython's does.
	if vm.recursionLimit > 0 && int(f.depth) >= vm.recursionLimit {
		return Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	t.frame = f
	return nil
}

// callFunction calls a Python function from the loop: it pushes the
// function's frame on t. A generator function's frame is not run: the new
// generator is returned instead, for the caller to deliver.
func (vm *VM) callFunction(t *Tasklet, fn *Function, args []Value, kw []Kwarg, initSelf Value) (*Generator, error) {
	code := fn.Code
	f := vm.newFrame(&fn.env)
	if err := vm.bindArgs(fn, f.slots[:code.nslots:code.nslots], args, kw); err != nil {
		return nil, err
	}
	if code.ncells > 0 {
		vm.setupCells(f, fn)
	}
	if code.Flags&compile.Generator != 0 {
		g := &Generator{frame: f, name: fn.Name, qualname: fn.QualName}
		f.extra().gen = g
		return g, nil
	}
	if initSelf != nil {
		f.extra().initSelf = initSelf
	}
	return nil, vm.pushFrame(t, f)
}

// entryFrame makes, for a tasklet bound to fn with args and kw, the
// frame that its start pushes, so that a tasklet waiting to start holds
// its frame rather than its arguments and the frame they will fill. It
// returns nil, for the call to be made when the tasklet starts, unless fn
// is a Python function (not a generator function) whose parameters take
// args exactly as they are, so that binding them now can neither fail
// nor read defaults that the program may change before the start.
func (vm *VM) entryFrame(fn Value, args []Value, kw []Kwarg) *Frame {
	pf, ok := fn.(*Function)
	if !ok || len(kw) > 0 {
		return nil
	}
	code := pf.Code
	if code.Flags&(compile.Generator|compile.VarArgs|compile.VarKeywords) != 0 || code.KwOnlyCount > 0 || len(args) != code.ArgCount {
		return nil
	}
	f := vm.newFrame(&pf.env)
	copy(f.slotSlice(), args)
	vm.setupCells(f, pf)
	return f
}

func (vm *VM) setupCells(f *Frame, fn *Function) {
	code := f.code
	slots := f.slotSlice()
	base := code.nlocals
	for i := range code.Cellvars {
		c := &Cell{}
		if a := code.CellArgs[i]; a >= 0 {
			c.V = slots[a]
		}
		slots[base+i] = c
	}
	base += len(code.Cellvars)
	for i, c := range fn.Closure {
		slots[base+i] = c
	}
}

// bindArgs fills the parameter slots of fn's frame from a call's
// arguments, with CPython's error messages.
func (vm *VM) bindArgs(fn *Function, slots []Value, args []Value, kw []Kwarg) error {
	code := fn.Code
	nargs := code.ArgCount
	simple := code.Flags&(compile.VarArgs|compile.VarKeywords) == 0 && code.KwOnlyCount == 0
	if simple && len(kw) == 0 && len(args) == nargs {
		copy(slots, args)
		return nil
	}
	name := fn.QualName
	// Positional arguments.
	n := len(args)
	if n > nargs {
		if code.Flags&compile.VarArgs == 0 {
			return vm.tooManyPositional(fn, n, kw)
		}
		n = nargs
	}
	copy(slots, args[:n])
	idx := nargs + code.KwOnlyCount // where *args and **kwargs go
	if code.Flags&compile.VarArgs != 0 {
		rest := Tuple{}
		if len(args) > nargs {
			rest = append(Tuple(nil), args[nargs:]...)
		}
		slots[idx] = rest
		idx++
	}
	var kwargs *Dict
	if code.Flags&compile.VarKeywords != 0 {
		kwargs = NewDict()
		slots[idx] = kwargs
	}
	// Keyword arguments.
	var posOnlyAsKw []string
	for _, k := range kw {
		found := -1
		for i := code.PosOnlyCount; i < nargs+code.KwOnlyCount; i++ {
			if code.Varnames[i] == k.Name {
				found = i
				break
			}
		}
		if found < 0 {
			if kwargs != nil {
				kwargs.SetStr(k.Name, k.Value)
				continue
			}
			for i := 0; i < code.PosOnlyCount; i++ {
				if code.Varnames[i] == k.Name {
					posOnlyAsKw = append(posOnlyAsKw, k.Name)
				}
			}
			if len(posOnlyAsKw) > 0 {
				continue
			}
			return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
		if slots[found] != nil {
			return Errorf(TypeError, "%s() got multiple values for argument '%s'", name, k.Name)
		}
		slots[found] = k.Value
	}
	if len(posOnlyAsKw) > 0 {
		return Errorf(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(posOnlyAsKw, ", "))
	}
	// Defaults for the missing positional parameters.
	ndef := len(fn.Defaults)
	var missing []string
	for i := len(args); i < nargs; i++ {
		if slots[i] != nil {
			continue
		}
		if d := i - (nargs - ndef); d >= 0 {
			slots[i] = fn.Defaults[d]
			continue
		}
		missing = append(missing, code.Varnames[i])
	}
	if len(missing) > 0 {
		return missingArgs(name, "positional", missing)
	}
	missing = nil
	for i := nargs; i < nargs+code.KwOnlyCount; i++ {
		if slots[i] != nil {
			continue
		}
		if fn.KwDefaults != nil {
			if v, ok := fn.KwDefaults.GetStr(code.Varnames[i]); ok {
				slots[i] = v
				continue
			}
		}
		missing = append(missing, code.Varnames[i])
	}
	if len(missing) > 0 {
		return missingArgs(name, "keyword-only", missing)
	}
	return nil
}

func missingArgs(name, kind string, missing []string) error {
	quoted := make([]string, len(missing))
	for i, m := range missing {
		quoted[i] = "'" + m + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := "s"
	if len(missing) == 1 {
		s = ""
	}
	return Errorf(TypeError, "%s() missing %d required %s argument%s: %s", name, len(missing), kind, s, list)
}

func (vm *VM) tooManyPositional(fn *Function, given int, kw []Kwarg) error {
	code := fn.Code
	nargs := code.ArgCount
	ndef := len(fn.Defaults)
	var takes string
	plural := func(n int) string {
		if n == 1 {
			return ""
		}
		return "s"
	}
	if ndef > 0 {
		takes = fmt.Sprintf("from %d to %d positional arguments", nargs-ndef, nargs)
	} else {
		takes = fmt.Sprintf("%d positional argument%s", nargs, plural(nargs))
	}
	kwonly := 0
	for _, k := range kw {
		for i := nargs; i < nargs+code.KwOnlyCount; i++ {
			if code.Varnames[i] == k.Name {
				kwonly++
			}
		}
	}
	given_ := fmt.Sprintf("%d", given)
	was := "were"
	if given == 1 && kwonly == 0 {
		was = "was"
	}
	if kwonly > 0 {
		return Errorf(TypeError, "%s() takes %s but %s positional argument%s (and %d keyword-only argument%s) were given",
			fn.QualName, takes, given_, plural(given), kwonly, plural(kwonly))
	}
	return Errorf(TypeError, "%s() takes %s but %s %s given", fn.QualName, takes, given_, was)
}

// returnFrom pops frame f, which returned v, and hands v to whoever
// waits for it.
func (vm *VM) returnFrom(t *Tasklet, f *Frame, v Value) {
	t.frame = f.back
	var err error
	if x := f.ext; x != nil && x.initSelf != nil {
		if v != None {
			err = Errorf(TypeError, "__init__() should return None, not '%s'", typeName(v))
		}
		v = x.initSelf
	}
	if g := f.generator(); g != nil {
		g.state = genDone
		g.frame = nil
		if v == None {
			err = newException(StopIteration)
		} else {
			err = newException(StopIteration, v)
		}
		v = nil
	}
	if f.stop {
		t.stop(v, err)
		return
	}
	vm.propagate(t, f.back, v, err)
}

// propagate hands a result (v, or the exception err) to frame p, the
// frame below the one that produced it: a native frame runs its
// continuations, a Python frame completes the instruction that waited, or
// handles the exception.
func (vm *VM) propagate(t *Tasklet, p *Frame, v Value, err error) {
	for {
		if p == nil {
			vm.taskletEnded(t, v, err)
			return
		}
		if p.code != nil {
			if err != nil {
				if vm.completeErr(p, err) {
					return
				}
				vm.raiseIn(t, p, err, false)
				return
			}
			vm.complete(p, v)
			return
		}
		// A native frame: run its continuations.
		x := p.ext
		for len(x.conts) > 0 {
			c := x.conts[0]
			x.conts = x.conts[1:]
			if err != nil {
				if c.fail == nil {
					continue
				}
				v, err = c.fail(err)
			} else if c.ok != nil {
				v, err = c.ok(v)
			}
			if pd, ok := v.(*pending); ok {
				x.conts = append(pd.conts, x.conts...)
				vm.invoke(t, p, pd)
				return
			}
		}
		t.frame = p.back
		if p.stop {
			t.stop(v, err)
			return
		}
		p = p.back
	}
}

// startPending begins the call a built-in asked for, from frame f.
func (vm *VM) startPending(f *Frame, pd *pending) {
	t := vm.cur
	target := f
	if len(pd.conts) > 0 {
		target = nativeFrame(f, pd.conts, f.depth)
		t.frame = target
	}
	pd.conts = nil
	vm.invoke(t, target, pd)
}

// invoke calls pd's callable with its result going to frame target (the
// top frame of t).
func (vm *VM) invoke(t *Tasklet, target *Frame, pd *pending) {
	for {
		if fn, ok := pd.fn.(*Function); ok {
			g, err := vm.callFunction(t, fn, pd.args, pd.kw, nil)
			vm.recyclePending(pd)
			if err != nil || g != nil {
				vm.propagate(t, target, g, err)
			}
			return
		}
		if d, ok := pd.fn.(*delegatedThrow); ok {
			if err := vm.runDelegatedThrow(t, d); err != nil {
				vm.propagate(t, target, nil, err)
			}
			return
		}
		if it, ok := pd.fn.(*genResume); ok {
			if err := vm.resumeGenerator(it.g, it.send, it.throw); err != nil {
				vm.propagate(t, target, nil, err)
			}
			return
		}
		if op, ok := pd.fn.(*suspendOp); ok {
			op.do(vm, t)
			return
		}
		if s, ok := pd.fn.(*channelSwitch); ok {
			s.run(vm, t)
			return
		}
		if body, ok := pd.fn.(*classBody); ok {
			f := vm.newFrame(&frameEnv{code: body.fn.Code, fn: body.fn, globals: body.fn.Globals, locals: body.ns})
			vm.setupCells(f, body.fn)
			if err := vm.pushFrame(t, f); err != nil {
				vm.propagate(t, target, nil, err)
			}
			return
		}
		if ex, ok := pd.fn.(*moduleExec); ok {
			f := vm.newFrame(&frameEnv{code: ex.code, globals: ex.mod.Dict, locals: ex.mod.Dict})
			if err := vm.pushFrame(t, f); err != nil {
				vm.propagate(t, target, nil, err)
			}
			return
		}
		if ex, ok := pd.fn.(*codeExec); ok {
			f := vm.newFrame(&frameEnv{code: ex.code, globals: ex.globals, locals: ex.locals})
			if err := vm.pushFrame(t, f); err != nil {
				vm.propagate(t, target, nil, err)
			}
			return
		}
		if ini, ok := pd.fn.(*initCall); ok {
			if g, err := vm.callFunction(t, ini.fn, pd.args, pd.kw, ini.self); err != nil {
				vm.propagate(t, target, nil, err)
			} else if g != nil {
				vm.propagate(t, target, nil, Errorf(TypeError, "__init__() should return None, not 'generator'"))
			}
			return
		}
		v, err := vm.callValue(pd.fn, pd.args, pd.kw)
		if next, ok := v.(*pending); ok {
			if target != nil && target.code == nil {
				target.ext.conts = append(next.conts, target.ext.conts...)
			} else if len(next.conts) > 0 {
				target = nativeFrame(target, next.conts, target.depth)
				t.frame = target
			}
			next.conts = nil
			pd = next
			continue
		}
		vm.propagate(t, target, v, err)
		return
	}
}

// complete finishes the instruction that frame p was waiting in, with the
// result v of the call it made.
func (vm *VM) complete(p *Frame, v Value) {
	op, arg := compile.Op(p.code.Code.Code[p.pc-1])
	// Every call returns here: p.slots unsliced saves the work of
	// slotSlice, and p.sp is within the slots, as the loop left it.
	slots := p.slots
	switch op {
	case compile.STORE_ATTR, compile.STORE_SUBSCR, compile.DELETE_ATTR, compile.DELETE_SUBSCR,
		compile.LIST_EXTEND, compile.SET_UPDATE, compile.DICT_UPDATE, compile.DICT_MERGE:
		return
	case compile.SEND:
		slots[p.sp-1] = v
		return
	case compile.POP_JUMP_IF_FALSE, compile.POP_JUMP_IF_TRUE:
		if bool(v.(Bool)) == (op == compile.POP_JUMP_IF_TRUE) {
			p.pc = arg
		}
		return
	case compile.JUMP_IF_FALSE_OR_POP, compile.JUMP_IF_TRUE_OR_POP:
		if bool(v.(Bool)) == (op == compile.JUMP_IF_TRUE_OR_POP) {
			p.pc = arg
		} else {
			p.sp--
			slots[p.sp] = nil
		}
		return
	case compile.UNARY_NOT:
		v = Bool(!bool(v.(Bool)))
	case compile.UNPACK_SEQUENCE, compile.UNPACK_EX:
		p.sp = int32(spread(p.slotSlice(), int(p.sp), v.(Tuple)))
		return
	}
	slots[p.sp] = v
	p.sp++
}

// completeErr lets the waiting instruction handle an exception itself:
// a for loop ends at StopIteration, and so does yield from.
func (vm *VM) completeErr(p *Frame, err error) bool {
	op, arg := compile.Op(p.code.Code.Code[p.pc-1])
	slots := p.slotSlice()
	switch op {
	case compile.FOR_ITER:
		if isException(err, StopIteration) {
			p.sp--
			slots[p.sp] = nil
			p.pc = arg
			return true
		}
	case compile.SEND:
		if e, ok := err.(*Exception); ok && e.Class.IsSubtype(StopIteration) {
			p.sp--
			slots[p.sp] = nil
			slots[p.sp-1] = stopIterationValue(e)
			p.pc = arg
			return true
		}
	}
	return false
}

func stopIterationValue(e *Exception) Value {
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return None
}

// raiseIn raises err in frame f (the top frame of t) at its current
// instruction: it records the traceback entry, then finds a handler in f
// or in the frames below.
func (vm *VM) raiseIn(t *Tasklet, f *Frame, err error, reraise bool) {
	exc := vm.toException(err)
	for {
		if !reraise {
			exc.Traceback = append(exc.Traceback, TracebackEntry{Code: f.code, PC: f.pc - 1})
		}
		reraise = false
		if h, ok := f.code.HandlerAt(f.pc - 1); ok {
			base := f.stackBase()
			slots, sp := f.slotSlice(), base+int(h.Depth)
			for i := sp; i < int(f.sp); i++ {
				slots[i] = nil
			}
			slots[sp] = exc
			f.sp = int32(sp + 1)
			f.pc = int(h.Target)
			t.frame = f
			return
		}
		t.frame = f.back
		if g := f.generator(); g != nil {
			g.state = genDone
			g.frame = nil
			if exc.Class.IsSubtype(StopIteration) {
				rt := Errorf(RuntimeError, "generator raised StopIteration")
				rt.Cause, rt.Context, rt.SuppressContext = exc, exc, true
				exc = rt
			}
		}
		if f.stop {
			t.stop(nil, exc)
			return
		}
		p := f.back
		if p == nil {
			vm.taskletEnded(t, nil, exc)
			return
		}
		if p.code == nil {
			vm.propagate(t, p, nil, exc)
			return
		}
		if vm.completeErr(p, exc) {
			return
		}
		f = p
	}
}

// unwind is raiseIn for an exception raised by the instruction at f.pc-1
// of the running frame: a newly raised exception gets the handled one as
// its context.
func (vm *VM) unwind(t *Tasklet, f *Frame, err error, reraise bool) {
	exc := vm.toException(err)
	if !reraise && len(exc.Traceback) == 0 && t.exception() != nil && exc != t.exception() && exc.Context == nil {
		exc.Context = t.exception()
	}
	if vm.exceptionEvents && vm.listener != nil {
		vm.exceptionEvent(t, f, exc, reraise)
	}
	vm.raiseIn(t, f, exc, reraise)
}

// toException turns any error into a Python exception.
func (vm *VM) toException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return Errorf(SystemError, "internal error: %v", err)
}
