package pystr

import (
	"math"
	"strings"
)

// kind says how a method shared by str and bytes reads its receiver: str
// reads code points of UTF-8 with Unicode rules, bytes reads single bytes
// with ASCII rules. Lengths and indices are counted in those units.
type kind bool

const (
	strKind   kind = false
	bytesKind kind = true
)

func (k kind) next(s string, i int) (rune, int) {
	if k == bytesKind {
		return rune(s[i]), 1
	}
	return decodeRune(s, i)
}

func (k kind) prev(s string, end int) (rune, int) {
	if k == bytesKind {
		return rune(s[end-1]), 1
	}
	return decodeLastRune(s, end)
}

func (k kind) isSpace(r rune) bool {
	if k == bytesKind {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return has(r, pSpace)
}

func (k kind) isLineBreak(r rune) bool {
	if k == bytesKind {
		return r == '\n' || r == '\r'
	}
	return has(r, pLineBreak)
}

// units returns the length of s in units and whether units are bytes,
// which lets callers skip converting indices.
func (k kind) units(s string) (n int, byteUnits bool) {
	if k == bytesKind || isASCII(s) {
		return len(s), true
	}
	return Len(s), false
}

func (k kind) length(s string) int {
	n, _ := k.units(s)
	return n
}

// window resolves the start and end arguments of a find-like method over
// s. It returns the adjusted unit indices, the byte offsets of the range
// they delimit (meaningful only when start <= end) and whether units are
// bytes.
func (k kind) window(s string, start, end int) (ustart, uend, bs, be int, byteUnits bool) {
	n, byteUnits := k.units(s)
	start, end = adjustIndices(start, end, n)
	if start > end {
		return start, end, 0, 0, byteUnits
	}
	bs, be = byteRange(s, byteUnits, start, end)
	return start, end, bs, be, byteUnits
}

func (k kind) find(s, sub string, start, end int, last bool) int {
	start, end, bs, be, byteUnits := k.window(s, start, end)
	if end-start < k.length(sub) {
		return -1
	}
	w := s[bs:be]
	var i int
	if last {
		i = strings.LastIndex(w, sub)
	} else {
		i = strings.Index(w, sub)
	}
	switch {
	case i < 0:
		return -1
	case byteUnits:
		return start + i
	default:
		return start + Len(w[:i])
	}
}

// Find is str.find: the lowest index of sub in s[start:end], or -1.
func Find(s, sub string, start, end int) int { return strKind.find(s, sub, start, end, false) }

// RFind is str.rfind: the highest index of sub in s[start:end], or -1.
func RFind(s, sub string, start, end int) int { return strKind.find(s, sub, start, end, true) }

// Index is str.index: Find, failing with ValueError when sub is absent.
func Index(s, sub string, start, end int) (int, error) {
	return found(Find(s, sub, start, end), "substring not found")
}

// RIndex is str.rindex: RFind, failing with ValueError when sub is absent.
func RIndex(s, sub string, start, end int) (int, error) {
	return found(RFind(s, sub, start, end), "substring not found")
}

// BytesFind is bytes.find; an int needle is passed as its one byte.
func BytesFind(b, sub string, start, end int) int {
	return bytesKind.find(b, sub, start, end, false)
}

// BytesRFind is bytes.rfind.
func BytesRFind(b, sub string, start, end int) int {
	return bytesKind.find(b, sub, start, end, true)
}

// BytesIndex is bytes.index.
func BytesIndex(b, sub string, start, end int) (int, error) {
	return found(BytesFind(b, sub, start, end), "subsection not found")
}

// BytesRIndex is bytes.rindex.
func BytesRIndex(b, sub string, start, end int) (int, error) {
	return found(BytesRFind(b, sub, start, end), "subsection not found")
}

func found(i int, msg string) (int, error) {
	if i < 0 {
		return -1, newError("ValueError", msg)
	}
	return i, nil
}

func (k kind) count(s, sub string, start, end int) int {
	start, end, bs, be, _ := k.window(s, start, end)
	switch {
	case end-start < k.length(sub):
		return 0
	case sub == "":
		return end - start + 1
	default:
		return strings.Count(s[bs:be], sub)
	}
}

// Count is str.count: non-overlapping occurrences of sub in s[start:end];
// an empty sub matches between every two code points and at both ends.
func Count(s, sub string, start, end int) int { return strKind.count(s, sub, start, end) }

// BytesCount is bytes.count.
func BytesCount(b, sub string, start, end int) int { return bytesKind.count(b, sub, start, end) }

func (k kind) tailMatch(s, sub string, start, end int, atEnd bool) bool {
	start, end, bs, be, _ := k.window(s, start, end)
	// As CPython: the candidate position must lie in the window, even for
	// an empty sub.
	if end-k.length(sub) < start {
		return false
	}
	if atEnd {
		return strings.HasSuffix(s[bs:be], sub)
	}
	return strings.HasPrefix(s[bs:be], sub)
}

// StartsWith is str.startswith for one prefix (the caller loops over a
// tuple).
func StartsWith(s, prefix string, start, end int) bool {
	return strKind.tailMatch(s, prefix, start, end, false)
}

// EndsWith is str.endswith for one suffix.
func EndsWith(s, suffix string, start, end int) bool {
	return strKind.tailMatch(s, suffix, start, end, true)
}

// BytesStartsWith is bytes.startswith for one prefix.
func BytesStartsWith(b, prefix string, start, end int) bool {
	return bytesKind.tailMatch(b, prefix, start, end, false)
}

// BytesEndsWith is bytes.endswith for one suffix.
func BytesEndsWith(b, suffix string, start, end int) bool {
	return bytesKind.tailMatch(b, suffix, start, end, true)
}

func (k kind) replace(s, old, new string, count int) (string, error) {
	if count < 0 {
		count = math.MaxInt
	}
	if count == 0 {
		return s, nil
	}
	if len(new) > len(old) {
		matches := k.length(s) + 1
		if old != "" {
			matches = strings.Count(s, old)
		}
		if err := checkSize(len(s), min(matches, count), len(new)-len(old)); err != nil {
			return "", err
		}
	}
	if old != "" {
		return strings.Replace(s, old, new, count), nil
	}
	// An empty old matches before every unit and at the end.
	var b strings.Builder
	b.WriteString(new)
	count--
	for i := 0; i < len(s); {
		_, size := k.next(s, i)
		b.WriteString(s[i : i+size])
		i += size
		if count == 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(new)
		count--
	}
	return b.String(), nil
}

// Replace is str.replace; a negative count replaces every occurrence.
func Replace(s, old, new string, count int) (string, error) {
	return strKind.replace(s, old, new, count)
}

// BytesReplace is bytes.replace.
func BytesReplace(b, old, new string, count int) (string, error) {
	return bytesKind.replace(b, old, new, count)
}

// Split is str.split and bytes.split with a separator; a negative
// maxsplit means no limit.
func Split(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, newError("ValueError", "empty separator")
	}
	n := -1
	if maxsplit >= 0 && maxsplit < len(s) {
		n = maxsplit + 1
	}
	return strings.SplitN(s, sep, n), nil
}

