package vm

import "unsafe"

// A framePool keeps the frames of returned calls for reuse. Most calls
// return normally, and a frame that nothing refers to any more (not a
// generator's, not one handed out as a frame object) can serve the next
// call of the same size: the loop then allocates nothing per call, and the
// garbage collector has far less to do.
//
// A frame and its slots are allocated together, in one object, when the
// slots are few: one allocation instead of two, no rounding up of each,
// and one pointer less for the collector to chase. Deep recursion is
// mostly frames, so their size is its memory.
type framePool struct {
	free [maxPooledSlots + 1][]*Frame // by number of slots
}

const (
	maxPooledSlots = 64
	// maxPooledFrames bounds each list, so that unwinding a deep recursion
	// does not keep its frames forever.
	maxPooledFrames = 256
)

// Frames with their slots inline, one type per size class: the sizes
// that Go's allocator rounds to anyway, exact where frames are common.
type (
	frame1 struct {
		Frame
		s [1]Value
	}
	frame2 struct {
		Frame
		s [2]Value
	}
	frame3 struct {
		Frame
		s [3]Value
	}
	frame4 struct {
		Frame
		s [4]Value
	}
	frame5 struct {
		Frame
		s [5]Value
	}
	frame6 struct {
		Frame
		s [6]Value
	}
	frame7 struct {
		Frame
		s [7]Value
	}
	frame8 struct {
		Frame
		s [8]Value
	}
	frame9 struct {
		Frame
		s [9]Value
	}
	frame10 struct {
		Frame
		s [10]Value
	}
	frame11 struct {
		Frame
		s [11]Value
	}
	frame12 struct {
		Frame
		s [12]Value
	}
	frame14 struct {
		Frame
		s [14]Value
	}
	frame16 struct {
		Frame
		s [16]Value
	}
	frame20 struct {
		Frame
		s [20]Value
	}
	frame24 struct {
		Frame
		s [24]Value
	}
	frame32 struct {
		Frame
		s [32]Value
	}
)

// get returns a zeroed frame with n slots.
func (p *framePool) get(n int) *Frame {
	if f := p.pop(n); f != nil {
		return f
	}
	return newFrameOfSize(n)
}

// pop returns a pooled frame with n slots, or nil: the loop's fast path
// of a call (callPython) takes its frames from here.
func (p *framePool) pop(n int) *Frame {
	if n <= maxPooledSlots {
		if l := p.free[n]; len(l) > 0 {
			f := l[len(l)-1]
			l[len(l)-1] = nil
			p.free[n] = l[:len(l)-1]
			return f
		}
	}
	return nil
}

// newFrameOfSize allocates a frame with n slots, in one allocation with
// its slots up to 32 of them.
func newFrameOfSize(n int) *Frame {
	switch {
	case n <= 1:
		f := &frame1{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 2:
		f := &frame2{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 3:
		f := &frame3{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 4:
		f := &frame4{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 5:
		f := &frame5{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 6:
		f := &frame6{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 7:
		f := &frame7{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 8:
		f := &frame8{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 9:
		f := &frame9{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 10:
		f := &frame10{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 11:
		f := &frame11{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 12:
		f := &frame12{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 14:
		f := &frame14{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 16:
		f := &frame16{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 20:
		f := &frame20{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 24:
		f := &frame24{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	case n <= 32:
		f := &frame32{}
		f.slots = slotsAt(&f.s[0])
		return &f.Frame
	}
	return &Frame{slots: slotsAt(&make([]Value, n)[0])}
}

// slotsAt returns the slots that begin at s, an element of an array of a
// frame's size. The array type is larger than the allocation, which is
// what the race detector's pointer checks (checkptr) refuse; the frame
// never indexes past its code's frameSize, and slotSlice bounds it.
//
//go:nocheckptr
func slotsAt(s *Value) *[maxFrameSlots]Value {
	return (*[maxFrameSlots]Value)(unsafe.Pointer(s))
}

// put gives back frame f, which its caller has finished with and which
// nothing else refers to.
func (p *framePool) put(f *Frame) {
	n := f.code.frameSize()
	if n > maxPooledSlots || len(p.free[n]) >= maxPooledFrames {
		return
	}
	clearSlots(f.slots[:n], 0, n)
	*f = Frame{slots: f.slots}
	p.free[n] = append(p.free[n], f)
}
