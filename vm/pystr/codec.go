package pystr

import (
	"fmt"
	"strconv"
	"strings"
)

// codec is one of the text encodings this package implements.
type codec int

const (
	utf8Codec codec = iota
	asciiCodec
	latin1Codec
)

// name is the codec's name in Unicode error messages.
func (c codec) name() string {
	return [...]string{"utf-8", "ascii", "latin-1"}[c]
}

// codecModules maps the names Python's encodings package finds a codec
// under (its module names and their aliases, normalized) to the codec.
var codecModules = map[string]codec{
	"utf_8": utf8Codec, "u8": utf8Codec, "utf": utf8Codec, "utf8": utf8Codec,
	"utf8_ucs2": utf8Codec, "utf8_ucs4": utf8Codec, "cp65001": utf8Codec,

	"ascii": asciiCodec, "646": asciiCodec, "ansi_x3.4_1968": asciiCodec,
	"ansi_x3_4_1968": asciiCodec, "ansi_x3.4_1986": asciiCodec, "cp367": asciiCodec,
	"csascii": asciiCodec, "ibm367": asciiCodec, "iso646_us": asciiCodec,
	"iso_646.irv_1991": asciiCodec, "iso_ir_6": asciiCodec, "us": asciiCodec,
	"us_ascii": asciiCodec,

	"latin_1": latin1Codec, "8859": latin1Codec, "cp819": latin1Codec,
	"csisolatin1": latin1Codec, "ibm819": latin1Codec, "iso8859": latin1Codec,
	"iso8859_1": latin1Codec, "iso_8859_1": latin1Codec, "iso_8859_1_1987": latin1Codec,
	"iso_ir_100": latin1Codec, "l1": latin1Codec, "latin": latin1Codec,
	"latin1": latin1Codec,
}

// otherCodecs are common codecs of CPython that this package lacks; naming
// one is an explicit NotImplementedError rather than a misleading "unknown
// encoding".
var otherCodecs = map[string]bool{
	"utf_16": true, "utf16": true, "u16": true, "utf_16_le": true, "utf_16le": true,
	"utf_16_be": true, "utf_16be": true, "utf_32": true, "utf32": true, "u32": true,
	"utf_32_le": true, "utf_32le": true, "utf_32_be": true, "utf_32be": true,
	"utf_7": true, "utf7": true, "u7": true, "utf_8_sig": true, "cp1252": true,
	"windows_1252": true, "cp437": true, "unicode_escape": true,
	"raw_unicode_escape": true, "idna": true, "mbcs": true,
}

// normalizeEncoding folds an encoding name as codecs.lookup does: ASCII
// letters lowered, digits and dots kept, and every run of anything else
// between them turned into one underscore.
func normalizeEncoding(name string) string {
	var b strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c < 128 && (isAlnumByte(c) || c == '.') {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			punct = false
			b.WriteByte(asciiLower(c))
		} else {
			punct = true
		}
	}
	return b.String()
}

func lookupCodec(encoding string) (codec, error) {
	norm := normalizeEncoding(encoding)
	if c, ok := codecModules[norm]; ok {
		return c, nil
	}
	if c, ok := codecModules[strings.ReplaceAll(norm, ".", "_")]; ok {
		return c, nil
	}
	if otherCodecs[norm] {
		return 0, errorf("NotImplementedError", "the %q codec is not supported", norm)
	}
	return 0, errorf("LookupError", "unknown encoding: %s", encoding)
}

// handler is an error handler of the codecs.
type handler int

const (
	hStrict handler = iota
	hIgnore
	hReplace
	hBackslashReplace
	hXMLCharRefReplace
	hSurrogateEscape
	hSurrogatePass
	hNameReplace
	hUnknown
)

func lookupHandler(errors string) handler {
	switch errors {
	case "strict":
		return hStrict
	case "ignore":
		return hIgnore
	case "replace":
		return hReplace
	case "backslashreplace":
		return hBackslashReplace
	case "xmlcharrefreplace":
		return hXMLCharRefReplace
	case "surrogateescape":
		return hSurrogateEscape
	case "surrogatepass":
		return hSurrogatePass
	case "namereplace":
		return hNameReplace
	}
	return hUnknown
}

// unknownHandler is raised, as by CPython, only once an error needs the
// handler.
func unknownHandler(errors string) error {
	return errorf("LookupError", "unknown error handler name '%s'", errors)
}

// encodeError reports the code points start..end of s, the first of which
// is first.
func encodeError(c codec, s string, start, end int, first rune, reason string) error {
	var msg string
	if end == start+1 {
		var esc string
		switch {
		case first <= 0xFF:
			esc = fmt.Sprintf("\\x%02x", first)
		case first <= 0xFFFF:
			esc = fmt.Sprintf("\\u%04x", first)
		default:
			esc = fmt.Sprintf("\\U%08x", first)
		}
		msg = fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", c.name(), esc, start, reason)
	} else {
		msg = fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", c.name(), start, end-1, reason)
	}
	return &Error{Type: "UnicodeEncodeError", Msg: msg, Unicode: &UnicodeErrorInfo{
		Encoding: c.name(), Object: s, Start: start, End: end, Reason: reason}}
}

func decodeError(c codec, b string, start, end int, reason string) error {
	var msg string
	if end == start+1 {
		msg = fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", c.name(), b[start], start, reason)
	} else {
		msg = fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", c.name(), start, end-1, reason)
	}
	return &Error{Type: "UnicodeDecodeError", Msg: msg, Unicode: &UnicodeErrorInfo{
		Encoding: c.name(), Object: b, Start: start, End: end, Reason: reason}}
}

