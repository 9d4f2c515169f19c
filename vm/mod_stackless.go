package vm

import (
	"fmt"
)

var (
	taskletType = newBuiltinType("tasklet")
	channelType = newBuiltinType("channel")
	atomicType  = newBuiltinType("atomic")
)

func init() {
	taskletType.Module = "stackless"
	channelType.Module = "stackless"
	atomicType.Module = "stackless"
	taskletType.newInstance = func(cls *Type) Value {
		t := &Tasklet{}
		if cls != taskletType {
			t.extra().class = cls
		}
		return t
	}
	channelType.newInstance = func(cls *Type) Value { return &Channel{class: cls, preference: -1} }
	nativeModules["stackless"] = newStacklessModule
	initTaskletType()
	initChannelType()
	atomicType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: atomicType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		return &atomicCtx{}, nil
	}})
	addMethod(atomicType, "__enter__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		a := self.(*atomicCtx)
		a.old = vm.cur.atomic
		vm.cur.atomic = true
		// The docs define atomic as a contextmanager that yields nothing:
		// "with stackless.atomic() as x" binds None.
		return None, nil
	})
	addMethod(atomicType, "__exit__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		vm.cur.atomic = self.(*atomicCtx).old
		return False, nil
	})
}

// atomicCtx is stackless.atomic(), a context manager around set_atomic.
type atomicCtx struct{ old bool }

func (*atomicCtx) pyType() *Type { return atomicType }

// taskletSelf returns the tasklet of self, checking its type.
func taskletSelf(v Value) *Tasklet {
	t, _ := v.(*Tasklet)
	return t
}

// register adds a tasklet that became alive to the list of live tasklets
// (for introspection), giving it an id the first time.
func (vm *VM) register(t *Tasklet) {
	if t.isMain {
		return
	}
	if t.id == 0 {
		vm.sched.nextID++
		t.id = vm.sched.nextID
	}
	if t.liveIndex != 0 {
		return // already listed
	}
	vm.live.add(t)
	if hooksCompiled && vm.events != nil {
		vm.events.TaskletEvent(Event{Kind: EventCreated, Tasklet: t})
	}
}

// unregister takes a tasklet that died off the list of live tasklets, so
// that it can be collected.
func (vm *VM) unregister(t *Tasklet) {
	if t.liveIndex == 0 {
		return // not listed
	}
	vm.live.remove(t)
}

// allTasklets returns the main tasklet and every live tasklet, in
// creation order.
func (vm *VM) allTasklets() []*Tasklet {
	out := []*Tasklet{vm.main}
	for _, t := range vm.live.all() {
		if !t.dead {
			out = append(out, t)
		}
	}
	sortTasklets(out[1:])
	return out
}

// bind is tasklet.bind(func, args, kwargs).
func (vm *VM) bindTasklet(t *Tasklet, fn Value, args Value, kw Value) error {
	if t.alive() && (t == vm.cur || t.scheduled()) {
		return Errorf(RuntimeError, "tasklet is alive")
	}
	if fn == None && args == None && kw == None {
		// Unbind: the tasklet forgets its callable and any frame.
		t.fn, t.bound, t.started, t.frame = nil, false, false, nil
		t.forgetCall()
		t.dead = false
		vm.unregister(t)
		return nil
	}
	if fn != None {
		if _, err := vm.callableCheck(fn); err != nil {
			return err
		}
		t.fn = fn
		// A new callable replaces the old frame and arguments: until
		// arguments come, the tasklet is not alive (tasklets.rst, bind).
		t.dead, t.started, t.frame, t.bound = false, false, nil, false
		t.forgetCall()
	}
	if args != None || kw != None {
		if t.fn == nil {
			return Errorf(RuntimeError, "tasklet has no callable bound")
		}
		var tup Tuple
		if args != None {
			var ok bool
			if tup, ok = args.(Tuple); !ok {
				items, err := vm.finishNested(vm.collect(args, func(items []Value) (Value, error) { return Tuple(items), nil }))
				if err != nil {
					return err
				}
				tup = items.(Tuple)
			}
		}
		var kws []Kwarg
		if d, ok := kw.(*Dict); ok {
			d.Items(func(k, v Value) bool {
				kws = append(kws, Kwarg{Name: strSimple(k), Value: v})
				return true
			})
		}
		vm.bindCall(t, tup, kws)
	}
	return nil
}

