package compile

import (
	"fmt"
	"math/big"

	"tasklet/syntax"
)

// File compiles a parsed module. The tree must have no syntax errors. It
// returns the module's code, or every compile-time error found.
func File(f *syntax.File) (*Code, []*Error) {
	return compileTop(f, moduleScope)
}

// Exec compiles a module for exec() with a locals namespace apart from
// its globals. As in CPython, where every module works so, the names its
// top level binds and reads go through that namespace (the NAME
// instructions), and the functions it defines see only the globals. File
// compiles the top level of a module to use its globals directly, since
// a module's namespace is its globals.
func Exec(f *syntax.File) (*Code, []*Error) {
	// A namespace scope at the top: what a class body is.
	return compileTop(f, classScope)
}

// compileTop compiles a module whose top level is a scope of kind.
func compileTop(f *syntax.File, kind scopeKind) (*Code, []*Error) {
	r, top := resolveFile(f, kind)
	if len(r.errors) > 0 {
		return nil, r.errors
	}
	c := &compiler{r: r, filename: f.Path}
	code := c.compileModule(f, top)
	if len(c.errors) > 0 {
		return nil, c.errors
	}
	return code, nil
}

// Expr compiles an expression for evaluation in the scope of a running
// frame (the debugger's evaluate request). locals names the frame's
// variables, which the expression reads and writes through a namespace.
func Expr(x syntax.Expr, filename string) (*Code, []*Error) {
	f := &syntax.File{Range: x.Span(), Path: filename, Body: []syntax.Stmt{&syntax.Return{Range: x.Span(), Value: x}}}
	r := &resolver{scopes: map[syntax.Node]*scope{}}
	top := newScope(classScope, "<eval>", f, nil)
	r.scopes[f] = top
	(&collector{r: r, s: top}).expr(x)
	r.analyze(top, map[string]bool{})
	if len(r.errors) > 0 {
		return nil, r.errors
	}
	c := &compiler{r: r, filename: filename}
	u := c.newUnit(top, "<eval>", "<eval>", f)
	u.code.Flags |= ClassBody
	c.expr(x)
	c.emit(RETURN_VALUE, 0)
	code := c.finish()
	if len(c.errors) > 0 {
		return nil, c.errors
	}
	return code, nil
}

type compiler struct {
	r        *resolver
	filename string
	u        *unit // the code being generated
	errors   []*Error
	dead     int // > 0 while compiling unreachable statements (see deadStmt)
}

// A unit is the state of one Code under construction.
type unit struct {
	parent *unit
	scope  *scope
	code   *Code

	handlers []int32 // per instruction: index+1 into handlerDefs, or 0
	defs     []handlerDef
	hstack   []int // active handler defs, innermost last

	labels []label
	fixups []fixup

	depth    int // current operand stack depth
	maxDepth int
	reached  bool // false after an unconditional jump, until a label is bound

	consts  map[any]int
	names   map[string]int
	fblocks []fblock
	pos     syntax.Range // source range of the statement or expression being compiled
}

type handlerDef struct {
	target int // label
	depth  int
}

type label struct {
	pc    int // -1 until bound
	depth int // operand stack depth at the label, -1 unknown
}

type fixup struct {
	pc, label int
}

// An fblock is a construct that break, continue and return must unwind.
type fblock struct {
	kind    fblockKind
	start   int // label of a loop's start (for continue)
	end     int // label after a loop (for break)
	finally []syntax.Stmt
	name    string // the except-as name to delete
	handler int    // the handler def active outside this block
}

type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbTry // try body with a finally
	fbFinallyEnd
	fbExcept // inside an except clause: the handled exception is saved below
	fbWith
	fbExceptName
	fbPopValue // a finally body inlined by a return, above the value returned
)

func (c *compiler) errorf(n syntax.Node, format string, args ...any) {
	sp := n.Span()
	c.errors = append(c.errors, &Error{Pos: sp.Start, End: sp.End, Msg: fmt.Sprintf(format, args...)})
}

func (c *compiler) newUnit(s *scope, name, qualname string, node syntax.Node) *unit {
	u := &unit{
		parent: c.u,
		scope:  s,
		code: &Code{
			Name:     name,
			QualName: qualname,
			Filename: c.filename,
			Varnames: s.locals,
			Cellvars: s.cells,
			Freevars: s.frees,
		},
		consts:  map[any]int{},
		names:   map[string]int{},
		reached: true,
		pos:     node.Span(),
	}
	u.code.FirstLine = node.Span().Start.Line
	u.code.CellArgs = make([]int, len(s.cells))
	for i, cell := range s.cells {
		u.code.CellArgs[i] = -1
		for j, p := range s.params {
			if p == cell {
				u.code.CellArgs[i] = j
			}
		}
	}
	if s.generator {
		u.code.Flags |= Generator
	}
	c.u = u
	return u
}