// RSplit is str.rsplit and bytes.rsplit with a separator.
func RSplit(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, newError("ValueError", "empty separator")
	}
	var parts []string
	end := len(s)
	for ; maxsplit != 0; maxsplit-- {
		i := strings.LastIndex(s[:end], sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):end])
		end = i
	}
	parts = append(parts, s[:end])
	reverse(parts)
	return parts, nil
}

func reverse(parts []string) {
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
}

// skipSpace returns the offset of the first non-space unit at or after i.
func (k kind) skipSpace(s string, i int, space bool) int {
	for i < len(s) {
		r, size := k.next(s, i)
		if k.isSpace(r) != space {
			break
		}
		i += size
	}
	return i
}

// skipSpaceBack returns the offset just after the last unit before end
// whose spaceness differs from space.
func (k kind) skipSpaceBack(s string, end int, space bool) int {
	for end > 0 {
		r, size := k.prev(s, end)
		if k.isSpace(r) != space {
			break
		}
		end -= size
	}
	return end
}

func (k kind) splitWhitespace(s string, maxsplit int) []string {
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	parts := []string{}
	i := 0
	for ; maxsplit > 0; maxsplit-- {
		i = k.skipSpace(s, i, true)
		if i == len(s) {
			break
		}
		j := i
		i = k.skipSpace(s, i, false)
		parts = append(parts, s[j:i])
	}
	// With maxsplit used up, what is left after the separating whitespace
	// is the last part, trailing whitespace included.
	if i = k.skipSpace(s, i, true); i < len(s) {
		parts = append(parts, s[i:])
	}
	return parts
}