// bindCall gives t's callable its arguments, which it copies: t is then
// alive, ready to start.
func (vm *VM) bindCall(t *Tasklet, args []Value, kw []Kwarg) {
	t.forgetCall()
	if f := vm.entryFrame(t.fn, args, kw); f != nil {
		t.setEntry(f)
	} else {
		t.extra().call = &boundArgs{args: append([]Value(nil), args...), kw: append([]Kwarg(nil), kw...)}
	}
	t.bound, t.dead, t.started, t.frame = true, false, false, nil
	vm.register(t)
}

func (vm *VM) callableCheck(fn Value) (bool, error) {
	switch fn.(type) {
	case *Function, *Builtin, *Method, *Type:
		return true, nil
	}
	if _, ok := TypeOf(fn).Lookup("__call__"); ok {
		return true, nil
	}
	return false, Errorf(TypeError, "tasklet function must be a callable")
}

func initTaskletType() {
	taskletType.plainNew = &Builtin{Name: "__new__", Static: true, Method: true, Owner: taskletType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		return taskletType.newInstance(args[0].(*Type)), nil
	}}
	taskletType.Dict.SetStr("__new__", taskletType.plainNew)
	tm := func(name string, fn func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error)) {
		addMethod(taskletType, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return fn(vm, taskletSelf(self), args, kw)
		})
	}
	bindArgs := func(name string, args []Value, kw []Kwarg) (Value, Value, Value, error) {
		if err := onlyKw(name, kw, "func", "args", "kwargs"); err != nil {
			return nil, nil, nil, err
		}
		vals := []Value{None, None, None}
		if len(args) > 3 {
			return nil, nil, nil, Errorf(TypeError, "%s() takes at most 3 arguments (%d given)", name, len(args))
		}
		copy(vals, args)
		for _, k := range kw {
			vals[map[string]int{"func": 0, "args": 1, "kwargs": 2}[k.Name]] = k.Value
		}
		return vals[0], vals[1], vals[2], nil
	}
	tm("__init__", func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
		fn, a, k, err := bindArgs("tasklet", args, kw)
		if err != nil {
			return nil, err
		}
		if fn == None && a == None && k == None {
			return None, nil
		}
		return None, vm.bindTasklet(t, fn, a, k)
	})
	tm("bind", func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
		fn, a, k, err := bindArgs("bind", args, kw)
		if err != nil {
			return nil, err
		}
		return t, vm.bindTasklet(t, fn, a, k)
	})
	setup := func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
		if t.alive() {
			return nil, Errorf(RuntimeError, "tasklet is alive")
		}
		if t.fn == nil {
			return nil, Errorf(RuntimeError, "tasklet has no callable bound")
		}
		vm.bindCall(t, args, kw)
		vm.ringInsert(t)
		return t, nil
	}
	tm("setup", setup)
	tm("__call__", setup)
	tm("insert", func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("insert", args, kw, 0, 0); err != nil {
			return nil, err
		}
		if t.blockedOn != nil {
			return nil, Errorf(RuntimeError, "You cannot run a blocked tasklet")
		}
		if !t.alive() {
			return nil, Errorf(RuntimeError, "You cannot run an unbound(dead) tasklet")
		}
		vm.ringInsert(t)
		return None, nil
	})
	tm("remove", func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("remove", args, kw, 0, 0); err != nil {
			return nil, err
		}
		if t.blockedOn != nil {
			return nil, Errorf(RuntimeError, "You cannot remove a blocked tasklet.")
		}
		if t == vm.cur {
			return nil, Errorf(RuntimeError, "The current tasklet cannot be removed. Use t=tasklet().capture()")
		}
		vm.ringRemove(t)
		return t, nil
	})
	runOrSwitch := func(remove bool) func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
		return func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
			name := "run"
			if remove {
				name = "switch"
			}
			if err := checkArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			if t.blockedOn != nil {
				return nil, Errorf(RuntimeError, "You cannot run a blocked tasklet")
			}
			if !t.alive() {
				return nil, Errorf(RuntimeError, "You cannot run an unbound(dead) tasklet")
			}
			if t == vm.cur {
				return None, nil
			}
			if err := vm.canSwitch(); err != nil {
				return nil, err
			}
			return suspend(func(vm *VM, cur *Tasklet) {
				if !t.inRing {
					vm.ringInsert(t)
				}
				if remove {
					vm.ringRemove(cur)
				}
				cur.resumeWith(None, nil)
				vm.switchTo(t)
			})
		}
	}
	tm("run", runOrSwitch(false))
	tm("switch", runOrSwitch(true))
	tm("kill", func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
		if err := onlyKw("kill", kw, "pending"); err != nil {
			return nil, err
		}
		if len(args) > 1 {
			return nil, Errorf(TypeError, "kill() takes at most 1 argument (%d given)", len(args))
		}
		// pending is any true value, as the C flag it is in Stackless.
		var pendingV Value = False
		if len(args) > 0 {
			pendingV = args[0]
		}
		if v, ok := kwarg(kw, "pending"); ok {
			pendingV = v
		}
		b, err := vm.finishNested(vm.truth(pendingV))
		if err != nil {
			return nil, err
		}
		pending := bool(b.(Bool))
		if !t.alive() {
			return None, nil
		}
		if !t.started {
			vm.ringRemove(t)
			t.dead = true
			t.bound = false
			vm.unregister(t)
			return None, nil
		}
		return vm.throwTo(t, newException(TaskletExit), pending)
	})
	tm("throw", func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
		if err := onlyKw("throw", kw, "exc", "val", "tb", "pending"); err != nil {
			return nil, err
		}
		if len(args) > 4 {
			return nil, Errorf(TypeError, "throw() takes at most 4 arguments (%d given)", len(args))
		}
		vals := []Value{None, None, None, False}
		copy(vals, args)
		for _, k := range kw {
			vals[map[string]int{"exc": 0, "val": 1, "tb": 2, "pending": 3}[k.Name]] = k.Value
		}
		// pending is any true value, as the C flag it is in Stackless.
		b, err := vm.finishNested(vm.truth(vals[3]))
		if err != nil {
			return nil, err
		}
		pending := bool(b.(Bool))
		if err := checkThrowTraceback("throw", vals[2]); err != nil {
			return nil, err
		}
		exc, err := vm.exceptionFromThrow(vals[0], vals[1])
		if err != nil {
			return nil, err
		}
		if !t.alive() {
			if exc.Class.IsSubtype(TaskletExit) {
				return None, nil
			}
			return nil, Errorf(RuntimeError, "You cannot throw to a dead tasklet")
		}
		return vm.throwTo(t, exc, pending)
	})
	tm("raise_exception", func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeError, "raise_exception() takes at least 1 argument (0 given)")
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(BaseException) {
			return nil, Errorf(TypeError, "exceptions must derive from BaseException")
		}
		excV, err := vm.finishNested(vm.callValue(cls, args[1:], nil))
		if err != nil {
			return nil, err
		}
		exc, ok := excV.(*Exception)
		if !ok {
			return nil, Errorf(TypeError, "exceptions must derive from BaseException")
		}
		if !t.alive() {
			if cls.IsSubtype(TaskletExit) {
				return None, nil
			}
			return nil, Errorf(RuntimeError, "You cannot throw to a dead tasklet")
		}
		return vm.throwTo(t, exc, false)
	})
	tm("set_atomic", func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("set_atomic", args, kw, 1, 1); err != nil {
			return nil, err
		}
		old := t.atomic
		b, err := vm.finishNested(vm.truth(args[0]))
		if err != nil {
			return nil, err
		}
		t.atomic = bool(b.(Bool))
		return Bool(old), nil
	})
	tm("set_ignore_nesting", func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("set_ignore_nesting", args, kw, 1, 1); err != nil {
			return nil, err
		}
		old := t.ext != nil && t.ext.ignoreNesting
		b, err := vm.finishNested(vm.truth(args[0]))
		if err != nil {
			return nil, err
		}
		// Most tasklets keep the default, and no ext for it.
		if on := bool(b.(Bool)); on || t.ext != nil {
			t.extra().ignoreNesting = on
		}
		return Bool(old), nil
	})
	tm("__repr__", func(vm *VM, t *Tasklet, args []Value, kw []Kwarg) (Value, error) {
		return Str(fmt.Sprintf("<%s object at %#x>", qualifiedName(TypeOf(t)), uintptr(valuePointer(Value(t))))), nil
	})
	getter := func(name string, fn func(vm *VM, t *Tasklet) Value) {
		addGetter(taskletType, name, func(vm *VM, obj Value) (Value, error) { return fn(vm, taskletSelf(obj)), nil })
	}
	getter("alive", func(vm *VM, t *Tasklet) Value { return Bool(t.alive()) })
	getter("blocked", func(vm *VM, t *Tasklet) Value { return Bool(t.blockedOn != nil) })
	getter("scheduled", func(vm *VM, t *Tasklet) Value { return Bool(t.scheduled()) })
	getter("paused", func(vm *VM, t *Tasklet) Value { return Bool(t.alive() && !t.scheduled() && t != vm.cur) })
	getter("atomic", func(vm *VM, t *Tasklet) Value { return Bool(t.atomic) })
	getter("ignore_nesting", func(vm *VM, t *Tasklet) Value { return Bool(t.ext != nil && t.ext.ignoreNesting) })
	getter("is_current", func(vm *VM, t *Tasklet) Value { return Bool(t == vm.cur) })
	getter("is_main", func(vm *VM, t *Tasklet) Value { return Bool(t.isMain) })
	getter("restorable", func(vm *VM, t *Tasklet) Value { return True })
	getter("nesting_level", func(vm *VM, t *Tasklet) Value { return Int(0) })
	getter("thread_id", func(vm *VM, t *Tasklet) Value { return Int(1) })
	getter("recursion_depth", func(vm *VM, t *Tasklet) Value {
		n := 0
		for f := t.frame; f != nil; f = f.back {
			if f.code != nil {
				n++
			}
		}
		return Int(n)
	})
	link := func(t *Tasklet, next bool) Value {
		if !t.inRing && t.blockedOn == nil {
			return None
		}
		n := t.prev
		if next {
			n = t.next
		}
		if n == nil {
			return None
		}
		return n
	}
	getter("next", func(vm *VM, t *Tasklet) Value { return link(t, true) })
	getter("prev", func(vm *VM, t *Tasklet) Value { return link(t, false) })
	getter("frame", func(vm *VM, t *Tasklet) Value {
		f := t.frame
		for f != nil && f.code == nil {
			f = f.back
		}
		if f == nil || t.dead {
			return None
		}
		return vm.frameObjectOf(f)
	})
	addGetSet(taskletType, "tempval", func(vm *VM, obj Value) (Value, error) {
		t := taskletSelf(obj)
		if awaitingSetup(t) {
			return t.fn, nil
		}
		if t.offer == offerErr {
			return None, nil
		}
		if t.tempval == nil {
			return None, nil
		}
		return t.tempval, nil
	}, func(vm *VM, obj Value, v Value) error {
		t := taskletSelf(obj)
		if awaitingSetup(t) {
			if v == None {
				v = nil
			}
			t.fn = v
			return nil
		}
		t.tempval = v
		if t.offer == offerErr {
			t.offer = offerValue // the receiver gets the new value
		}
		return nil
	})
	addGetSet(taskletType, "block_trap", func(vm *VM, obj Value) (Value, error) {
		return Bool(taskletSelf(obj).blockTrap), nil
	}, func(vm *VM, obj Value, v Value) error {
		b, err := vm.finishNested(vm.truth(v))
		if err != nil {
			return err
		}
		taskletSelf(obj).blockTrap = bool(b.(Bool))
		return nil
	})
}