// finish resolves jumps, builds the exception table and returns the code.
func (c *compiler) finish() *Code {
	u := c.u
	for _, f := range u.fixups {
		op, _ := Op(u.code.Code[f.pc])
		u.code.Code[f.pc] = uint32(op) | uint32(u.labels[f.label].pc)<<8
	}
	// Coalesce runs of instructions with the same handler.
	for pc := 0; pc < len(u.handlers); {
		h := u.handlers[pc]
		end := pc + 1
		for end < len(u.handlers) && u.handlers[end] == h {
			end++
		}
		if h != 0 {
			d := u.defs[h-1]
			u.code.Handlers = append(u.code.Handlers, Handler{Start: int32(pc), End: int32(end), Target: int32(u.labels[d.target].pc), Depth: int32(d.depth)})
		}
		pc = end
	}
	u.code.StackSize = u.maxDepth
	c.u = u.parent
	return u.code
}

// ---- Emission ----

// noLine makes the next instructions belong to no line (line 0): code
// that only moves control between the parts of a statement. It returns
// the position it replaces.
func (c *compiler) noLine() syntax.Range {
	old := c.u.pos
	c.u.pos = syntax.Range{}
	return old
}

func (c *compiler) setPos(n syntax.Node) syntax.Range {
	old := c.u.pos
	c.u.pos = n.Span()
	return old
}

func (c *compiler) emit(op Opcode, arg int) int {
	u := c.u
	pc := len(u.code.Code)
	if !u.reached {
		// Dead code (after a return, raise or jump, before any label): it
		// is not emitted, and the stack depth there means nothing.
		return -1
	}
	u.code.Code = append(u.code.Code, uint32(op)|uint32(arg)<<8)
	r := u.pos
	u.code.Pos = append(u.code.Pos, Span{Line: r.Start.Line, Col: r.Start.Col, EndLine: r.End.Line, EndCol: r.End.Col})
	h := int32(0)
	if n := len(u.hstack); n > 0 {
		h = int32(u.hstack[n-1] + 1)
	}
	u.handlers = append(u.handlers, h)
	u.depth += stackEffect(op, arg, false)
	switch op {
	case RETURN_VALUE, RERAISE, RAISE_VARARGS:
		u.reached = false
	}
	if u.depth > u.maxDepth {
		u.maxDepth = u.depth
	}
	if u.depth < 0 && (len(c.errors) > 0 || c.dead > 0) {
		// A construct reported as an error left out the value it should
		// have pushed (a starred expression as a statement), or dead code
		// compiled at a depth that is only a guess: the code will never
		// run, so only the bookkeeping needs to go on.
		u.depth = 0
	}
	if u.depth < 0 {
		panic(fmt.Sprintf("compile: negative stack depth at %s in %s line %d", op, u.code.QualName, r.Start.Line))
	}
	return pc
}

func (c *compiler) newLabel() int {
	c.u.labels = append(c.u.labels, label{pc: -1, depth: -1})
	return len(c.u.labels) - 1
}

// bind places label l at the next instruction. The stack depth there is
// what the jumps to it said, when the code before it ends in a jump. When
// the code before does not fall through and no jump to l has been
// emitted, what follows stays unreached (the end of a loop whose body and
// else clause both return): nothing can jump to it later but code after
// it, which is as unreached. Code reached by an exception handler says so
// with setDepth.
func (c *compiler) bind(l int) {
	u := c.u
	u.labels[l].pc = len(u.code.Code)
	switch {
	case u.reached:
		if u.labels[l].depth < 0 {
			u.labels[l].depth = u.depth
		}
	case u.labels[l].depth >= 0:
		u.depth = u.labels[l].depth
		u.reached = true
	}
}

// jump emits a jump to label l, recording the stack depth there.
func (c *compiler) jump(op Opcode, l int) {
	u := c.u
	pc := c.emit(op, 0)
	if pc < 0 {
		return
	}
	u.fixups = append(u.fixups, fixup{pc: pc, label: l})
	d := u.depth + stackEffect(op, 0, true) - stackEffect(op, 0, false)
	if u.labels[l].depth < 0 {
		u.labels[l].depth = d
	}
	if op == JUMP {
		u.reached = false
	}
}

