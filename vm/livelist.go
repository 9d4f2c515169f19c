package vm

// A liveList holds the tasklets that are alive, in no order, for
// introspection. It grows by chunks rather than by copying one slice, so
// that a million tasklets cost it 8 bytes each and no garbage; each
// tasklet knows its place (Tasklet.liveIndex), so one leaves at once.
type liveList struct {
	chunks [][]*Tasklet
	n      int
}

const liveChunk = 1024

// add lists t, which is not listed.
func (l *liveList) add(t *Tasklet) {
	if l.n == len(l.chunks)*liveChunk {
		l.chunks = append(l.chunks, make([]*Tasklet, liveChunk))
	}
	l.chunks[l.n/liveChunk][l.n%liveChunk] = t
	l.n++
	t.liveIndex = int32(l.n)
}

// remove takes t, which is listed, off the list: the last tasklet takes
// its place.
func (l *liveList) remove(t *Tasklet) {
	i, last := int(t.liveIndex)-1, l.n-1
	lt := l.chunks[last/liveChunk][last%liveChunk]
	l.chunks[i/liveChunk][i%liveChunk] = lt
	lt.liveIndex = int32(i + 1)
	l.chunks[last/liveChunk][last%liveChunk] = nil
	l.n--
	t.liveIndex = 0
	if l.n == (len(l.chunks)-1)*liveChunk {
		l.chunks[len(l.chunks)-1] = nil
		l.chunks = l.chunks[:len(l.chunks)-1]
	}
}

// all returns the listed tasklets.
func (l *liveList) all() []*Tasklet {
	out := make([]*Tasklet, 0, l.n)
	for _, c := range l.chunks {
		out = append(out, c[:min(liveChunk, l.n-len(out))]...)
	}
	return out
}
