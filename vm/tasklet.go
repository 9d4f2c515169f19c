package vm

import "unsafe"

// A Tasklet is a thread of execution: its top frame and a few words of
// state. Nothing of it lives on a Go stack, so a switch is a change of
// which tasklet the loop runs. A million tasklets blocked on a channel
// should cost little memory each: what most tasklets do not need is in
// ext.
type Tasklet struct {
	frame *Frame

	// next and prev link the tasklet into the ring of runnable tasklets,
	// or into the queue of the channel it is blocked on.
	next, prev *Tasklet
	blockedOn  *Channel
	id         int64

	// The bound callable.
	fn Value

	tempval Value
	// resume is what the tasklet gets, when next switched to, as the
	// result of what it was doing (resumeKind says whether it is a value or
	// the error it fails with). Until the tasklet starts, it can only be
	// failed (killed, thrown at), and resume holds instead, when there is
	// no such failure, the frame of its call with the arguments in place,
	// if the callable is a Python function that can take them (see
	// entryFrame; else the arguments are in ext).
	resume Value

	ext *taskletExt

	liveIndex  int32 // 1 + the tasklet's index in VM.live; 0 when not there
	offer      byte  // a blocked sender's tempval is what it sends (see offerItem)
	resumeKind byte  // noResume, resumeValue or resumeFailure
	stopped    bool  // a nested run of the loop ended: its result is in ext
	inRing     bool
	sending    bool // blocked in send (else in receive)
	bound      bool // has arguments: alive
	started    bool // its callable has been called
	dead       bool
	atomic     bool
	blockTrap  bool
	isMain     bool
	preempted  bool // interrupted by run(timeout) between two instructions
}

// boundArgs are the arguments a tasklet's callable will be called with.
type boundArgs struct {
	args []Value
	kw   []Kwarg
}

// taskletExt holds the parts of a tasklet that few tasklets use, or use
// only for a while.
type taskletExt struct {
	// call holds the arguments of a callable that has no entry frame,
	// until the tasklet starts.
	call *boundArgs
	// excInfo is the exception being handled, for chaining.
	excInfo *Exception

	// The result of a nested run of the loop, when its stop frame ends.
	stopValue Value
	stopErr   error

	ignoreNesting bool

	// reprStack holds the containers being repr'd, to print a container
	// that contains itself as [...].
	reprStack []unsafe.Pointer

	class *Type // a subclass of stackless.tasklet, or nil
	dict  *Dict
}

func (t *Tasklet) extra() *taskletExt {
	if t.ext == nil {
		t.ext = &taskletExt{}
	}
	return t.ext
}

// stop records the result of the nested run that just ended.
func (t *Tasklet) stop(v Value, err error) {
	x := t.extra()
	t.stopped, x.stopValue, x.stopErr = true, v, err
}

// takeStop returns and forgets the result of the nested run that ended.
func (t *Tasklet) takeStop() (Value, error) {
	x := t.ext
	v, err := x.stopValue, x.stopErr
	t.stopped, x.stopValue, x.stopErr = false, nil, nil
	return v, err
}

func (t *Tasklet) pyType() *Type {
	if t.ext != nil && t.ext.class != nil {
		return t.ext.class
	}
	return taskletType
}

func (t *Tasklet) instanceDict(create bool) *Dict {
	if t.ext == nil && !create {
		return nil
	}
	x := t.extra()
	if x.dict == nil && create {
		x.dict = NewDict()
	}
	return x.dict
}

// alive is the tasklet's alive attribute: it has a frame, or the
// arguments to make one, and has not ended.
func (t *Tasklet) alive() bool { return !t.dead && (t.bound || t.started) }

// scheduled is true while the tasklet is runnable or blocked.
func (t *Tasklet) scheduled() bool { return t.inRing || t.blockedOn != nil }

// What a tasklet's resume field holds.
const (
	noResume = iota
	resumeValue
	resumeFailure
)

// resumeWith sets what the tasklet gets when it next runs: v, or err if
// it is not nil.
func (t *Tasklet) resumeWith(v Value, err error) {
	t.resumeKind, t.resume = resumeValue, v
	if err != nil {
		t.resumeKind, t.resume = resumeFailure, err
	}
}

// takeResume returns and forgets what the tasklet gets when it next runs.
func (t *Tasklet) takeResume() (Value, error) {
	v, kind := t.resume, t.resumeKind
	t.resumeKind, t.resume = noResume, nil
	if kind == resumeFailure {
		return nil, v.(error)
	}
	return v, nil
}

// exception returns the exception the tasklet is handling, or nil.
func (t *Tasklet) exception() *Exception {
	if t.ext == nil {
		return nil
	}
	return t.ext.excInfo
}

// setException records the exception the tasklet is handling.
func (t *Tasklet) setException(e *Exception) {
	if e == nil && t.ext == nil {
		return
	}
	t.extra().excInfo = e
}

// entry returns the frame prepared for the call of the tasklet's
// callable, or nil.
func (t *Tasklet) entry() *Frame {
	if t.started || t.resumeKind != noResume {
		return nil
	}
	f, _ := t.resume.(*Frame)
	return f
}

// setEntry records the frame prepared for the call of the callable of t,
// which has not started.
func (t *Tasklet) setEntry(f *Frame) {
	t.resumeKind = noResume
	t.resume = nil
	if f != nil {
		t.resume = f
	}
}

// forgetCall drops the frame or arguments prepared for the call of the
// tasklet's callable.
func (t *Tasklet) forgetCall() {
	if t.entry() != nil {
		t.resume = nil
	}
	if t.ext != nil {
		t.ext.call = nil
	}
}

// takeCall returns and forgets the arguments in ext, and lets go of ext
// if nothing else is in it: most tasklets need it only until they start.
func (t *Tasklet) takeCall() *boundArgs {
	x := t.ext
	if x == nil {
		return nil
	}
	call := x.call
	x.call = nil
	if x.excInfo == nil && x.stopValue == nil && x.stopErr == nil && !x.ignoreNesting && len(x.reprStack) == 0 && x.class == nil && x.dict == nil {
		t.ext = nil
	}
	return call
}
