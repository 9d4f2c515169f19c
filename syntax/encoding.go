package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// A codec is a source encoding that Parse can decode.
type codec uint8

const (
	utf8Codec codec = iota + 1
	latin1Codec
	cp1252Codec
	asciiCodec
)

// codecs maps Python's names for the codecs that Parse decodes, as
// Python's codec lookup normalizes them, to the codec.
var codecs = map[string]codec{
	"utf_8": utf8Codec, "utf8": utf8Codec, "u8": utf8Codec, "utf": utf8Codec,
	"utf8_ucs2": utf8Codec, "utf8_ucs4": utf8Codec, "cp65001": utf8Codec,

	"latin_1": latin1Codec, "latin1": latin1Codec, "latin": latin1Codec, "l1": latin1Codec,
	"iso_8859_1": latin1Codec, "iso8859_1": latin1Codec, "iso8859": latin1Codec, "8859": latin1Codec,
	"iso_8859_1_1987": latin1Codec, "iso_ir_100": latin1Codec, "cp819": latin1Codec,
	"ibm819": latin1Codec, "csisolatin1": latin1Codec,

	"cp1252": cp1252Codec, "windows_1252": cp1252Codec, "1252": cp1252Codec,

	"ascii": asciiCodec, "us_ascii": asciiCodec, "us": asciiCodec, "646": asciiCodec,
	"iso646_us": asciiCodec, "iso_ir_6": asciiCodec, "csascii": asciiCodec, "cp367": asciiCodec,
	"ibm367": asciiCodec, "ansi_x3.4_1968": asciiCodec, "ansi_x3_4_1968": asciiCodec,
	"ansi_x3.4_1986": asciiCodec, "iso_646.irv_1991": asciiCodec,
}

// A sourceError is an error found in decoding a source file, at offsets of
// the text that Parse goes on to parse.
type sourceError struct {
	start, end int
	msg        string
}

// SourceText returns the text of src that Parse parses, and whose offsets
// its positions count: src decoded to UTF-8 as its coding cookie says.
func SourceText(src []byte) string {
	text, _ := decodeSource(src)
	return text
}

// decodeSource returns the text of a source file in UTF-8, decoded as its
// PEP 263 coding cookie says, and the error that CPython reports in doing so,
// if any. Where the file cannot be decoded, the text is its bytes as they are.
func decodeSource(src []byte) (string, *sourceError) {
	text := string(src)
	name, start, end := codingCookie(text)
	if name == "" {
		return text, nil
	}
	normal := normalCodingName(name)
	if strings.HasPrefix(text, bom) && normal != "utf-8" {
		return text, &sourceError{start, end, fmt.Sprintf("encoding problem: %s with BOM", normal)}
	}
	if normal == "utf-8" {
		// CPython reads the bytes as UTF-8 itself, as without a cookie.
		return text, nil
	}
	switch codecs[pythonCodecName(normal)] {
	case utf8Codec:
		// Any other name of UTF-8 takes CPython through its codec,
		// which decodes the whole file first.
		if !utf8.ValidString(text) {
			at := firstInvalidUTF8(text)
			return text, &sourceError{at, at + 1, "'utf-8' codec " + utf8Error(text)}
		}
		return text, nil
	case asciiCodec:
		for i := 0; i < len(text); i++ {
			if text[i] >= utf8.RuneSelf {
				return text, &sourceError{i, i + 1, fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", text[i], i)}
			}
		}
		return text, nil
	case latin1Codec:
		return decodeCharmap(src, charmap.ISO8859_1), nil
	case cp1252Codec:
		// Python's cp1252 leaves five bytes undefined, which the WHATWG
		// table behind charmap.Windows1252 maps to C1 controls.
		for i, b := range src {
			switch b {
			case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
				return text, &sourceError{i, i + 1, fmt.Sprintf("'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", b, i)}
			}
		}
		return decodeCharmap(src, charmap.Windows1252), nil
	}
	return text, &sourceError{start, end, "unknown encoding: " + name}
}

// decodeCharmap decodes src, in a single-byte encoding, to UTF-8.
func decodeCharmap(src []byte, m *charmap.Charmap) string {
	out := make([]byte, 0, len(src)+len(src)/8)
	for _, b := range src {
		out = utf8.AppendRune(out, m.DecodeByte(b))
	}
	return string(out)
}

// firstInvalidUTF8 returns the offset of the first byte of text that is not
// part of valid UTF-8; text must have one.
func firstInvalidUTF8(text string) int {
	for i := 0; ; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
}

// codingCookie finds a coding cookie as CPython's tokenizer does, and
// returns the encoding's name and its offsets in text. The cookie is a
// comment on the first line, or on the second if the first holds at most a
// comment, that contains "coding:" or "coding=" and then, after spaces or
// tabs, the name.
func codingCookie(text string) (name string, start, end int) {
	off := 0
	if strings.HasPrefix(text, bom) {
		off = len(bom)
	}
	for range 2 {
		line := text[off:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i+1]
		}
		rest := strings.TrimLeft(line, " \t\f")
		if !strings.HasPrefix(rest, "#") {
			if strings.TrimRight(rest, "\r\n") != "" {
				return "", 0, 0 // code: the second line cannot have a cookie
			}
		} else if name, at := cookieName(rest); name != "" {
			start = off + len(line) - len(rest) + at
			return name, start, start + len(name)
		}
		off += len(line)
	}
	return "", 0, 0
}

// cookieName returns the encoding name of a comment that is a coding cookie
// and its offset in the comment, or "".
func cookieName(comment string) (string, int) {
	for i := 0; ; {
		j := strings.Index(comment[i:], "coding")
		if j < 0 {
			return "", 0
		}
		i += j + len("coding")
		if i == len(comment) || comment[i] != ':' && comment[i] != '=' {
			continue
		}
		i++
		for i < len(comment) && (comment[i] == ' ' || comment[i] == '\t') {
			i++
		}
		n := i
		for n < len(comment) && (isLetter(comment[n]) || isDigit(comment[n]) || strings.IndexByte("-_.", comment[n]) >= 0) {
			n++
		}
		if n > i {
			return comment[i:n], i
		}
	}
}

// normalCodingName is CPython's get_normal_name: the names of UTF-8 and of
// Latin-1 that the tokenizer knows itself become "utf-8" and "iso-8859-1";
// other names stay as they are.
func normalCodingName(name string) string {
	s := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	switch {
	case s == "utf-8" || strings.HasPrefix(s, "utf-8-"):
		return "utf-8"
	case s == "latin-1" || s == "iso-8859-1" || s == "iso-latin-1" ||
		strings.HasPrefix(s, "latin-1-") || strings.HasPrefix(s, "iso-8859-1-") || strings.HasPrefix(s, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return name
}

// pythonCodecName normalizes an encoding name as Python's codec lookup
// does: in lower case, with each run of characters other than letters,
// digits and dots turned into one underscore, and none at either end.
func pythonCodecName(name string) string {
	var b strings.Builder
	sep := false
	for _, c := range []byte(strings.ToLower(name)) {
		if !isLetter(c) && !isDigit(c) && c != '.' {
			sep = true
			continue
		}
		if sep && b.Len() > 0 {
			b.WriteByte('_')
		}
		sep = false
		b.WriteByte(c)
	}
	return b.String()
}
