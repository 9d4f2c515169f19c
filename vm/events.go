package vm

// Scheduling events, for a debugger's views of tasklets and channels. The
// VM reports them as they happen, synchronously, on its own goroutine.
// With no listener, each costs one nil check; the Event is only made for
// a listener.

// EventKind says what happened.
type EventKind int

const (
	EventCreated   EventKind = iota // Tasklet became alive (bound to its callable)
	EventSwitched                   // Tasklet runs now; Other ran before
	EventBlocked                    // Tasklet waits on Channel (Sending says which way)
	EventUnblocked                  // Tasklet no longer waits on Channel
	EventExited                     // Tasklet's callable ended: Value, or the exception Err
	EventSend                       // Tasklet handed Value (or Err) over Channel to Other
	EventReceive                    // Tasklet took Value (or Err) from Channel, from Other
)

func (k EventKind) String() string {
	switch k {
	case EventCreated:
		return "created"
	case EventSwitched:
		return "switched"
	case EventBlocked:
		return "blocked"
	case EventUnblocked:
		return "unblocked"
	case EventExited:
		return "exited"
	case EventSend:
		return "send"
	case EventReceive:
		return "receive"
	}
	return "?"
}

// An Event is one scheduling event. The fields that do not apply to its
// kind are zero.
type Event struct {
	Kind    EventKind
	Tasklet *Tasklet
	Other   *Tasklet
	Channel *Channel
	Sending bool
	Value   Value
	Err     error
}

// An EventListener hears of scheduling events. It must not run Python code
// or switch tasklets: it only observes.
type EventListener interface {
	TaskletEvent(e Event)
}

// SetEventListener makes l hear of scheduling events; nil stops them.
func (vm *VM) SetEventListener(l EventListener) { vm.events = l }

// unblock takes t, blocked on a channel, off that channel's queue.
func (vm *VM) unblock(t *Tasklet) {
	c := t.blockedOn
	c.unlink(t)
	t.offer = 0
	if hooksCompiled && vm.events != nil {
		vm.events.TaskletEvent(Event{Kind: EventUnblocked, Tasklet: t, Channel: c, Sending: t.sending})
	}
}

// transferred reports a value passing over channel c from sender to
// receiver.
func (vm *VM) transferred(c *Channel, sender, receiver *Tasklet, item sendItem) {
	vm.events.TaskletEvent(Event{Kind: EventSend, Tasklet: sender, Other: receiver, Channel: c, Sending: true, Value: item.value, Err: item.err})
	vm.events.TaskletEvent(Event{Kind: EventReceive, Tasklet: receiver, Other: sender, Channel: c, Value: item.value, Err: item.err})
}