// awaitingSetup reports whether t is bound to a callable that has no
// arguments yet. Stackless keeps that callable in tempval, where a
// __call__ override can read and replace it before setup (scheduler.rst,
// "Catching tasklet exceptions").
func awaitingSetup(t *Tasklet) bool {
	return t.fn != nil && !t.bound && !t.started && !t.dead
}

// checkThrowTraceback refuses a third argument of throw or send_throw
// that is neither None nor a traceback, as raise's semantics require.
func checkThrowTraceback(name string, tb Value) error {
	if _, ok := tb.(*tracebackObject); ok || tb == None {
		return nil
	}
	return Errorf(TypeError, "%s() third argument must be a traceback object", name)
}

// exceptionFromThrow makes the exception of tasklet.throw(exc, val).
func (vm *VM) exceptionFromThrow(exc, val Value) (*Exception, error) {
	switch e := exc.(type) {
	case *Exception:
		return e, nil
	case *Type:
		if !e.IsSubtype(BaseException) {
			break
		}
		var args []Value
		switch v := val.(type) {
		case NoneType:
		case Tuple:
			args = v
		case *Exception:
			return v, nil
		default:
			args = []Value{v}
		}
		r, err := vm.finishNested(vm.callValue(e, args, nil))
		if err != nil {
			return nil, err
		}
		if x, ok := r.(*Exception); ok {
			return x, nil
		}
	}
	return nil, Errorf(TypeError, "exceptions must be classes, or instances, not %s", typeName(exc))
}

