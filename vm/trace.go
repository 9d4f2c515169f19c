package vm

import (
	"sort"

	"tasklet/syntax"
	"tasklet/vm/compile"
)

// Line events. A debugger that steps or has breakpoints needs to hear of
// the source lines a program starts, and a program nobody debugs must not
// pay for that. So the loop never checks for line events: the VM keeps,
// for each code object that a debugger watches, a copy of its
// instructions in which the first instruction of each watched line is
// TRACE_LINE, and the loop runs that copy instead. The choice is made
// when the loop (re)loads a frame: at calls, returns, switches, and after
// every stop (a pause, a breakpoint, a line event). A breakpoint costs
// nothing in code objects that do not hold its line, and one check per
// run of its line in the one that does.

// A LineFilter chooses which lines of code object c give line events:
// every line when all is true, otherwise the given ones (none when the
// list is empty). The VM asks once per code object after each call of
// SetLineEvents.
type LineFilter func(c *Code) (all bool, lines []int)

// SetLineEvents asks for the listener's Line to be called at the start of
// each line that filter chooses; nil turns line events off. Call it again
// whenever the filter's answers change (breakpoints were set, a step
// began): the VM asks the filter again for every code object.
func (vm *VM) SetLineEvents(filter LineFilter) {
	vm.lineFilter = filter
	vm.lineEpoch++
	if filter != nil {
		vm.attention.Or(attnLines)
	} else {
		vm.attention.And(^attnLines)
	}
}

// codeFor returns the instructions the loop runs for c: a traced copy when
// line events want some of its lines.
func (vm *VM) codeFor(c *Code) []uint32 {
	if vm.lineFilter == nil {
		return c.Code.Code
	}
	if c.lineEpoch != vm.lineEpoch {
		all, lines := vm.lineFilter(c)
		switch {
		case all:
			c.lineCode = c.tracedCode()
		case len(lines) > 0:
			c.lineCode = c.tracedLines(lines)
		default:
			c.lineCode = c.Code.Code
		}
		c.lineEpoch = vm.lineEpoch
	}
	return c.lineCode
}

// lineEvent reports the line that frame f of tasklet t is about to run,
// unless it is the line last reported in the same frame and the loop did
// not go back: CPython's rule, under which the implicit return on the
// last statement's line, or a jump forward within a line, is not a new
// line.
func (vm *VM) lineEvent(t *Tasklet, f *Frame) {
	if vm.listener == nil || vm.lineFilter == nil {
		return
	}
	line := f.Line()
	last := &vm.lastLine
	if last.frame == f && last.line == line && last.pc < f.pc {
		last.pc = f.pc
		return
	}
	*last = lineMark{frame: f, line: line, pc: f.pc}
	vm.listener.Line(t, f)
}

// A lineMark is where the last line event was.
type lineMark struct {
	frame    *Frame
	line, pc int
}

// lineStarts marks the instructions of c that begin a line: the first of
// each line, and each jump target (a loop goes back to its first line).
func lineStarts(c *compile.Code) []bool {
	orig := c.Code
	starts := make([]bool, len(orig))
	for pc := range orig {
		if pc == 0 || c.Pos[pc].Line != c.Pos[pc-1].Line {
			starts[pc] = true
		}
		op, arg := compile.Op(orig[pc])
		if op == compile.JUMP && arg < pc && arg >= 0 {
			starts[arg] = true
			if c.Pos[pc].Line == c.Pos[arg].Line {
				// A loop's jump back to its head is the loop's line
				// only once: at the head.
				starts[pc] = false
			}
		}
	}
	for pc := range starts {
		if c.Pos[pc].Line <= 0 {
			starts[pc] = false
		}
	}
	return starts
}

// tracedCode returns c's instructions with TRACE_LINE over every line
// start.
func (c *Code) tracedCode() []uint32 {
	if c.traced == nil {
		c.traced = c.traceWhere(func(int) bool { return true })
	}
	return c.traced
}

// tracedLines returns c's instructions with TRACE_LINE over the starts of
// the given lines; c's own instructions when it holds none of them.
func (c *Code) tracedLines(lines []int) []uint32 {
	want := make(map[int]bool, len(lines))
	for _, l := range lines {
		want[l] = true
	}
	return c.traceWhere(func(line int) bool { return want[line] })
}

func (c *Code) traceWhere(want func(line int) bool) []uint32 {
	orig := c.Code.Code
	var traced []uint32
	for pc, start := range lineStarts(c.Code) {
		if start && want(int(c.Pos[pc].Line)) {
			if traced == nil {
				traced = make([]uint32, len(orig))
				copy(traced, orig)
			}
			traced[pc] = orig[pc]&^0xff | uint32(compile.TRACE_LINE)
		}
	}
	if traced == nil {
		return orig
	}
	return traced
}

// Lines returns the lines of c's own instructions that a line event can
// report, in order, without those of the functions and classes it
// defines.
func (c *Code) Lines() []int { return codeLines(c.Code, false) }

// EntryLine returns the line of the first line event of a call of c: the
// first statement of a function's body (0 when c has no line).
func (c *Code) EntryLine() int {
	for pc, start := range lineStarts(c.Code) {
		if start {
			return int(c.Pos[pc].Line)
		}
	}
	return 0
}

// CodeLines compiles the source of a file and returns, in order, every
// line of it that a line event can report, in all of its functions and
// classes: where a breakpoint can stop. The error is the first syntax
// error, when the file has one.
func CodeLines(path string, src []byte) ([]int, error) {
	f, errs := syntax.Parse(path, src)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	c, cerrs := compile.File(f)
	if len(cerrs) > 0 {
		return nil, cerrs[0]
	}
	return codeLines(c, true), nil
}

// codeLines returns the lines where c's line events happen, and those of
// the code objects among its constants when nested is set.
func codeLines(c *compile.Code, nested bool) []int {
	seen := map[int]bool{}
	var walk func(c *compile.Code)
	walk = func(c *compile.Code) {
		for pc, start := range lineStarts(c) {
			if start {
				seen[int(c.Pos[pc].Line)] = true
			}
		}
		if !nested {
			return
		}
		for _, k := range c.Consts {
			if inner, ok := k.(*compile.Code); ok {
				walk(inner)
			}
		}
	}
	walk(c)
	out := make([]int, 0, len(seen))
	for l := range seen {
		out = append(out, l)
	}
	sort.Ints(out)
	return out
}
