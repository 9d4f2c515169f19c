package lsp

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"go.lsp.dev/protocol"
)

func pos(line, char uint32) protocol.Position { return protocol.Position{Line: line, Character: char} }

func TestMapperUTF16(t *testing.T) {
	// "é" is 2 bytes and 1 unit, "😀" 4 bytes and 2 units.
	src := []byte("aé😀b\r\nx\ry\n")
	m := newMapper(src)
	for _, tc := range []struct {
		off int
		p   protocol.Position
	}{
		{0, pos(0, 0)}, {1, pos(0, 1)}, {3, pos(0, 2)}, {7, pos(0, 4)}, {8, pos(0, 5)},
		{10, pos(1, 0)}, {12, pos(2, 0)}, {13, pos(2, 1)}, {14, pos(3, 0)},
	} {
		assert.Equal(t, tc.p, m.position(tc.off), "position(%d)", tc.off)
		assert.Equal(t, tc.off, m.offset(tc.p), "offset(%v)", tc.p)
	}
	// Past the end of a line: the line's end; past the last line: the end.
	assert.Equal(t, 8, m.offset(pos(0, 99)))
	assert.Equal(t, len(src), m.offset(pos(99, 0)))
	// Inside a surrogate pair: the start of the character.
	assert.Equal(t, 3, m.offset(pos(0, 3)))
	// Invalid UTF-8 counts one unit a byte.
	bad := newMapper([]byte("\xff\xfeA"))
	assert.Equal(t, pos(0, 2), bad.position(2))
	assert.Equal(t, 2, bad.offset(pos(0, 2)))
}