func initChannelType() {
	channelType.Dict.SetStr("__new__", &Builtin{Name: "__new__", Static: true, Method: true, Owner: channelType, Fn: func(vm *VM, _ Value, args []Value, kw []Kwarg) (Value, error) {
		cls := args[0].(*Type)
		c := &Channel{preference: -1, created: vm.location()}
		if cls != channelType {
			c.class = cls
		}
		return c, nil
	}})
	cm := func(name string, fn func(vm *VM, c *Channel, args []Value, kw []Kwarg) (Value, error)) {
		addMethod(channelType, name, func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
			return fn(vm, self.(*Channel), args, kw)
		})
	}
	cm("send", func(vm *VM, c *Channel, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("send", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return vm.channelAction(c, true, sendItem{value: args[0]})
	})
	cm("receive", func(vm *VM, c *Channel, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("receive", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return vm.channelAction(c, false, sendItem{})
	})
	cm("send_exception", func(vm *VM, c *Channel, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeError, "send_exception() takes at least 1 argument (0 given)")
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(BaseException) {
			return nil, Errorf(TypeError, "exceptions must derive from BaseException")
		}
		excV, err := vm.finishNested(vm.callValue(cls, args[1:], nil))
		if err != nil {
			return nil, err
		}
		return vm.channelAction(c, true, sendItem{err: excV.(*Exception)})
	})
	cm("send_throw", func(vm *VM, c *Channel, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("send_throw", args, kw, 1, 3); err != nil {
			return nil, err
		}
		var val Value = None
		if len(args) > 1 {
			val = args[1]
		}
		if len(args) > 2 {
			if err := checkThrowTraceback("send_throw", args[2]); err != nil {
				return nil, err
			}
		}
		exc, err := vm.exceptionFromThrow(args[0], val)
		if err != nil {
			return nil, err
		}
		return vm.channelAction(c, true, sendItem{err: exc})
	})
	cm("send_sequence", func(vm *VM, c *Channel, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("send_sequence", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n := 0
		return vm.iterate(args[0], func(v Value) (Value, error) {
			n++
			return vm.channelAction(c, true, sendItem{value: v})
		}, func() (Value, error) { return Int(n), nil })
	})
	cm("__iter__", func(vm *VM, c *Channel, args []Value, kw []Kwarg) (Value, error) { return c, nil })
	cm("__next__", func(vm *VM, c *Channel, args []Value, kw []Kwarg) (Value, error) {
		return vm.channelAction(c, false, sendItem{})
	})
	cm("close", func(vm *VM, c *Channel, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("close", args, kw, 0, 0); err != nil {
			return nil, err
		}
		c.closing = true
		return None, nil
	})
	cm("open", func(vm *VM, c *Channel, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("open", args, kw, 0, 0); err != nil {
			return nil, err
		}
		c.closing = false
		return None, nil
	})
	cm("__repr__", func(vm *VM, c *Channel, args []Value, kw []Kwarg) (Value, error) {
		return Str(fmt.Sprintf("<%s object at %#x>", qualifiedName(TypeOf(c)), uintptr(valuePointer(Value(c))))), nil
	})
	cget := func(name string, fn func(c *Channel) Value) {
		addGetter(channelType, name, func(vm *VM, obj Value) (Value, error) { return fn(obj.(*Channel)), nil })
	}
	cget("balance", func(c *Channel) Value { return Int(c.balance) })
	cget("closing", func(c *Channel) Value { return Bool(c.closing) })
	cget("closed", func(c *Channel) Value { return Bool(c.closed()) })
	cget("queue", func(c *Channel) Value {
		if c.head == nil {
			return None
		}
		return c.head
	})
	addGetSet(channelType, "preference", func(vm *VM, obj Value) (Value, error) {
		return Int(obj.(*Channel).preference), nil
	}, func(vm *VM, obj Value, v Value) error {
		i, ok := intValue(v)
		n, isInt := i.(Int)
		if !ok || !isInt {
			return Errorf(TypeError, "preference must be an integer")
		}
		switch {
		case n > 0:
			n = 1
		case n < 0:
			n = -1
		}
		obj.(*Channel).preference = int(n)
		return nil
	})
	addGetSet(channelType, "schedule_all", func(vm *VM, obj Value) (Value, error) {
		return Bool(obj.(*Channel).scheduleAll), nil
	}, func(vm *VM, obj Value, v Value) error {
		b, err := vm.finishNested(vm.truth(v))
		if err != nil {
			return err
		}
		obj.(*Channel).scheduleAll = bool(b.(Bool))
		return nil
	})
}

func newStacklessModule(vm *VM) *Module {
	m := vm.newModule("stackless")
	d := m.Dict
	d.SetStr("tasklet", taskletType)
	d.SetStr("channel", channelType)
	d.SetStr("atomic", atomicType)
	add := func(name string, fn func(vm *VM, args []Value, kw []Kwarg) (Value, error)) {
		d.SetStr(name, builtinFunc(name, fn))
	}
	add("run", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := onlyKw("run", kw, "timeout", "threadblock", "soft", "ignore_nesting", "totaltimeout"); err != nil {
			return nil, err
		}
		vals := []Value{Int(0), False, False, False, False}
		if len(args) > len(vals) {
			return nil, Errorf(TypeError, "run() takes at most 5 arguments (%d given)", len(args))
		}
		copy(vals, args)
		for _, k := range kw {
			vals[map[string]int{"timeout": 0, "threadblock": 1, "soft": 2, "ignore_nesting": 3, "totaltimeout": 4}[k.Name]] = k.Value
		}
		timeout, ok := intValue(vals[0])
		n, isInt := timeout.(Int)
		if !ok || !isInt {
			return nil, Errorf(TypeError, "timeout must be an integer")
		}
		if n < 0 {
			n = 0
		}
		return vm.runScheduler(int64(n), vals[2] == True, vals[4] == True)
	})
	add("schedule", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("schedule", args, kw, 0, 1); err != nil {
			return nil, err
		}
		var retval Value = vm.cur
		if len(args) == 1 {
			retval = args[0]
		}
		return vm.schedule(retval, false)
	})
	add("schedule_remove", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("schedule_remove", args, kw, 0, 1); err != nil {
			return nil, err
		}
		var retval Value = vm.cur
		if len(args) == 1 {
			retval = args[0]
		}
		return vm.schedule(retval, true)
	})
	add("getcurrent", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("getcurrent", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return vm.cur, nil
	})
	add("getmain", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("getmain", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return vm.main, nil
	})
	add("getruncount", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("getruncount", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return Int(vm.runcount()), nil
	})
	add("set_channel_callback", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("set_channel_callback", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return swapCallback(&vm.sched.channelCallback, args[0], "channel")
	})
	add("get_channel_callback", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("get_channel_callback", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return orNone(vm.sched.channelCallback), nil
	})
	add("set_schedule_callback", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("set_schedule_callback", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return swapCallback(&vm.sched.scheduleCallback, args[0], "schedule")
	})
	add("get_schedule_callback", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("get_schedule_callback", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return orNone(vm.sched.scheduleCallback), nil
	})
	add("switch_trap", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("switch_trap", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, ok := args[0].(Int)
		if !ok {
			return nil, Errorf(TypeError, "an integer is required")
		}
		old := vm.sched.switchTrap
		vm.sched.switchTrap += int(n)
		return Int(old), nil
	})
	add("enable_softswitch", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		if err := checkArgs("enable_softswitch", args, kw, 1, 1); err != nil {
			return nil, err
		}
		// The VM always switches the same way; the flag is only kept, so
		// that the call returns the previous value (None only asks).
		old := Bool(!vm.sched.hardSwitch)
		if args[0] != None {
			on, err := vm.finishNested(vm.truth(args[0]))
			if err != nil {
				return nil, err
			}
			vm.sched.hardSwitch = !bool(on.(Bool))
		}
		return old, nil
	})
	add("get_thread_info", func(vm *VM, args []Value, kw []Kwarg) (Value, error) {
		return Tuple{vm.main, vm.cur, Int(vm.runcount())}, nil
	})
	d.SetStr("bomb", bombType)
	d.SetStr("threads", &List{Items: []Value{Int(1)}})
	d.SetStr("PICKLEFLAGS_PRESERVE_TRACING_STATE", Int(1))
	d.SetStr("PICKLEFLAGS_PRESERVE_AG_FINALIZER", Int(2))
	d.SetStr("PICKLEFLAGS_RESET_AG_FINALIZER", Int(4))
	m.getters = map[string]func(vm *VM) Value{
		"current":  func(vm *VM) Value { return vm.cur },
		"main":     func(vm *VM) Value { return vm.main },
		"runcount": func(vm *VM) Value { return Int(vm.runcount()) },
	}
	return m
}

