package lsp

import (
	"unicode/utf8"

	"go.lsp.dev/protocol"

	"tasklet/syntax"
)

// A mapper converts between byte offsets in a text and LSP positions,
// whose characters count UTF-16 code units. Lines end at "\n", "\r\n" or
// a lone "\r", as LSP defines them. Invalid UTF-8 counts one unit a byte.
type mapper struct {
	src   []byte
	lines []int // byte offset of the start of each line
}

func newMapper(src []byte) *mapper {
	lines := []int{0}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			lines = append(lines, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			lines = append(lines, i+1)
		}
	}
	return &mapper{src: src, lines: lines}
}

// lineEnd is the offset of the end of line i, before its line break.
func (m *mapper) lineEnd(i int) int {
	if i+1 >= len(m.lines) {
		return len(m.src)
	}
	end := m.lines[i+1] - 1
	if end > m.lines[i] && m.src[end] == '\n' && m.src[end-1] == '\r' {
		end--
	}
	return end
}

// offset converts a position to a byte offset. A position past the end of
// its line means the end of the line, and one past the last line the end
// of the text, as LSP asks; a position inside a surrogate pair or a
// multi-byte character rounds to the character's start.
func (m *mapper) offset(p protocol.Position) int {
	line := int(p.Line)
	if line >= len(m.lines) {
		return len(m.src)
	}
	off, end := m.lines[line], m.lineEnd(line)
	units := int(p.Character)
	for off < end && units > 0 {
		r, size := utf8.DecodeRune(m.src[off:end])
		n := 1
		if r >= 0x10000 {
			n = 2
		}
		if n > units {
			break
		}
		units -= n
		off += size
	}
	return off
}

// position converts a byte offset to a position.
func (m *mapper) position(off int) protocol.Position {
	off = max(0, min(off, len(m.src)))
	line := searchLine(m.lines, off)
	start := m.lines[line]
	end := min(off, m.lineEnd(line))
	units := 0
	for i := start; i < end; {
		r, size := utf8.DecodeRune(m.src[i:end])
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i += size
	}
	return protocol.Position{Line: uint32(line), Character: uint32(units)}
}

func searchLine(lines []int, off int) int {
	lo, hi := 0, len(lines)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if lines[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// rangeOf converts a syntax range.
func (m *mapper) rangeOf(r syntax.Range) protocol.Range {
	return protocol.Range{Start: m.position(int(r.Start.Offset)), End: m.position(int(r.End.Offset))}
}
