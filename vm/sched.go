package vm

import (
	"strings"
)

// The scheduler follows Stackless Python's: runnable tasklets form a ring
// whose head is the current tasklet; schedule() moves to the next one,
// insert() adds at the end (just before the head), and stackless.run()
// takes the caller out of the ring as a watchdog that comes back when the
// ring empties.
type scheduler struct {
	head     *Tasklet // the ring's current position, nil when empty
	runcount int
	nextID   int64

	watchdogs []*watchdog

	scheduleCallback Value
	channelCallback  Value
	switchTrap       int
	// hardSwitch is enable_softswitch(False): kept to be reported back.
	hardSwitch bool

	// Preemption: the run() call with a timeout, and the instruction count
	// that interrupts a tasklet.
	timeout      int64
	soft         bool
	total        bool
	softPending  bool
	timeoutOwner *watchdog
	totalTicks   int64
}

// A watchdog is a tasklet waiting in stackless.run() for the ring to
// empty.
type watchdog struct {
	t           *Tasklet
	interrupted *Tasklet
}

const deadlockMessage = "Deadlock: the last runnable tasklet cannot be blocked."

// ringInsert adds t at the end of the ring (before the head).
func (vm *VM) ringInsert(t *Tasklet) {
	s := &vm.sched
	if t.inRing {
		return
	}
	t.inRing = true
	s.runcount++
	if s.head == nil {
		t.next, t.prev = t, t
		s.head = t
		return
	}
	h := s.head
	t.prev, t.next = h.prev, h
	h.prev.next = t
	h.prev = t
}

// ringInsertAfter puts t right after u, which is in the ring.
func (vm *VM) ringInsertAfter(u, t *Tasklet) {
	if t.inRing {
		vm.ringRemove(t)
	}
	t.inRing = true
	vm.sched.runcount++
	t.prev, t.next = u, u.next
	u.next.prev = t
	u.next = t
}

// ringRemove takes t out of the ring.
func (vm *VM) ringRemove(t *Tasklet) {
	s := &vm.sched
	if !t.inRing {
		return
	}
	t.inRing = false
	s.runcount--
	if t.next == t {
		s.head = nil
	} else {
		t.prev.next = t.next
		t.next.prev = t.prev
		if s.head == t {
			s.head = t.next
		}
	}
	t.next, t.prev = nil, nil
}

// canSwitch refuses a tasklet switch where one cannot happen: inside a
// nested run of the loop (a user __eq__ called by a dict) or under
// switch_trap.
func (vm *VM) canSwitch() error {
	if vm.evaluating {
		return Errorf(RuntimeError, "the debugger does not run code that blocks or switches tasklets while the program is stopped")
	}
	if vm.nested > 0 {
		return Errorf(RuntimeError, "cannot switch tasklets inside __hash__, __eq__ or a sort comparison called by a built-in")
	}
	if vm.sched.switchTrap > 0 {
		return Errorf(RuntimeError, "switch_trap")
	}
	return nil
}

// A suspendOp is a pending "call" that changes which tasklet runs. The
// loop reaches it through invoke, with the current tasklet's frame ready
// to receive what the operation eventually returns.
type suspendOp struct {
	do func(vm *VM, t *Tasklet)
}

func suspend(do func(vm *VM, t *Tasklet)) (Value, error) {
	return &pending{fn: &suspendOp{do: do}}, nil
}

// switchTo makes next the running tasklet. If it has a pending result
// (the value a channel gave it, an exception thrown at it), the result is
// delivered to its top frame; a tasklet that never ran starts.
func (vm *VM) switchTo(next *Tasklet) {
	s := &vm.sched
	prev := vm.cur
	if next.inRing {
		s.head = next
	}
	if prev != next && hooksCompiled && vm.events != nil {
		vm.events.TaskletEvent(Event{Kind: EventSwitched, Tasklet: next, Other: prev})
	}
	if prev != next && s.scheduleCallback != nil {
		vm.cur = next
		vm.callScheduleCallback(prev, next)
	}
	vm.endSlice()
	vm.cur = next
	vm.setBudget()
	if !next.started {
		vm.startTasklet(next)
		return
	}
	preempted := next.preempted
	next.preempted = false
	if next.resumeKind != noResume {
		v, err := next.takeResume()
		if preempted {
			// Interrupted between two instructions, the tasklet waits for
			// no result: an exception (kill, throw) is raised at the
			// instruction it was about to run.
			if err != nil {
				f := next.frame
				f.pc++
				vm.raiseIn(next, f, err, false)
			}
			return
		}
		if v == tempvalMarker {
			v = next.tempval
			if v == nil {
				v = None
			}
		}
		vm.propagate(next, next.frame, v, err)
	}
}