// runcount is the number of runnable tasklets, the current one included
// (a tasklet waiting in run() is not runnable).
func (vm *VM) runcount() int {
	n := vm.sched.runcount
	if !vm.cur.inRing && vm.cur.blockedOn == nil && !vm.cur.dead {
		n++
	}
	return n
}

func swapCallback(slot *Value, v Value, kind string) (Value, error) {
	// Stackless refuses what it could not call at the next switch or
	// channel action (None turns the callback off).
	if ok, _ := builtinCallable(v); !ok && v != None {
		return nil, Errorf(TypeError, "%s callback must be callable", kind)
	}
	old := orNone(*slot)
	if v == None {
		*slot = nil
	} else {
		*slot = v
	}
	return old, nil
}

// bomb is stackless.bomb: an exception packaged as a value, which a
// channel can carry and the receiver raises.
var bombType = newBuiltinType("bomb")

func init() {
	bombType.Module = "stackless"
	bombType.newInstance = func(cls *Type) Value { return &Instance{Class: cls} }
	addMethod(bombType, "__init__", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		inst := self.(*Instance)
		inst.Dict = NewDict()
		names := []string{"type", "value", "traceback"}
		for i, n := range names {
			var v Value = None
			if i < len(args) {
				v = args[i]
			}
			inst.Dict.SetStr(n, v)
		}
		return None, nil
	})
	addMethod(bombType, "raise_", func(vm *VM, self Value, args []Value, kw []Kwarg) (Value, error) {
		d := self.(*Instance).Dict
		t, _ := d.GetStr("type")
		v, _ := d.GetStr("value")
		exc, err := vm.exceptionFromThrow(t, v)
		if err != nil {
			return nil, err
		}
		return nil, exc
	})
}
