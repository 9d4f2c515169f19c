package debugger

import (
	"fmt"
	"strings"

	"tasklet/vm"
)

// The engine is the VM's listener: these methods run on the VM's
// goroutine, inside the loop, and decide whether the program stops.

// Breakpoint is a call of breakpoint() in the program.
func (e *Engine) Breakpoint(t *vm.Tasklet, f *vm.Frame) {
	e.stopHere(t, Stop{Reason: "breakpoint", Description: "breakpoint() called"})
}

// Paused runs the front end's calls, and stops if the user asked.
func (e *Engine) Paused(t *vm.Tasklet, f *vm.Frame) {
	e.runPending()
	e.mu.Lock()
	user := e.userPause
	e.mu.Unlock()
	if user {
		e.stopHere(t, Stop{Reason: "pause", Description: "paused"})
	}
}

// Line checks breakpoints, then whether a step ends here.
func (e *Engine) Line(t *vm.Tasklet, f *vm.Frame) {
	if s, ok := e.breakpointStop(t, f); ok {
		if e.step != nil && e.step.kind != stepEntry && t.ID() != e.step.tasklet {
			s.Description += fmt.Sprintf(" in tasklet %d, during a step of tasklet %d", t.ID(), e.step.tasklet)
		}
		e.stopHere(t, s)
		return
	}
	if e.step == nil {
		return
	}
	if s, ok := e.step.lineEnds(t, f); ok {
		e.stopHere(t, s)
	}
}

// Entered notes calls of functions with function breakpoints, which stop
// at their first line (a loop back to that line is not a call); it ends
// steps that leave their frame, and, with other tasklets frozen, steps
// that would let another tasklet run.
func (e *Engine) Entered(t *vm.Tasklet, f *vm.Frame) {
	if len(e.functions) > 0 && f.AtStart() && e.functionBreakpoint(f.Code()) != nil {
		e.entering = f
	}
	if e.step == nil {
		return
	}
	st := e.step
	if s, ok := st.entered(e, t, f); ok {
		// A frozen step stops as the stepped tasklet, even when another
		// one is about to run.
		e.stopHere(st.t, s)
	}
}

// breakpointStop says whether a breakpoint stops frame f at its line.
func (e *Engine) breakpointStop(t *vm.Tasklet, f *vm.Frame) (Stop, bool) {
	line := f.Line()
	if fb := e.lines[f.File()]; fb != nil {
		if bp := fb.byLine[line]; bp != nil {
			return e.hit(f, &bp.hits, bp.ID, bp.Condition, bp.HitCondition, bp.LogMessage, "breakpoint",
				fmt.Sprintf("breakpoint at %s:%d", shortPath(f.File()), line))
		}
	}
	if f == e.entering {
		// The first line of a call of a function with a function
		// breakpoint (see Entered).
		e.entering = nil
		if fb := e.functionBreakpoint(f.Code()); fb != nil {
			return e.hit(f, &fb.hits, fb.ID, fb.Condition, fb.HitCondition, "", "function breakpoint",
				fmt.Sprintf("function breakpoint on %s", fb.Name))
		}
	}
	return Stop{}, false
}

// hit counts a hit of a breakpoint, and decides whether it stops.
func (e *Engine) hit(f *vm.Frame, hits *int, id int, cond, hitCond, logMsg, reason, desc string) (Stop, bool) {
	holds, why := e.conditionHolds(f, cond)
	if !holds {
		return Stop{}, false
	}
	*hits++
	if !hitMatches(hitCond, *hits) {
		return Stop{}, false
	}
	if logMsg != "" && why == "" {
		e.frontend().Output("console", e.logMessage(f, logMsg)+"\n")
		return Stop{}, false
	}
	s := Stop{Reason: reason, Description: desc, Breakpoints: []int{id}}
	if why != "" {
		s.Description += ": " + why
		s.Text = why
	}
	return s, true
}

// Exception stops at exceptions the filters choose.
func (e *Engine) Exception(t *vm.Tasklet, f *vm.Frame, err error, reraised, uncaught bool) {
	class := e.m.ExceptionClass(err)
	quiet := class == "TaskletExit" || class == "SystemExit" || class == "GeneratorExit"
	var mode, desc string
	switch {
	case e.filters.Uncaught && uncaught && !quiet && err != e.lastExc:
		mode, desc = "unhandled", "uncaught exception"
		if !t.IsMain() {
			desc += fmt.Sprintf(": it ends tasklet %d and is raised again in the main tasklet", t.ID())
		}
	case e.filters.Raised && !reraised:
		mode, desc = "always", "exception raised"
	default:
		return
	}
	e.lastExc = err
	msg := e.m.ExceptionMessage(err)
	e.stopHere(t, Stop{
		Reason:      "exception",
		Description: desc,
		Text:        msg,
		Exception: &ExceptionStop{
			ID:          class,
			Description: msg,
			BreakMode:   mode,
			Traceback:   e.m.TracebackAt(f, err),
		},
	})
}

// Deadlock stops before the deadlock error, listing the blocked
// tasklets.
func (e *Engine) Deadlock(t *vm.Tasklet, f *vm.Frame) {
	if !e.filters.Deadlock {
		return
	}
	var sb strings.Builder
	sb.WriteString("Deadlock: the last runnable tasklet cannot be blocked.\n")
	for _, o := range e.m.Tasklets() {
		if c, _ := o.BlockedOn(); c != nil {
			sb.WriteString("  " + describeTasklet(e.m, o) + "\n")
		}
	}
	fmt.Fprintf(&sb, "  %s, about to block\n", describeTasklet(e.m, t))
	e.stopHere(t, Stop{
		Reason:      "exception",
		Description: "deadlock: every tasklet is blocked",
		Text:        sb.String(),
		Exception: &ExceptionStop{
			ID:          "Deadlock",
			Description: "RuntimeError: Deadlock: the last runnable tasklet cannot be blocked.",
			BreakMode:   "always",
			Traceback:   sb.String(),
		},
	})
}