func (vm *VM) callScheduleCallback(prev, next *Tasklet) {
	var p, n Value = prev, next
	if prev.dead {
		p = None
	}
	cb := vm.sched.scheduleCallback
	vm.sched.scheduleCallback = nil // no callbacks from inside the callback
	vm.nested++
	_, err := vm.finishNested(vm.callValue(cb, []Value{p, n}, nil))
	vm.nested--
	vm.sched.scheduleCallback = cb
	if err != nil {
		vm.Stderr.WriteString("Exception in schedule callback: " + err.Error() + "\n")
	}
}

// startTasklet calls the tasklet's callable on its own (empty) chain, or
// pushes the frame its setup prepared (see entryFrame).
func (vm *VM) startTasklet(t *Tasklet) {
	fn, entry := t.fn, t.entry()
	if entry != nil {
		t.resume = nil
	}
	t.started = true
	var args []Value
	var kw []Kwarg
	if call := t.takeCall(); call != nil {
		args, kw = call.args, call.kw
	}
	if t.resumeKind != noResume {
		if _, err := t.takeResume(); err != nil {
			// Killed or thrown at before it ever ran: it ends at once.
			vm.taskletEnded(t, nil, err)
			return
		}
	}
	if entry != nil {
		if err := vm.pushFrame(t, entry); err != nil {
			vm.propagate(t, nil, nil, err)
		}
		return
	}
	if pf, ok := fn.(*Function); ok {
		if g, err := vm.callFunction(t, pf, args, kw, nil); err != nil || g != nil {
			vm.propagate(t, nil, g, err)
		}
		return
	}
	// A built-in (a bound channel method, say) may go on in Go after it
	// suspends: a native frame at the bottom keeps its continuations
	// (invoke needs a frame to put them on).
	base := nativeFrame(nil, nil, 0)
	t.frame = base
	vm.invoke(t, base, &pending{fn: fn, args: args, kw: kw})
}

// pickNext chooses the tasklet to run after t, which has just left the
// ring or stays in it. When the ring is empty, the innermost run() call
// returns, or else the main tasklet is woken, with the deadlock error if
// it is blocked.
func (vm *VM) pickNext(t *Tasklet) *Tasklet {
	s := &vm.sched
	if s.head != nil {
		if t.inRing {
			return t.next
		}
		return s.head
	}
	if n := len(s.watchdogs); n > 0 {
		return vm.reviveWatchdog()
	}
	m := vm.main
	if m.blockedOn != nil {
		err := vm.deadlockError(nil, false)
		if vm.listener != nil {
			// The listener hears of it when main runs again, outside
			// the switch.
			vm.attention.Or(attnDeadlock)
		}
		vm.unblock(m)
		m.resumeWith(nil, err)
	}
	vm.ringInsert(m)
	return m
}

// reviveWatchdog ends the innermost run() call: its tasklet rejoins the
// ring and run() returns the interrupted tasklet, if any.
func (vm *VM) reviveWatchdog() *Tasklet {
	s := &vm.sched
	wd := s.watchdogs[len(s.watchdogs)-1]
	s.watchdogs = s.watchdogs[:len(s.watchdogs)-1]
	if s.timeoutOwner == wd {
		s.timeout, s.soft, s.total, s.softPending, s.timeoutOwner = 0, false, false, false, nil
		vm.setBudget()
	}
	var result Value = None
	if wd.interrupted != nil {
		result = wd.interrupted
	}
	wd.t.resumeWith(result, nil)
	vm.ringInsert(wd.t)
	return wd.t
}