func (k kind) rsplitWhitespace(s string, maxsplit int) []string {
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	parts := []string{}
	end := len(s)
	for ; maxsplit > 0; maxsplit-- {
		end = k.skipSpaceBack(s, end, true)
		if end == 0 {
			break
		}
		j := end
		end = k.skipSpaceBack(s, end, false)
		parts = append(parts, s[end:j])
	}
	if end = k.skipSpaceBack(s, end, true); end > 0 {
		parts = append(parts, s[:end])
	}
	reverse(parts)
	return parts
}

// SplitWhitespace is str.split() with no separator: runs of whitespace
// separate parts, and leading and trailing whitespace gives no part.
func SplitWhitespace(s string, maxsplit int) []string { return strKind.splitWhitespace(s, maxsplit) }

// RSplitWhitespace is str.rsplit() with no separator.
func RSplitWhitespace(s string, maxsplit int) []string {
	return strKind.rsplitWhitespace(s, maxsplit)
}

// BytesSplitWhitespace is bytes.split() with no separator (ASCII
// whitespace).
func BytesSplitWhitespace(b string, maxsplit int) []string {
	return bytesKind.splitWhitespace(b, maxsplit)
}

// BytesRSplitWhitespace is bytes.rsplit() with no separator.
func BytesRSplitWhitespace(b string, maxsplit int) []string {
	return bytesKind.rsplitWhitespace(b, maxsplit)
}

func (k kind) splitLines(s string, keepends bool) []string {
	lines := []string{}
	for i := 0; i < len(s); {
		j := i
		var r rune
		size := 0
		for i < len(s) {
			r, size = k.next(s, i)
			if k.isLineBreak(r) {
				break
			}
			i += size
		}
		eol := i
		if i < len(s) {
			i += size
			if r == '\r' && i < len(s) && s[i] == '\n' {
				i++
			}
			if keepends {
				eol = i
			}
		}
		lines = append(lines, s[j:eol])
	}
	return lines
}

// SplitLines is str.splitlines: it breaks at \n, \r, \r\n, \v, \f, \x1c,
// \x1d, \x1e, \x85, \u2028 and \u2029.
func SplitLines(s string, keepends bool) []string { return strKind.splitLines(s, keepends) }

// BytesSplitLines is bytes.splitlines: it breaks at \n, \r and \r\n only.
func BytesSplitLines(b string, keepends bool) []string { return bytesKind.splitLines(b, keepends) }

// Side selects the ends that Strip works on.
type Side int

// The sides of strip, lstrip and rstrip.
const (
	Both Side = iota
	Left
	Right
)

// strip removes units for which drop holds.
func (k kind) strip(s string, side Side, drop func(rune) bool) string {
	i, end := 0, len(s)
	if side != Right {
		for i < end {
			r, size := k.next(s, i)
			if !drop(r) {
				break
			}
			i += size
		}
	}
	if side != Left {
		for end > i {
			r, size := k.prev(s, end)
			if !drop(r) {
				break
			}
			end -= size
		}
	}
	return s[i:end]
}

// Strip is str.strip, lstrip or rstrip with no argument: it removes
// whitespace.
func Strip(s string, side Side) string { return strKind.strip(s, side, strKind.isSpace) }

// StripChars is str.strip, lstrip or rstrip with chars: it removes the
// code points that occur in chars.
func StripChars(s, chars string, side Side) string {
	return strKind.strip(s, side, func(r rune) bool {
		for i := 0; i < len(chars); {
			c, size := decodeRune(chars, i)
			if c == r {
				return true
			}
			i += size
		}
		return false
	})
}

