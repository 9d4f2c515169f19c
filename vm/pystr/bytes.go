package pystr

import (
	"math"
	"strings"
)

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
func isAlphaByte(c byte) bool { return isLowerByte(c) || isUpperByte(c) }
func isAlnumByte(c byte) bool { return isAlphaByte(c) || isDigitByte(c) }
func isSpaceByte(c byte) bool { return bytesKind.isSpace(rune(c)) }

// BytesUpper is bytes.upper: only ASCII letters change.
func BytesUpper(b string) string { return mapASCII(b, asciiUpper) }

// BytesLower is bytes.lower.
func BytesLower(b string) string { return mapASCII(b, asciiLower) }

// BytesSwapCase is bytes.swapcase.
func BytesSwapCase(b string) string { return mapASCII(b, asciiSwap) }

// BytesCapitalize is bytes.capitalize: the first byte upper, the rest
// lower.
func BytesCapitalize(b string) string {
	if b == "" {
		return b
	}
	return string(asciiUpper(b[0])) + BytesLower(b[1:])
}

// BytesTitle is bytes.title: a letter after a letter is lowered, any
// other letter raised.
func BytesTitle(b string) string {
	out := []byte(b)
	prevCased := false
	for i, c := range out {
		switch {
		case isLowerByte(c):
			if !prevCased {
				out[i] = asciiUpper(c)
			}
			prevCased = true
		case isUpperByte(c):
			if prevCased {
				out[i] = asciiLower(c)
			}
			prevCased = true
		default:
			prevCased = false
		}
	}
	return string(out)
}

// allBytes reports whether b is not empty and f holds for every byte.
func allBytes(b string, f func(byte) bool) bool {
	if b == "" {
		return false
	}
	for i := 0; i < len(b); i++ {
		if !f(b[i]) {
			return false
		}
	}
	return true
}

// BytesIsAlpha is bytes.isalpha.
func BytesIsAlpha(b string) bool { return allBytes(b, isAlphaByte) }

// BytesIsAlnum is bytes.isalnum.
func BytesIsAlnum(b string) bool { return allBytes(b, isAlnumByte) }

// BytesIsDigit is bytes.isdigit.
func BytesIsDigit(b string) bool { return allBytes(b, isDigitByte) }

// BytesIsSpace is bytes.isspace (space, \t, \n, \v, \f, \r).
func BytesIsSpace(b string) bool { return allBytes(b, isSpaceByte) }

// BytesIsLower is bytes.islower: some lowercase letter and no uppercase.
func BytesIsLower(b string) bool { return someNone(b, isLowerByte, isUpperByte) }

// BytesIsUpper is bytes.isupper: some uppercase letter and no lowercase.
func BytesIsUpper(b string) bool { return someNone(b, isUpperByte, isLowerByte) }

// someNone reports whether some byte of b satisfies some and none none.
func someNone(b string, some, none func(byte) bool) bool {
	seen := false
	for i := 0; i < len(b); i++ {
		if none(b[i]) {
			return false
		}
		seen = seen || some(b[i])
	}
	return seen
}

// BytesIsTitle is bytes.istitle.
func BytesIsTitle(b string) bool {
	cased, prevCased := false, false
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case isUpperByte(c):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerByte(c):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// NoSep is the sep argument of BytesHex when Python's sep is None.
const NoSep rune = -1

// BytesHex is bytes.hex(sep, bytes_per_sep): two hex digits per byte, and
// sep between groups of |bytesPerSep| bytes counted from the right (from
// the left when bytesPerSep is negative). The caller has already rejected
// a sep whose length is not 1 with ValueError("sep must be length 1."); a
// bytes sep is passed as its byte value.
func BytesHex(b string, sep rune, bytesPerSep int) (string, error) {
	if bytesPerSep < math.MinInt32 || bytesPerSep > math.MaxInt32 {
		// CPython takes bytes_per_sep as a C int.
		return "", newError("OverflowError", "Python int too large to convert to C int")
	}
	if sep != NoSep && (sep < 0 || sep > 127) {
		return "", newError("ValueError", "sep must be ASCII.")
	}
	group := bytesPerSep
	if group < 0 {
		group = -group
	}
	if sep == NoSep || group == 0 || group >= len(b) {
		out := make([]byte, 0, 2*len(b))
		for i := 0; i < len(b); i++ {
			out = append(out, hexDigits[b[i]>>4], hexDigits[b[i]&0xF])
		}
		return string(out), nil
	}
	out := make([]byte, 0, 3*len(b))
	// The first group is the short one when counting from the right.
	first := group
	if bytesPerSep > 0 && len(b)%group != 0 {
		first = len(b) % group
	}
	for i := 0; i < len(b); i++ {
		if i > 0 && (i-first)%group == 0 {
			out = append(out, byte(sep))
		}
		out = append(out, hexDigits[b[i]>>4], hexDigits[b[i]&0xF])
	}
	return string(out), nil
}

func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// BytesFromHex is bytes.fromhex(s) for a str s: pairs of hex digits,
// with ASCII whitespace allowed between the pairs.
func BytesFromHex(s string) (string, error) {
	bad := func(pos int) error {
		return errorf("ValueError", "non-hexadecimal number found in fromhex() arg at position %d", pos)
	}
	if !isASCII(s) {
		// CPython reports the first non-ASCII character before looking
		// at anything else.
		for i := 0; ; {
			r, n := decodeRune(s, i)
			if r >= 128 {
				return "", bad(Len(s[:i]))
			}
			i += n
		}
	}
	out := make([]byte, 0, len(s)/2)
	for i := 0; i < len(s); {
		if isSpaceByte(s[i]) {
			i++
			continue
		}
		hi := hexValue(s[i])
		if hi < 0 {
			return "", bad(i)
		}
		if i+1 >= len(s) {
			return "", bad(i + 1)
		}
		lo := hexValue(s[i+1])
		if lo < 0 {
			return "", bad(i + 1)
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
	}
	return string(out), nil
}

// BytesTranslate is bytes.translate(table, delete): delete first drops
// the bytes listed in del, then table (nil for None) maps each byte.
func BytesTranslate(b string, table *string, del string) (string, error) {
	if table != nil && len(*table) != 256 {
		return "", newError("ValueError", "translation table must be 256 characters long")
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if strings.IndexByte(del, c) >= 0 {
			continue
		}
		if table != nil {
			c = (*table)[c]
		}
		out = append(out, c)
	}
	return string(out), nil
}

// BytesMakeTrans is bytes.maketrans(from, to): the 256-byte table that
// maps each byte of from to the byte of to at the same place.
func BytesMakeTrans(from, to string) (string, error) {
	if len(from) != len(to) {
		return "", newError("ValueError", "maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i := 0; i < len(from); i++ {
		table[from[i]] = to[i]
	}
	return string(table), nil
}
