package vm

// A framePool keeps the frames of returned calls for reuse. Most calls
// return normally, and a frame that nothing refers to any more (not a
// generator's, not one handed out as a frame object) can serve the next
// call of the same size: the loop then allocates nothing per call, and the
// garbage collector has far less to do.
//
// A frame and its slots are allocated together, in one object, when the
// slots are few: one allocation instead of two, and one pointer less for
// the collector to chase.
type framePool struct {
	free [maxPooledSlots + 1][]*Frame // by number of slots
}

const (
	maxPooledSlots = 64
	// maxPooledFrames bounds each list, so that unwinding a deep recursion
	// does not keep its frames forever.
	maxPooledFrames = 256
)

type (
	frame4 struct {
		Frame
		inline [4]Value
	}
	frame8 struct {
		Frame
		inline [8]Value
	}
	frame16 struct {
		Frame
		inline [16]Value
	}
)

// get returns a zeroed frame with n slots.
func (p *framePool) get(n int) *Frame {
	if n <= maxPooledSlots {
		if l := p.free[n]; len(l) > 0 {
			f := l[len(l)-1]
			l[len(l)-1] = nil
			p.free[n] = l[:len(l)-1]
			return f
		}
	}
	switch {
	case n <= 4:
		f := &frame4{}
		f.slots = f.inline[:n]
		return &f.Frame
	case n <= 8:
		f := &frame8{}
		f.slots = f.inline[:n]
		return &f.Frame
	case n <= 16:
		f := &frame16{}
		f.slots = f.inline[:n]
		return &f.Frame
	}
	return &Frame{slots: make([]Value, n)}
}

// put gives back frame f, which its caller has finished with and which
// nothing else refers to.
func (p *framePool) put(f *Frame) {
	n := len(f.slots)
	if n > maxPooledSlots || len(p.free[n]) >= maxPooledFrames {
		return
	}
	clear(f.slots)
	*f = Frame{slots: f.slots}
	p.free[n] = append(p.free[n], f)
}
