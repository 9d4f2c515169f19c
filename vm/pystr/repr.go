package pystr

import (
	"strings"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// appendEscape writes the shortest of \xNN, \uNNNN and \UNNNNNNNN that
// holds r, the escapes repr and ascii() use.
func appendEscape(b []byte, r rune) []byte {
	switch {
	case r <= 0xFF:
		return append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&0xF])
	case r <= 0xFFFF:
		b = append(b, '\\', 'u')
		for shift := 12; shift >= 0; shift -= 4 {
			b = append(b, hexDigits[(r>>shift)&0xF])
		}
		return b
	default:
		b = append(b, '\\', 'U')
		for shift := 28; shift >= 0; shift -= 4 {
			b = append(b, hexDigits[(r>>shift)&0xF])
		}
		return b
	}
}

// quoteFor picks repr's quote: a single quote unless the text has single
// quotes and no double quotes.
func quoteFor(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// Repr returns repr(s) for a str s.
func Repr(s string) string {
	q := quoteFor(s)
	b := make([]byte, 0, len(s)+2)
	b = append(b, q)
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		switch {
		case r == rune(q) || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\t':
			b = append(b, '\\', 't')
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r < ' ' || r == 0x7F:
			b = appendEscape(b, r)
		case r < utf8.RuneSelf || has(r, pPrintable):
			b = append(b, s[i:i+size]...)
		default:
			b = appendEscape(b, r)
		}
		i += size
	}
	return string(append(b, q))
}

// ASCII returns ascii(x) given repr(x): the repr with every non-ASCII code
// point replaced by its \x, \u or \U escape. ascii(s) for a str is
// ASCII(Repr(s)).
func ASCII(repr string) string {
	if isASCII(repr) {
		return repr
	}
	b := make([]byte, 0, len(repr)+8)
	for i := 0; i < len(repr); {
		r, size := decodeRune(repr, i)
		if r < utf8.RuneSelf {
			b = append(b, byte(r))
		} else {
			b = appendEscape(b, r)
		}
		i += size
	}
	return string(b)
}

// BytesRepr returns repr(b) for a bytes value b: b'...' with the same
// quote rule as str and \xNN for every byte outside printable ASCII.
func BytesRepr(b string) string {
	q := quoteFor(b)
	out := make([]byte, 0, len(b)+3)
	out = append(out, 'b', q)
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == q || c == '\\':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7F:
			out = append(out, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xF])
		default:
			out = append(out, c)
		}
	}
	return string(append(out, q))
}