// BytesStrip is bytes.strip, lstrip or rstrip with no argument.
func BytesStrip(b string, side Side) string { return bytesKind.strip(b, side, bytesKind.isSpace) }

// BytesStripChars is bytes.strip, lstrip or rstrip with bytes to remove.
func BytesStripChars(b, chars string, side Side) string {
	return bytesKind.strip(b, side, func(r rune) bool {
		return strings.IndexByte(chars, byte(r)) >= 0
	})
}

// pad surrounds s with left and right copies of fill.
func pad(s string, left, right int, fill string) (string, error) {
	if err := checkSize(len(s), left+right, len(fill)); err != nil {
		return "", err
	}
	var b strings.Builder
	b.Grow(len(s) + (left+right)*len(fill))
	for ; left > 0; left-- {
		b.WriteString(fill)
	}
	b.WriteString(s)
	for ; right > 0; right-- {
		b.WriteString(fill)
	}
	return b.String(), nil
}

func center(s string, n, width int, fill string) (string, error) {
	if n >= width {
		return s, nil
	}
	marg := width - n
	// CPython's rounding: the odd column goes left only when width is odd.
	left := marg/2 + (marg & width & 1)
	return pad(s, left, marg-left, fill)
}

func ljust(s string, n, width int, fill string) (string, error) {
	if n >= width {
		return s, nil
	}
	return pad(s, 0, width-n, fill)
}

func rjust(s string, n, width int, fill string) (string, error) {
	if n >= width {
		return s, nil
	}
	return pad(s, width-n, 0, fill)
}

func zfill(s string, n, width int) (string, error) {
	if n >= width {
		return s, nil
	}
	padded, err := pad(s, width-n, 0, "0")
	if err == nil && s != "" && (s[0] == '+' || s[0] == '-') {
		// The sign moves in front of the zeros.
		padded = s[:1] + padded[:width-n] + s[1:]
	}
	return padded, err
}

// Center is str.center.
func Center(s string, width int, fill rune) (string, error) {
	return center(s, Len(s), width, runeString(fill))
}

// LJust is str.ljust.
func LJust(s string, width int, fill rune) (string, error) {
	return ljust(s, Len(s), width, runeString(fill))
}

// RJust is str.rjust.
func RJust(s string, width int, fill rune) (string, error) {
	return rjust(s, Len(s), width, runeString(fill))
}

// ZFill is str.zfill: zeros on the left, after a leading sign.
func ZFill(s string, width int) (string, error) { return zfill(s, Len(s), width) }

// BytesCenter is bytes.center.
func BytesCenter(b string, width int, fill byte) (string, error) {
	return center(b, len(b), width, string([]byte{fill}))
}

// BytesLJust is bytes.ljust.
func BytesLJust(b string, width int, fill byte) (string, error) {
	return ljust(b, len(b), width, string([]byte{fill}))
}

// BytesRJust is bytes.rjust.
func BytesRJust(b string, width int, fill byte) (string, error) {
	return rjust(b, len(b), width, string([]byte{fill}))
}

// BytesZFill is bytes.zfill.
func BytesZFill(b string, width int) (string, error) { return zfill(b, len(b), width) }

// Partition is str.partition and bytes.partition: the text before the
// first sep, sep, and the rest; (s, "", "") when sep is absent.
func Partition(s, sep string) (before, match, after string, err error) {
	if sep == "" {
		return "", "", "", newError("ValueError", "empty separator")
	}
	if i := strings.Index(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):], nil
	}
	return s, "", "", nil
}

// RPartition is str.rpartition and bytes.rpartition, splitting at the
// last sep; ("", "", s) when sep is absent.
func RPartition(s, sep string) (before, match, after string, err error) {
	if sep == "" {
		return "", "", "", newError("ValueError", "empty separator")
	}
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):], nil
	}
	return "", "", s, nil
}

