package vm

import "unsafe"

// A Tasklet is a thread of execution: its top frame and a few words of
// state. Nothing of it lives on a Go stack, so a switch is a change of
// which tasklet the loop runs.
type Tasklet struct {
	frame   *Frame
	excInfo *Exception // the exception being handled, for chaining

	// The result of a nested run of the loop, when its stop frame ends.
	stopped   bool
	stopValue Value
	stopErr   error

	// reprStack holds the containers being repr'd, to print a container
	// that contains itself as [...].
	reprStack []unsafe.Pointer

	class *Type // a subclass of stackless.tasklet, or nil
	dict  *Dict
	id    int64

	// next and prev link the tasklet into the ring of runnable tasklets,
	// or into the queue of the channel it is blocked on.
	next, prev *Tasklet
	inRing     bool
	blockedOn  *Channel
	sending    bool // blocked in send (else in receive)

	// The bound callable and its arguments, until the tasklet starts.
	fn      Value
	args    []Value
	kw      []Kwarg
	bound   bool // has arguments: alive
	started bool // its callable has been called
	dead    bool

	tempval Value
	// hasResume says that the tasklet, when next switched to, gets
	// resumeValue or resumeErr as the result of what it was doing.
	hasResume   bool
	resumeValue Value
	resumeErr   error

	atomic        bool
	blockTrap     bool
	ignoreNesting bool
	isMain        bool
}

func (t *Tasklet) pyType() *Type {
	if t.class != nil {
		return t.class
	}
	return taskletType
}

func (t *Tasklet) instanceDict(create bool) *Dict {
	if t.dict == nil && create {
		t.dict = NewDict()
	}
	return t.dict
}

// alive is the tasklet's alive attribute: it has a frame, or the
// arguments to make one, and has not ended.
func (t *Tasklet) alive() bool { return !t.dead && (t.bound || t.started) }

// scheduled is true while the tasklet is runnable or blocked.
func (t *Tasklet) scheduled() bool { return t.inRing || t.blockedOn != nil }

// resumeWith sets what the tasklet gets when it next runs.
func (t *Tasklet) resumeWith(v Value, err error) {
	t.hasResume, t.resumeValue, t.resumeErr = true, v, err
}