// schedule is stackless.schedule and schedule_remove.
func (vm *VM) schedule(retval Value, remove bool) (Value, error) {
	if err := vm.canSwitch(); err != nil {
		return nil, err
	}
	return suspend(func(vm *VM, t *Tasklet) {
		t.tempval = retval
		if vm.sched.softPending && len(vm.sched.watchdogs) > 0 {
			// A soft preemption is due: this is the convenient moment.
			vm.sched.softPending = false
			if remove {
				vm.ringRemove(t)
			}
			vm.resumeFromTempval(t)
			vm.switchTo(vm.returnToWatchdog())
			return
		}
		if remove {
			vm.ringRemove(t)
		}
		next := vm.pickNext(t)
		vm.resumeFromTempval(t)
		vm.switchTo(next)
	})
}

// resumeFromTempval makes t's pending call return its tempval when t runs
// again: schedule() returns what others may have put there meanwhile.
func (vm *VM) resumeFromTempval(t *Tasklet) {
	t.resumeWith(tempvalMarker, nil)
}

// tempvalMarker stands for "the tasklet's tempval at the time it resumes".
var tempvalMarker Value = &struct{ tempval bool }{true}

// returnToWatchdog leaves the ring to the innermost run() call, which
// returns None: the soft preemption's way out.
func (vm *VM) returnToWatchdog() *Tasklet {
	return vm.reviveWatchdog()
}

// runScheduler is stackless.run(): the caller becomes a watchdog, out of
// the ring, until the ring empties (or preemption interrupts a tasklet).
func (vm *VM) runScheduler(timeout int64, soft, total bool) (Value, error) {
	if err := vm.canSwitch(); err != nil {
		return nil, err
	}
	return suspend(func(vm *VM, t *Tasklet) {
		s := &vm.sched
		wd := &watchdog{t: t}
		vm.ringRemove(t)
		s.watchdogs = append(s.watchdogs, wd)
		if timeout > 0 && s.timeoutOwner == nil {
			s.timeout, s.soft, s.total, s.timeoutOwner = timeout, soft, total, wd
			s.totalTicks = 0
		}
		next := vm.pickNext(t)
		vm.setBudget()
		vm.switchTo(next)
	})
}

// taskletEnded handles the end of a tasklet's callable: the next tasklet
// runs; an exception other than TaskletExit (or SystemExit) goes to the
// main tasklet, as Stackless re-raises it there.
func (vm *VM) taskletEnded(t *Tasklet, v Value, err error) {
	t.dead = true
	vm.unregister(t)
	t.frame = nil
	t.tempval = v
	vm.ringRemove(t)
	if t.blockedOn != nil {
		vm.unblock(t)
	}
	if hooksCompiled && vm.events != nil {
		vm.events.TaskletEvent(Event{Kind: EventExited, Tasklet: t, Value: v, Err: err})
	}
	if t.isMain {
		t.stop(v, err)
		return
	}
	if exc, ok := err.(*Exception); ok && !exc.Class.IsSubtype(TaskletExit) {
		m := vm.main
		if m.blockedOn != nil {
			vm.unblock(m)
		}
		vm.leaveRun(m)
		m.resumeWith(nil, exc)
		if !m.inRing {
			vm.ringInsert(m)
		}
		vm.switchTo(m)
		return
	}
	vm.switchTo(vm.pickNext(t))
}

// leaveRun forgets the run() call t waits in, if any: t is about to
// resume by another way than the ring emptying (an exception raised in
// it), so that call ends now and must not be revived later.
func (vm *VM) leaveRun(t *Tasklet) {
	s := &vm.sched
	for i, wd := range s.watchdogs {
		if wd.t == t {
			s.watchdogs = append(s.watchdogs[:i], s.watchdogs[i+1:]...)
			if s.timeoutOwner == wd {
				s.timeout, s.soft, s.total, s.softPending, s.timeoutOwner = 0, false, false, false, nil
				vm.setBudget()
			}
			return
		}
	}
}

