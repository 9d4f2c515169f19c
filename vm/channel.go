package vm

// A Channel is a stackless.channel: a queue of tasklets blocked sending
// or receiving on it.
type Channel struct {
	class *Type // a subclass of stackless.channel, or nil
	dict  *Dict

	head, tail  *Tasklet // the waiting tasklets, in order
	balance     int      // senders waiting (> 0) or receivers waiting (< 0)
	preference  int      // -1 prefer the receiver, 1 the sender, 0 neither
	scheduleAll bool
	closing     bool
	// created is where the channel was made, for deadlock reports and the
	// debugger.
	created string
}

func (c *Channel) pyType() *Type {
	if c.class != nil {
		return c.class
	}
	return channelType
}

func (c *Channel) instanceDict(create bool) *Dict {
	if c.dict == nil && create {
		c.dict = NewDict()
	}
	return c.dict
}

// closed is true once the channel is closing and empty.
func (c *Channel) closed() bool { return c.closing && c.balance == 0 }

// append queues t, blocked in the given direction.
func (c *Channel) append(t *Tasklet, sending bool) {
	t.blockedOn = c
	t.sending = sending
	t.prev, t.next = c.tail, nil
	if c.tail != nil {
		c.tail.next = t
	} else {
		c.head = t
	}
	c.tail = t
	if sending {
		c.balance++
	} else {
		c.balance--
	}
}

