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
	// hasResume says that the tasklet, when next switched to, gets resume
	// as the result of what it was doing: a value, or the error it fails
	// with when resumeFails. Until the tasklet starts, it can only be
	// failed (killed, thrown at), and resume holds instead, unless
	// hasResume, the frame of its call with the arguments in place, when
	// the callable is a Python function that can take them (see
	// entryFrame; else the arguments are in ext).
	resume Value

	ext *taskletExt

	liveIndex   int32 // 1 + the tasklet's index in VM.live; 0 when not there
	offer       byte  // a blocked sender's tempval is what it sends (see offerItem)
	hasResume   bool
	resumeFails bool
	inRing      bool
	sending     bool // blocked in send (else in receive)
	bound       bool // has arguments: alive
	started     bool // its callable has been called
	dead        bool
	atomic      bool
	blockTrap   bool
	isMain      bool
	preempted   bool // interrupted by run(timeout) between two instructions
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

	// The result of a nested run of the loop, when its stop frame ends
	// (stopped).
	stopValue Value
	stopErr   error
	stopped   bool

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
	x.stopped, x.stopValue, x.stopErr = true, v, err
}

// stopped says that a nested run of the loop ended: its result is in ext.
func (t *Tasklet) stopped() bool { return t.ext != nil && t.ext.stopped }

// takeStop returns and forgets the result of the nested run that ended.
func (t *Tasklet) takeStop() (Value, error) {
	x := t.ext
	v, err := x.stopValue, x.stopErr
	x.stopped, x.stopValue, x.stopErr = false, nil, nil
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

// resumeWith sets what the tasklet gets when it next runs: v, or err if
// it is not nil.
func (t *Tasklet) resumeWith(v Value, err error) {
	t.hasResume, t.resume, t.resumeFails = true, v, err != nil
	if err != nil {
		t.resume = err
	}
}

// takeResume returns and forgets what the tasklet gets when it next runs.
func (t *Tasklet) takeResume() (Value, error) {
	v, fails := t.resume, t.resumeFails
	t.hasResume, t.resume, t.resumeFails = false, nil, false
	if fails {
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
	if t.started || t.hasResume {
		return nil
	}
	f, _ := t.resume.(*Frame)
	return f
}

// setEntry records the frame prepared for the call of the callable of t,
// which has not started.
func (t *Tasklet) setEntry(f *Frame) {
	t.hasResume, t.resumeFails = false, false
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
	if x.excInfo == nil && x.stopValue == nil && x.stopErr == nil && !x.stopped && !x.ignoreNesting && len(x.reprStack) == 0 && x.class == nil && x.dict == nil {
		t.ext = nil
	}
	return call
}
