package vm

import "tasklet/vm/compile"

// Line events. A debugger that steps or has breakpoints needs to hear of
// every source line a program starts, and a program nobody debugs must
// not pay for that. So the loop never checks for line events: the VM
// keeps, for each code object that a debugger watches, a copy of its
// instructions in which the first instruction of every line is
// TRACE_LINE, and the loop runs that copy instead. The choice is made
// when the loop (re)loads a frame: at calls, returns, switches, and after
// every stop (a pause, a breakpoint, a line event).

// SetLineEvents asks for the listener's Line to be called at the start of
// each line that the program runs in a file for which want returns true;
// nil turns line events off.
func (vm *VM) SetLineEvents(want func(file string) bool) {
	vm.lineEvents = want
	if want != nil {
		vm.attention.Or(attnLines)
	} else {
		vm.attention.And(^attnLines)
	}
}

// lineEvent reports the line that frame f of tasklet t is about to run,
// unless it is the line last reported in the same frame and the loop did
// not go back: CPython's rule, under which the implicit return on the
// last statement's line, or a jump forward within a line, is not a new
// line.
func (vm *VM) lineEvent(t *Tasklet, f *Frame) {
	if vm.listener == nil || vm.lineEvents == nil {
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

// tracedCode returns c's instructions with TRACE_LINE over the first
// instruction of each line, and of each jump target (a loop goes back to
// its first line).
func (c *Code) tracedCode() []uint32 {
	if c.traced != nil {
		return c.traced
	}
	orig := c.Code.Code
	traced := make([]uint32, len(orig))
	copy(traced, orig)
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
	for pc, start := range starts {
		if start && c.Pos[pc].Line > 0 {
			traced[pc] = orig[pc]&^0xff | uint32(compile.TRACE_LINE)
		}
	}
	c.traced = traced
	return traced
}