// RemovePrefix is str.removeprefix and bytes.removeprefix.
func RemovePrefix(s, prefix string) string { return strings.TrimPrefix(s, prefix) }

// RemoveSuffix is str.removesuffix and bytes.removesuffix.
func RemoveSuffix(s, suffix string) string { return strings.TrimSuffix(s, suffix) }

func (k kind) expandTabs(s string, tabsize int) (string, error) {
	if tabsize < math.MinInt32 || tabsize > math.MaxInt32 {
		// CPython takes tabsize as a C int.
		return "", newError("OverflowError", "Python int too large to convert to C int")
	}
	// Measure first, as CPython does, so that a result too long for an int
	// is an OverflowError and one too long for memory a MemoryError. j
	// counts units as CPython's overflow check does; extra counts the
	// bytes of multi-byte units beyond their first.
	j, col, extra := 0, 0, 0
	for i := 0; i < len(s); {
		r, n := k.next(s, i)
		i += n
		if r == '\t' {
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				if j > math.MaxInt-incr {
					return "", newError("OverflowError", "new string is too long")
				}
				j += incr
				col += incr
			}
			continue
		}
		if j > math.MaxInt-1 {
			return "", newError("OverflowError", "new string is too long")
		}
		j++
		col++
		if r == '\n' || r == '\r' {
			col = 0
		}
		extra += n - 1
	}
	if strings.IndexByte(s, '\t') < 0 {
		return s, nil
	}
	if err := checkSize(extra, j, 1); err != nil {
		return "", err
	}
	size := j + extra
	b := make([]byte, 0, size)
	col = 0
	for i := 0; i < len(s); {
		r, n := k.next(s, i)
		switch {
		case r == '\t':
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				col += incr
				for ; incr > 0; incr-- {
					b = append(b, ' ')
				}
			}
		case r == '\n' || r == '\r':
			b = append(b, s[i:i+n]...)
			col = 0
		default:
			b = append(b, s[i:i+n]...)
			col++
		}
		i += n
	}
	return string(b), nil
}

// ExpandTabs is str.expandtabs; columns count code points and restart
// after \n and \r. As CPython, it fails with OverflowError when tabsize
// is outside a C int or the result's length would not fit an int.
func ExpandTabs(s string, tabsize int) (string, error) { return strKind.expandTabs(s, tabsize) }

// BytesExpandTabs is bytes.expandtabs.
func BytesExpandTabs(b string, tabsize int) (string, error) {
	return bytesKind.expandTabs(b, tabsize)
}

// Translate is str.translate with the table already read into a map: a
// code point absent from table stays; one present is replaced by its
// string, and the empty string deletes it (the caller turns None into ""
// and an int value into its character).
func Translate(s string, table map[rune]string) (string, error) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		if to, ok := table[r]; ok {
			if err := checkSize(len(b), 1, len(to)); err != nil {
				return "", err
			}
			b = append(b, to...)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b), nil
}

// TransEntry is one item of the dict str.maketrans returns: From maps to
// the code point To, or to None when Delete is set.
type TransEntry struct {
	From   rune
	To     rune
	Delete bool
}

// MakeTrans is str.maketrans(x, y, z) for strings x, y and z (z may be
// ""): the dict's items in its order.
func MakeTrans(x, y, z string) ([]TransEntry, error) {
	if Len(x) != Len(y) {
		return nil, newError("ValueError", "the first two maketrans arguments must have equal length")
	}
	var entries []TransEntry
	at := map[rune]int{}
	// Storing a key again keeps its place in the dict and takes the new
	// value, as dict assignment does.
	set := func(e TransEntry) {
		if i, ok := at[e.From]; ok {
			entries[i] = e
			return
		}
		at[e.From] = len(entries)
		entries = append(entries, e)
	}
	for i, j := 0, 0; i < len(x); {
		from, n := decodeRune(x, i)
		to, m := decodeRune(y, j)
		set(TransEntry{From: from, To: to})
		i, j = i+n, j+m
	}
	for i := 0; i < len(z); {
		r, n := decodeRune(z, i)
		set(TransEntry{From: r, Delete: true})
		i += n
	}
	return entries, nil
}