// unlink takes t out of the channel's queue.
func (c *Channel) unlink(t *Tasklet) {
	if t.prev != nil {
		t.prev.next = t.next
	} else {
		c.head = t.next
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else {
		c.tail = t.prev
	}
	t.next, t.prev = nil, nil
	if t.sending {
		c.balance--
	} else {
		c.balance++
	}
	t.blockedOn = nil
}

// Waiting returns the tasklets blocked on c, in queue order.
func (c *Channel) Waiting() []*Tasklet {
	var out []*Tasklet
	for t := c.head; t != nil; t = t.next {
		out = append(out, t)
	}
	return out
}

// A blocked sender's offer is its tempval, as in Stackless (assigning the
// tempval changes what the receiver gets): the value, or the exception to
// raise in the receiver, which Tasklet.offer tells apart. Keeping it there,
// rather than boxing a sendItem, spares an allocation per blocked send.
const (
	offerValue = 1 + iota
	offerErr
)

// offerItem makes item the offer of t, which blocks sending.
func (t *Tasklet) offerItem(item sendItem) {
	if item.err != nil {
		t.tempval, t.offer = item.err, offerErr
	} else {
		t.tempval, t.offer = item.value, offerValue
	}
}

// takeOffer returns and withdraws the offer of t, a blocked sender.
func (t *Tasklet) takeOffer() sendItem {
	var si sendItem
	switch t.offer {
	case offerValue:
		si.value = t.tempval
	case offerErr:
		si.err = t.tempval.(error)
	}
	t.offer = 0
	return si
}

// sendItem is what a blocked sender offers: a value, or an exception the
// receiver must raise.
type sendItem struct {
	value Value
	err   error
}

// action performs a send (sending true) or a receive on c by the current
// tasklet, with Stackless's rules: a waiting partner completes it, and
// the preference decides which of the two runs on; otherwise the tasklet
// blocks, unless that is a deadlock, a block trap or a closed channel.
func (vm *VM) channelAction(c *Channel, sending bool, item sendItem) (Value, error) {
	if cb := vm.sched.channelCallback; cb != nil {
		willBlock := (sending && c.balance >= 0) || (!sending && c.balance <= 0)
		r, err := vm.callValue(cb, []Value{c, vm.cur, Bool(sending), Bool(willBlock)}, nil)
		return then(r, err, func(Value) (Value, error) { return vm.channelActionNow(c, sending, item) })
	}
	return vm.channelActionNow(c, sending, item)
}

func (vm *VM) channelActionNow(c *Channel, sending bool, item sendItem) (Value, error) {
	t := vm.cur
	dir := -1
	if sending {
		dir = 1
	}
	if c.balance*dir < 0 {
		// A partner is waiting.
		partner := c.head
		var si sendItem
		if !sending {
			si = partner.takeOffer()
		}
		vm.unblock(partner)
		var result Value = None
		var resultErr error
		if sending {
			partner.resumeWith(item.value, item.err)
			if hooksCompiled && vm.events != nil {
				vm.transferred(c, t, partner, item)
			}
		} else {
			result, resultErr = si.value, si.err
			if hooksCompiled && vm.events != nil {
				vm.transferred(c, partner, t, si)
			}
			partner.tempval = None
			partner.resumeWith(None, nil)
		}
		switch {
		case c.scheduleAll:
			vm.ringInsert(partner)
			if err := vm.canSwitch(); err != nil {
				return result, resultErr
			}
			return vm.channelSwitch(channelSwitch{kind: switchNext, result: result, resultErr: resultErr})
		case c.preference == -dir:
			// The partner is preferred: it runs now, this tasklet right
			// after it.
			if err := vm.canSwitch(); err != nil {
				vm.ringInsert(partner)
				return result, resultErr
			}
			return vm.channelSwitch(channelSwitch{kind: switchPartner, partner: partner, result: result, resultErr: resultErr})
		default:
			vm.ringInsert(partner)
			return result, resultErr
		}
	}
	// Nobody waits: block.
	if t.blockTrap {
		return nil, Errorf(RuntimeError, "this tasklet does not like to be blocked.")
	}
	if c.closing {
		return nil, Errorf(ValueError, "Send/receive operation on a closed channel")
	}
	if err := vm.canSwitch(); err != nil {
		return nil, err
	}
	if vm.wouldDeadlock(t) {
		vm.deadlockEvent(t)
		return nil, vm.deadlockError(c, sending)
	}
	return vm.channelSwitch(channelSwitch{kind: switchBlock, c: c, sending: sending, item: item})
}

// A channelSwitch is the tasklet switch that a channel operation asks
// for. Channels switch on every message, so the VM keeps one switch and
// one pending call to carry it and reuses them: passing a message
// allocates nothing.
type channelSwitch struct {
	kind      byte
	c         *Channel // switchBlock: the channel to wait on
	sending   bool
	item      sendItem
	partner   *Tasklet // switchPartner: the tasklet that runs now
	result    Value    // what the current tasklet gets when it runs again
	resultErr error
}

const (
	switchBlock   = iota + 1 // the current tasklet waits on c
	switchPartner            // the partner runs now, the current tasklet after it
	switchNext               // the next tasklet of the ring runs
)

// channelSwitch returns the pending call that performs s once the loop
// has saved the current frame.
func (vm *VM) channelSwitch(s channelSwitch) (Value, error) {
	if vm.switchInUse {
		// Never expected: a second switch requested before the first ran.
		own := s
		return &pending{fn: &own}, nil
	}
	vm.switchInUse = true
	vm.switchOp = s
	vm.switchPending = pending{fn: &vm.switchOp}
	return &vm.switchPending, nil
}

// run performs the switch for the current tasklet t.
func (s *channelSwitch) run(vm *VM, t *Tasklet) {
	if s == &vm.switchOp {
		vm.switchInUse = false
	}
	op := *s
	*s = channelSwitch{}
	switch op.kind {
	case switchBlock:
		vm.ringRemove(t)
		if op.sending {
			t.offerItem(op.item)
		}
		op.c.append(t, op.sending)
		if hooksCompiled && vm.events != nil {
			vm.events.TaskletEvent(Event{Kind: EventBlocked, Tasklet: t, Channel: op.c, Sending: op.sending})
		}
		vm.switchTo(vm.pickNext(t))
	case switchPartner:
		if t.inRing {
			vm.ringInsertAfter(t, op.partner)
		} else {
			vm.ringInsert(op.partner)
		}
		t.resumeWith(op.result, op.resultErr)
		vm.switchTo(op.partner)
	case switchNext:
		t.resumeWith(op.result, op.resultErr)
		vm.switchTo(vm.pickNext(t))
	}
}

// wouldDeadlock reports whether blocking t leaves nothing that could ever
// wake it: it is the main tasklet, alone in the ring, with no run() call
// to return to.
func (vm *VM) wouldDeadlock(t *Tasklet) bool {
	s := &vm.sched
	if len(s.watchdogs) > 0 {
		return false
	}
	if !t.isMain {
		return false
	}
	return s.runcount <= 1
}

// deadlockError is the RuntimeError of a certain deadlock, with the report
// of every blocked tasklet attached for the uncaught-exception printer.
func (vm *VM) deadlockError(c *Channel, sending bool) *Exception {
	e := Errorf(RuntimeError, deadlockMessage)
	// A program may catch deadlock errors over and over: only the latest
	// few can still end it.
	if len(vm.deadlocks) >= 8 {
		vm.deadlocks = append(vm.deadlocks[:0], vm.deadlocks[1:]...)
	}
	vm.deadlocks = append(vm.deadlocks, deadlockRecord{exc: e, report: vm.deadlockReport(c, sending)})
	return e
}

// deadlockRecord keeps the report made when a deadlock error was raised,
// printed if that error ends the program.
type deadlockRecord struct {
	exc    *Exception
	report string
}
