package pyformat

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// StrRepr returns repr(s) for a Python str held as UTF-8: single quotes
// unless the text has a single quote and no double quote, backslash escapes
// for the quote, backslash, \t, \n, \r, and \x, \u or \U escapes for
// characters that are not printable. Python's printable set (everything but
// the Unicode categories C* and Z* other than the space) is Go's
// unicode.IsPrint. The messages of int() and float() quote strings this way.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			writeHexEscape(&b, 'x', uint32(r), 2)
		case r < 0x7f || unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xff:
			writeHexEscape(&b, 'x', uint32(r), 2)
		case r <= 0xffff:
			writeHexEscape(&b, 'u', uint32(r), 4)
		default:
			writeHexEscape(&b, 'U', uint32(r), 8)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func writeHexEscape(b *strings.Builder, kind byte, v uint32, width int) {
	const hexDigits = "0123456789abcdef"
	b.WriteByte('\\')
	b.WriteByte(kind)
	for shift := 4 * (width - 1); shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[(v>>shift)&0xf])
	}
}

// truncateRunes cuts s to at most n code points, as CPython's "%.200R" does
// to the repr it quotes in int()'s message.
func truncateRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