// Encode is str.encode(encoding, errors) for the utf-8, ascii and latin-1
// codecs under any of their Python names, with the error handlers strict,
// ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape
// and surrogatepass. It returns the bytes as a string.
func Encode(s, encoding, errors string) (string, error) {
	c, err := lookupCodec(encoding)
	if err != nil {
		return "", err
	}
	limit, reason := rune(0x110000), "surrogates not allowed"
	switch c {
	case asciiCodec:
		limit, reason = 0x80, "ordinal not in range(128)"
	case latin1Codec:
		limit, reason = 0x100, "ordinal not in range(256)"
	}
	encodable := func(r rune) bool {
		if c == utf8Codec {
			return r < 0xD800 || r > 0xDFFF
		}
		return r < limit
	}
	out := make([]byte, 0, len(s))
	h := hStrict
	handlerKnown := false
	// k counts code points, the unit of error positions.
	for i, k := 0, 0; i < len(s); {
		r, n := decodeRune(s, i)
		if encodable(r) {
			if c == utf8Codec {
				out = append(out, s[i:i+n]...)
			} else {
				out = append(out, byte(r))
			}
			i, k = i+n, k+1
			continue
		}
		if !handlerKnown {
			h, handlerKnown = lookupHandler(errors), true
		}
		// Consecutive unencodable code points form one error.
		var run []rune
		for i < len(s) {
			r, n := decodeRune(s, i)
			if encodable(r) {
				break
			}
			run = append(run, r)
			i += n
		}
		start, end := k, k+len(run)
		k = end
		switch h {
		case hStrict:
			return "", encodeError(c, s, start, end, run[0], reason)
		case hIgnore:
		case hReplace:
			for range run {
				out = append(out, '?')
			}
		case hBackslashReplace:
			for _, r := range run {
				out = appendEscape(out, r)
			}
		case hXMLCharRefReplace:
			for _, r := range run {
				out = append(out, "&#"+strconv.Itoa(int(r))+";"...)
			}
		case hSurrogateEscape:
			for j, r := range run {
				if r < 0xDC80 || r > 0xDCFF {
					return "", encodeError(c, s, start+j, end, r, reason)
				}
				out = append(out, byte(r-0xDC00))
			}
		case hSurrogatePass:
			if c != utf8Codec {
				return "", encodeError(c, s, start, end, run[0], reason)
			}
			for _, r := range run {
				out = appendRune(out, r)
			}
		case hNameReplace:
			return "", newError("NotImplementedError", "the 'namereplace' error handler is not supported")
		default:
			return "", unknownHandler(errors)
		}
	}
	return string(out), nil
}

// utf8Error finds the malformed sequence that starts at byte i of b (whose
// lead byte is not ASCII), the way CPython's decoder delimits it: an
// invalid lead byte alone; a lead byte and the valid continuation bytes
// before an invalid one; or a valid but truncated sequence up to the end.
// It returns the sequence's length and the reason, or 0 and "" when a
// whole code point is there.
func utf8Error(b string, i int) (int, string) {
	c := b[i]
	need := 0
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 2
	case c >= 0xE0 && c <= 0xEF:
		need = 3
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 4
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k < need; k++ {
		if i+k >= len(b) {
			return len(b) - i, "unexpected end of data"
		}
		// Only the second byte has a range narrower than 80..BF.
		if k > 1 {
			lo, hi = 0x80, 0xBF
		}
		if b[i+k] < lo || b[i+k] > hi {
			return k, "invalid continuation byte"
		}
	}
	return 0, ""
}

// Decode is bytes.decode(encoding, errors) for the utf-8, ascii and
// latin-1 codecs, with the error handlers strict, ignore, replace,
// backslashreplace, surrogateescape and surrogatepass.
func Decode(b, encoding, errors string) (string, error) {
	c, err := lookupCodec(encoding)
	if err != nil {
		return "", err
	}
	if c == latin1Codec {
		out := make([]byte, 0, len(b)+len(b)/2)
		for i := 0; i < len(b); i++ {
			out = appendRune(out, rune(b[i]))
		}
		return string(out), nil
	}
	if isASCII(b) {
		return b, nil
	}
	out := make([]byte, 0, len(b))
	h := hStrict
	handlerKnown := false
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			out = append(out, b[i])
			i++
			continue
		}
		n, reason := 1, "ordinal not in range(128)"
		if c == utf8Codec {
			if n, reason = utf8Error(b, i); n == 0 {
				_, size := decodeRune(b, i)
				out = append(out, b[i:i+size]...)
				i += size
				continue
			}
		}
		if !handlerKnown {
			h, handlerKnown = lookupHandler(errors), true
		}
		bad := b[i : i+n]
		switch h {
		case hStrict:
			return "", decodeError(c, b, i, i+n, reason)
		case hIgnore:
		case hReplace:
			out = append(out, "\uFFFD"...)
		case hBackslashReplace:
			for j := 0; j < len(bad); j++ {
				out = appendEscape(out, rune(bad[j]))
			}
		case hSurrogateEscape:
			for j := 0; j < len(bad); j++ {
				out = appendRune(out, 0xDC00+rune(bad[j]))
			}
		case hSurrogatePass:
			// The handler takes one three-byte encoded surrogate at the
			// error's start, which reaches past the error itself.
			if c == utf8Codec && i+3 <= len(b) && b[i]&0xF0 == 0xE0 && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80 {
				if r, _ := decodeRune(b, i); r >= 0xD800 && r <= 0xDFFF {
					out = appendRune(out, r)
					i += 3
					continue
				}
			}
			return "", decodeError(c, b, i, i+n, reason)
		case hXMLCharRefReplace, hNameReplace:
			return "", newError("TypeError", "don't know how to handle UnicodeDecodeError in error callback")
		default:
			return "", unknownHandler(errors)
		}
		i += n
	}
	return string(out), nil
}
