package pystr

import (
	"math"
	"unicode/utf8"
)

// decodeRune reads the code point that starts at byte i of s (i < len(s)).
// It trusts the lead byte for the length, which is what lets surrogates
// encoded in three bytes through (utf8.DecodeRuneInString rejects them).
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	switch {
	case c < 0x80:
		return rune(c), 1
	case c < 0xE0:
		if i+1 < len(s) {
			return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
		}
	case c < 0xF0:
		if i+2 < len(s) {
			return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
		}
	default:
		if i+3 < len(s) {
			return rune(c&0x07)<<18 | rune(s[i+1]&0x3F)<<12 | rune(s[i+2]&0x3F)<<6 | rune(s[i+3]&0x3F), 4
		}
	}
	return utf8.RuneError, 1
}

// decodeLastRune reads the code point that ends at byte end of s (end > 0).
func decodeLastRune(s string, end int) (rune, int) {
	j := end - 1
	for j > 0 && end-j < utf8.UTFMax && s[j]&0xC0 == 0x80 {
		j--
	}
	r, _ := decodeRune(s, j)
	return r, end - j
}

// appendRune is utf8.AppendRune except that surrogates keep their own
// three-byte encoding instead of turning into U+FFFD.
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// runeString is string(r) for any code point, surrogates included.
func runeString(r rune) string {
	if r < utf8.RuneSelf {
		return asciiStrings[r : r+1]
	}
	var buf [4]byte
	return string(appendRune(buf[:0], r))
}

// asciiStrings lets runeString return one-byte strings without allocating.
const asciiStrings = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"

// isASCII reports whether every byte of s is below 0x80.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Len returns the number of code points of s: len(s) in Python. It costs
// one pass over the bytes.
func Len(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		// Every code point has exactly one byte that is not a continuation.
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// offsetAfter returns the byte offset reached by stepping over n code
// points of s from byte offset i; it stops at len(s).
func offsetAfter(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		i++
		for i < len(s) && s[i]&0xC0 == 0x80 {
			i++
		}
	}
	return i
}

// byteRange converts the code-point range [start, end) of s, with
// 0 <= start <= end <= Len(s), into byte offsets.
func byteRange(s string, ascii bool, start, end int) (int, int) {
	if ascii {
		return start, end
	}
	bs := offsetAfter(s, 0, start)
	return bs, offsetAfter(s, bs, end-start)
}

// markEvery is how many code points apart Text remembers byte offsets: a
// lookup then scans at most markEvery-1 code points, and the marks cost
// one int per markEvery code points.
const markEvery = 32

// Text is a str prepared for repeated indexing. Building it costs one pass
// over s; afterwards Len and IsASCII are O(1), and At, Char, Item and
// Offset are O(1) for an ASCII string. For other strings the first index
// operation records the byte offset of every markEvery'th code point (one
// more pass), after which each lookup scans fewer than markEvery code
// points. A Text is not safe for concurrent use while it builds its marks.
type Text struct {
	s     string
	n     int
	marks []int
}

// NewText prepares s for indexing.
func NewText(s string) *Text {
	return &Text{s: s, n: Len(s)}
}

// String returns the text itself.
func (t *Text) String() string { return t.s }

// Len returns the number of code points.
func (t *Text) Len() int { return t.n }

// IsASCII reports whether every code point is below 128, in which case
// code-point and byte indices coincide.
func (t *Text) IsASCII() bool { return t.n == len(t.s) }

// Offset returns the byte offset of code point i, for 0 <= i <= Len().
func (t *Text) Offset(i int) int {
	if t.IsASCII() || i == 0 {
		return i
	}
	if i >= t.n {
		return len(t.s)
	}
	if t.marks == nil {
		t.marks = make([]int, 0, t.n/markEvery+1)
		for k, off := 0, 0; k < t.n; k += markEvery {
			t.marks = append(t.marks, off)
			off = offsetAfter(t.s, off, markEvery)
		}
	}
	return offsetAfter(t.s, t.marks[i/markEvery], i%markEvery)
}

// At returns code point i, for 0 <= i < Len().
func (t *Text) At(i int) rune {
	if t.IsASCII() {
		return rune(t.s[i])
	}
	r, _ := decodeRune(t.s, t.Offset(i))
	return r
}

// Char returns code point i as a string, for 0 <= i < Len(); it shares
// memory with the text rather than allocating.
func (t *Text) Char(i int) string {
	if t.IsASCII() {
		return t.s[i : i+1]
	}
	off := t.Offset(i)
	_, size := decodeRune(t.s, off)
	return t.s[off : off+size]
}

// Item is Python's s[i] for an int i: a negative i counts from the end.
func (t *Text) Item(i int) (string, error) {
	if i < 0 {
		i += t.n
	}
	if i < 0 || i >= t.n {
		return "", newError("IndexError", "string index out of range")
	}
	return t.Char(i), nil
}

// Slice returns the code points start, start+step, ... (count of them),
// the values SliceIndices gives for this text's length.
func (t *Text) Slice(start, step, count int) string {
	if count <= 0 {
		return ""
	}
	if step == 1 {
		if t.IsASCII() {
			return t.s[start : start+count]
		}
		bs := t.Offset(start)
		return t.s[bs:offsetAfter(t.s, bs, count)]
	}
	if t.IsASCII() {
		b := make([]byte, count)
		for k := range b {
			b[k] = t.s[start+k*step]
		}
		return string(b)
	}
	b := make([]byte, 0, count*2)
	off := t.Offset(start)
	for k := 0; k < count; k++ {
		if k > 0 {
			if step > 0 {
				off = offsetAfter(t.s, off, step)
			} else {
				for back := -step; back > 0; back-- {
					_, size := decodeLastRune(t.s, off)
					off -= size
				}
			}
		}
		_, size := decodeRune(t.s, off)
		b = append(b, t.s[off:off+size]...)
	}
	return string(b)
}

// SliceIndices resolves Python slice bounds for a sequence of length n,
// as PySlice_Unpack followed by PySlice_AdjustIndices: a nil pointer is
// None. It returns the first index, the step and the number of items.
func SliceIndices(n int, start, stop, step *int) (first, st, count int, err error) {
	st = 1
	if step != nil {
		st = *step
		if st == 0 {
			return 0, 0, 0, newError("ValueError", "slice step cannot be zero")
		}
		if st == math.MinInt {
			// CPython keeps -step representable.
			st = -math.MaxInt
		}
	}
	lo, hi := 0, n
	if st < 0 {
		lo, hi = n-1, -1
	}
	clamp := func(v int) int {
		if v < 0 {
			v += n
			if v < 0 {
				if st < 0 {
					return -1
				}
				return 0
			}
		} else if v >= n {
			if st < 0 {
				return n - 1
			}
			return n
		}
		return v
	}
	if start != nil {
		lo = clamp(*start)
	}
	if stop != nil {
		hi = clamp(*stop)
	}
	switch {
	case st < 0 && hi < lo:
		count = (lo-hi-1)/(-st) + 1
	case st > 0 && lo < hi:
		count = (hi-lo-1)/st + 1
	}
	return lo, st, count, nil
}

// adjustIndices clamps the start and end arguments of find-like methods to
// a sequence of length n as CPython does; start may stay beyond end.
func adjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}
