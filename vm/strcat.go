package vm

import "unsafe"

// A program that builds a string with s += piece in a loop runs in linear
// time under CPython, which appends in place when nothing else refers to
// s. Go strings are immutable and there is no reference count, so the VM
// gets the same effect differently: a long concatenation result is made
// in a buffer with room to spare, and when the next concatenation starts
// with exactly that result, the new piece is appended into the spare room.
// Earlier results stay valid, since bytes are only ever written past the
// end of every string made from the buffer.
type concatBuffer struct {
	buf []byte // len: the bytes used by the longest string made from it
}

// concatInPlaceMin is the length from which a result gets spare room:
// below it, copying is as cheap as keeping track.
const concatInPlaceMin = 64

func (c *concatBuffer) concat(a, b Str) Str {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	n := len(a) + len(b)
	if n < concatInPlaceMin {
		return a + b
	}
	if len(c.buf) > 0 && len(a) == len(c.buf) && unsafe.StringData(string(a)) == &c.buf[0] && n <= cap(c.buf) {
		c.buf = append(c.buf, b...)
		return Str(unsafe.String(&c.buf[0], n))
	}
	buf := make([]byte, 0, 2*n)
	buf = append(append(buf, a...), b...)
	c.buf = buf
	return Str(unsafe.String(&buf[0], n))
}
