// Package compile turns syntax trees into bytecode for the tasklet VM.
//
// It owns scope resolution (which names are local, cell, free or global,
// following Python's rules for functions, classes, comprehensions and
// lambdas) and code generation. It knows nothing of run-time values:
// constants are plain Go values that the VM converts when it loads a Code.
//
// The generated code keeps what the debugger needs: a source range for every
// instruction, the names of locals, and an exception table instead of
// instructions that set up handlers, so that a try costs nothing until
// something is raised.
package compile

import (
	"fmt"
	"strings"

	"tasklet/syntax"
)

// Code is a compiled function, class body, comprehension or module.
type Code struct {
	Name     string // function name, "<module>", "<listcomp>", ...
	QualName string
	Filename string
	Doc      any // the docstring constant, or nil

	Code   []uint32
	Pos    []Span // source range of each instruction
	Consts []any  // nil (None), bool, int64, *big.Int, float64, string, Bytes, Ellipsis, Tuple, *Code
	Names  []string

	// Variables. Fast locals are Varnames, parameters first. Cells are
	// Cellvars then Freevars; a parameter that is also a cell is copied in
	// at call time (CellArgs).
	Varnames []string
	Cellvars []string
	Freevars []string
	CellArgs []int // for each cellvar, the index of the parameter it starts as, or -1

	ArgCount     int // positional parameters, including positional-only
	PosOnlyCount int
	KwOnlyCount  int
	Flags        Flags

	StackSize int
	Handlers  []Handler
	FirstLine int32
}

// Flags describe a Code.
type Flags uint16

const (
	VarArgs     Flags = 1 << iota // has *args
	VarKeywords                   // has **kwargs
	Generator                     // contains yield
	ClassBody                     // runs with a namespace dict as its locals
	ModuleBody
	NestedFunc // defined inside another function (qualname has <locals>)
)

// A Span is the source range of an instruction.
type Span struct {
	Line, Col, EndLine, EndCol int32
}

// A Handler sends exceptions raised by instructions [Start, End) to
// Target, after trimming the operand stack to Depth.
type Handler struct {
	Start, End, Target int32
	Depth              int32
}

// Bytes is a bytes constant.
type Bytes string

// Ellipsis is the ... constant.
type Ellipsis struct{}

// Tuple is a tuple constant (keyword names of a call, folded defaults).
type Tuple []any

// FrozenSet is a frozenset constant: the elements of a constant set
// display, in source order.
type FrozenSet []any

// Op splits an instruction word.
func Op(word uint32) (Opcode, int) { return Opcode(word & 0xff), int(word >> 8) }

// HandlerAt returns the handler covering instruction pc, if any. Handlers
// are listed innermost first.
func (c *Code) HandlerAt(pc int) (Handler, bool) {
	for _, h := range c.Handlers {
		if int(h.Start) <= pc && pc < int(h.End) {
			return h, true
		}
	}
	return Handler{}, false
}

// LineStarts returns, for each source line that has code, the first
// instruction of that line: the places a line breakpoint can stop.
func (c *Code) LineStarts() map[int32]int {
	out := map[int32]int{}
	for i, p := range c.Pos {
		if _, ok := out[p.Line]; !ok && p.Line > 0 {
			out[p.Line] = i
		}
	}
	return out
}

// Disassemble lists the instructions of c and of the code it contains,
// for tests and for debugging the compiler.
func (c *Code) Disassemble() string {
	var sb strings.Builder
	c.disassemble(&sb)
	return sb.String()
}

func (c *Code) disassemble(sb *strings.Builder) {
	fmt.Fprintf(sb, "code %s (args %d, locals %v, cells %v, free %v, stack %d)\n", c.QualName, c.ArgCount, c.Varnames, c.Cellvars, c.Freevars, c.StackSize)
	for i, w := range c.Code {
		op, arg := Op(w)
		fmt.Fprintf(sb, "%4d %-4d %-20s", i, c.Pos[i].Line, op)
		switch op {
		case LOAD_CONST:
			fmt.Fprintf(sb, " %d (%s)", arg, constString(c.Consts[arg]))
		case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_ATTR, STORE_ATTR,
			DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
			fmt.Fprintf(sb, " %d (%s)", arg, c.Names[arg])
		case LOAD_FAST, STORE_FAST, DELETE_FAST:
			fmt.Fprintf(sb, " %d (%s)", arg, c.Varnames[arg])
		case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
			fmt.Fprintf(sb, " %d (%s)", arg, c.cellName(arg))
		case BINARY_OP, INPLACE_OP:
			fmt.Fprintf(sb, " %s", BinOp(arg))
		case COMPARE_OP:
			fmt.Fprintf(sb, " %s", CmpOp(arg))
		default:
			fmt.Fprintf(sb, " %d", arg)
		}
		sb.WriteByte('\n')
	}
	for _, h := range c.Handlers {
		fmt.Fprintf(sb, "  handler [%d, %d) -> %d depth %d\n", h.Start, h.End, h.Target, h.Depth)
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			sub.disassemble(sb)
		}
	}
}

func (c *Code) cellName(i int) string {
	if i < len(c.Cellvars) {
		return c.Cellvars[i]
	}
	return c.Freevars[i-len(c.Cellvars)]
}

func constString(k any) string {
	switch k := k.(type) {
	case nil:
		return "None"
	case *Code:
		return "code " + k.QualName
	case string:
		return fmt.Sprintf("%q", k)
	}
	return fmt.Sprint(k)
}

// An Error is a compile-time error: a SyntaxError that the parser cannot
// see, such as 'return' outside a function or a nonlocal without binding.
type Error struct {
	Pos syntax.Pos
	End syntax.Pos
	Msg string
}

func (e *Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Col, e.Msg) }