// setDepth fixes the operand stack depth for code reached only by an
// exception handler, and makes it reached.
func (c *compiler) setDepth(d int) {
	c.u.reached = true
	c.u.depth = d
	if d > c.u.maxDepth {
		c.u.maxDepth = d
	}
}

// pushHandler makes exceptions in the following instructions go to label
// target, with the stack trimmed to its current depth plus extra.
func (c *compiler) pushHandler(target, extra int) {
	u := c.u
	u.defs = append(u.defs, handlerDef{target: target, depth: u.depth + extra})
	u.hstack = append(u.hstack, len(u.defs)-1)
}

func (c *compiler) popHandler() {
	c.u.hstack = c.u.hstack[:len(c.u.hstack)-1]
}

func (c *compiler) constIndex(k any) int {
	u := c.u
	key := k
	switch v := k.(type) {
	case *big.Int:
		key = "bigint:" + v.String()
	case float64:
		key = fmt.Sprintf("float:%b", v) // keeps 0.0 and -0.0 apart
	case Bytes:
		key = "bytes:" + string(v)
	case string:
		key = "str:" + v
	case Tuple, FrozenSet, *Code:
		u.code.Consts = append(u.code.Consts, k)
		return len(u.code.Consts) - 1
	}
	if i, ok := u.consts[key]; ok {
		return i
	}
	u.code.Consts = append(u.code.Consts, k)
	u.consts[key] = len(u.code.Consts) - 1
	return len(u.code.Consts) - 1
}

func (c *compiler) loadConst(k any) { c.emit(LOAD_CONST, c.constIndex(k)) }

func (c *compiler) nameIndex(name string) int {
	u := c.u
	if i, ok := u.names[name]; ok {
		return i
	}
	u.code.Names = append(u.code.Names, name)
	u.names[name] = len(u.code.Names) - 1
	return len(u.code.Names) - 1
}

// stackEffect returns how op changes the operand stack depth; jump gives
// the effect when a conditional jump is taken.
func stackEffect(op Opcode, arg int, jump bool) int {
	switch op {
	case NOP, ROT_TWO, ROT_THREE, ROT_FOUR, DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME,
		UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, GET_ITER, LOAD_ATTR, CHECK_EXC_MATCH,
		LIST_TO_TUPLE, YIELD_VALUE, GET_YIELD_FROM_ITER, SETUP_ANNOTATIONS:
		return 0
	case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR, BINARY_SUBSCR,
		BINARY_OP, INPLACE_OP, COMPARE_OP, IS_OP, CONTAINS_OP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
		RETURN_VALUE, POP_EXCEPT, RERAISE, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
		DICT_MERGE, IMPORT_NAME, IMPORT_STAR:
		return -1
	case DUP_TOP, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE, LOAD_GLOBAL, LOAD_NAME,
		LOAD_METHOD, PUSH_EXC_INFO, LOAD_ASSERTION_ERROR, BEFORE_WITH, WITH_EXCEPT_START, LOAD_BUILD_CLASS,
		IMPORT_FROM:
		return 1
	case DUP_TOP_TWO:
		return 2
	case STORE_ATTR, DELETE_SUBSCR, MAP_ADD:
		return -2
	case STORE_SUBSCR:
		return -3
	case BUILD_SLICE:
		return 1 - arg
	case JUMP:
		return 0
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case SEND:
		if jump {
			return -1
		}
		return 0
	case RAISE_VARARGS:
		return -arg
	case CALL:
		return -arg
	case CALL_KW:
		return -arg - 1
	case CALL_EX:
		return -1 - arg
	case CALL_METHOD:
		return -arg - 1
	case MAKE_FUNCTION:
		n := 0
		for f := arg; f != 0; f &= f - 1 {
			n++
		}
		return -n
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - arg
	case BUILD_MAP:
		return 1 - 2*arg
	case UNPACK_SEQUENCE:
		return arg - 1
	case UNPACK_EX:
		return (arg & 0xff) + (arg >> 8)
	case FORMAT_VALUE:
		if arg&FormatSpec != 0 {
			return -1
		}
		return 0
	}
	panic("compile: no stack effect for " + op.String())
}

// attrIndex is nameIndex for an attribute name, which private name
// mangling applies to as well.
func (c *compiler) attrIndex(name string) int { return c.nameIndex(c.u.scope.mangle(name)) }
