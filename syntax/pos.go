package syntax

import "fmt"

// A Pos is a position in a source file. Line and Col are 1-based; Col counts
// bytes, as CPython's col_offset does (plus one), so that positions agree with
// Python tools. Converting to UTF-16 columns for editors is the language
// server's business.
type Pos struct {
	Offset int32 // byte offset from the start of the file, 0-based
	Line   int32 // 1-based line number
	Col    int32 // 1-based byte column
}

// IsValid reports whether p was set (the zero Pos is not a position).
func (p Pos) IsValid() bool { return p.Line > 0 }

// Before reports whether p comes strictly before q.
func (p Pos) Before(q Pos) bool { return p.Offset < q.Offset }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// A Range is the extent of a node or token: Start is its first byte, End is
// just past its last byte.
type Range struct {
	Start, End Pos
}

// Span returns the range itself; every node embeds a Range, so every node
// has a Span method.
func (r Range) Span() Range { return r }

// Contains reports whether the byte offset off lies within r. The end is
// included so that a cursor just after a name still finds that name.
func (r Range) Contains(off int32) bool { return r.Start.Offset <= off && off <= r.End.Offset }

func (r Range) String() string { return fmt.Sprintf("%s-%s", r.Start, r.End) }