// deliverTo makes t runnable with a result for its pending operation,
// switching to it now (insert before the current tasklet) or later.
func (vm *VM) throwTo(t *Tasklet, exc *Exception, pending bool) (Value, error) {
	if t.blockedOn != nil {
		vm.unblock(t)
	}
	// A tasklet waiting in run() gets the exception out of that call.
	vm.leaveRun(t)
	t.resumeWith(nil, exc)
	if t == vm.cur {
		return nil, exc
	}
	if pending {
		vm.ringInsert(t)
		return None, nil
	}
	if err := vm.canSwitch(); err != nil {
		return nil, err
	}
	return suspend(func(vm *VM, cur *Tasklet) {
		if t.inRing {
			vm.ringRemove(t)
		}
		if cur.inRing {
			// Before the current tasklet: it runs now, and the current one
			// right after it.
			vm.ringInsertBefore(cur, t)
		} else {
			vm.ringInsert(t)
		}
		cur.resumeWith(None, nil)
		vm.switchTo(t)
	})
}

// ringInsertBefore puts t right before u, which is in the ring.
func (vm *VM) ringInsertBefore(u, t *Tasklet) {
	vm.ringInsertAfter(u.prev, t)
}

// setBudget starts a time slice: the number of instructions the running
// tasklet may execute before preempt is called.
func (vm *VM) setBudget() {
	s := &vm.sched
	switch {
	case s.timeout <= 0 && vm.timeslice > 0 && !s.softPending:
		vm.sliceSize = vm.timeslice
	case s.timeout <= 0 || s.softPending:
		vm.sliceSize = noBudget
	case s.total:
		vm.sliceSize = s.timeout - s.totalTicks
		if vm.sliceSize < 1 {
			vm.sliceSize = 1
		}
	default:
		vm.sliceSize = s.timeout
	}
	vm.budget = vm.sliceSize
}

// endSlice accounts the instructions of the slice that ends (at a switch).
func (vm *VM) endSlice() {
	vm.sched.totalTicks += vm.sliceSize - vm.budget
}

// noBudget is an instruction budget that never runs out.
const noBudget = 1 << 62

// preempt runs when the instruction budget runs out: the running tasklet
// has used its time slice. It reports whether to interrupt it (take it out
// of the ring and make run() return it): not when it is atomic, is the
// tasklet waiting in run(), or inside a nested run of the loop; a soft
// timeout waits for the next switch instead.
func (vm *VM) preempt(t *Tasklet) bool {
	s := &vm.sched
	vm.endSlice()
	if s.timeout <= 0 {
		if vm.timeslice > 0 && !t.atomic && vm.nested == 0 && t.inRing && t.next != t && vm.sched.switchTrap == 0 {
			// Options.Timeslice: t goes to the end of the ring, as if it
			// called schedule() here, between two instructions.
			t.preempted = true
			vm.switchTo(t.next)
			return false
		}
		vm.setBudget()
		return false
	}
	if t.atomic || len(s.watchdogs) == 0 || vm.nested > 0 || t == s.timeoutOwner.t {
		// Try again soon: the tasklet may leave its atomic section.
		vm.sliceSize, vm.budget = 1, 1
		return false
	}
	if s.soft {
		s.softPending = true
		vm.setBudget()
		return false
	}
	return true
}

// interruptTasklet takes the preempted tasklet out of the ring and ends
// the run() call with it.
func (vm *VM) interruptTasklet(t *Tasklet) {
	vm.ringRemove(t)
	t.preempted = true
	s := &vm.sched
	s.timeoutOwner.interrupted = t
	for len(s.watchdogs) > 0 {
		wd := s.watchdogs[len(s.watchdogs)-1]
		if wd == s.timeoutOwner {
			break
		}
		// Inner run() calls end too: the interruption is for the outermost.
		s.watchdogs = s.watchdogs[:len(s.watchdogs)-1]
		vm.ringInsert(wd.t)
		wd.t.resumeWith(None, nil)
	}
	vm.switchTo(vm.reviveWatchdog())
}

// deadlockReport lists every blocked tasklet, for the report printed when
// a program dies of the deadlock error.
func (vm *VM) deadlockReport(c *Channel, sending bool) string {
	var sb strings.Builder
	for _, t := range vm.allTasklets() {
		if t.blockedOn == nil && !(t.isMain && t == vm.cur) {
			continue
		}
		sb.WriteString(vm.describeTasklet(t, c, sending))
	}
	return sb.String()
}
