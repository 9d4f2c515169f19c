package debugger

import (
	"fmt"

	"tasklet/vm"
)

// Stepping follows one tasklet. A step ends at that tasklet's next line
// (stepIn), its next line in the same function or a caller (next), or the
// first moment it is back in a caller (stepOut), however many other
// tasklets run in between: a step over ch.receive() ends when the value
// has arrived. Line events of other tasklets only matter to their
// breakpoints. With other tasklets frozen, the step ends instead where
// the stepped tasklet lets another one run (it blocks, schedules or
// ends), since it could not go on without them.

type stepKind int

const (
	stepNone  stepKind = iota
	stepEntry          // stop at the program's first line
	stepOver
	stepIn
	stepOut
)

type step struct {
	kind    stepKind
	tasklet int64
	t       *vm.Tasklet
	// depth is the depth of the frame the step began in; -1 for a
	// tasklet that has not started (its first line ends any step).
	depth  int
	freeze bool
}

// beginStep starts what the front end asked when it resumed the program.
func (e *Engine) beginStep(r resumeCmd) {
	e.step = nil
	if r.kind != stepNone {
		if t := e.tasklet(r.tasklet); t != nil && e.m.State(t) != vm.TaskletDead {
			s := &step{kind: r.kind, tasklet: t.ID(), t: t, depth: -1, freeze: e.cfg.FreezeOthers}
			if frames := t.Frames(); len(frames) > 0 {
				s.depth = frames[0].Depth()
			}
			e.step = s
		}
	}
	e.retrace()
}

// tasklet finds a live tasklet by id.
func (e *Engine) tasklet(id int64) *vm.Tasklet {
	for _, t := range e.m.Tasklets() {
		if t.ID() == id {
			return t
		}
	}
	return nil
}

// lineEnds says whether a line of frame f of tasklet t ends the step.
func (s *step) lineEnds(t *vm.Tasklet, f *vm.Frame) (Stop, bool) {
	if s.kind == stepEntry {
		return Stop{Reason: "entry", Description: "stopped on entry"}, true
	}
	if t.ID() != s.tasklet {
		return Stop{}, false
	}
	ends := false
	switch s.kind {
	case stepIn:
		ends = true
	case stepOver:
		ends = s.depth < 0 || f.Depth() <= s.depth
	case stepOut:
		ends = s.depth < 0 || f.Depth() < s.depth
	}
	return Stop{Reason: "step", Description: "step ended"}, ends
}

// entered says whether a frame becoming the running frame of t ends the
// step: the stepped tasklet left the frame the step began in, or, with
// others frozen, another tasklet is about to run.
func (s *step) entered(e *Engine, t *vm.Tasklet, f *vm.Frame) (Stop, bool) {
	if s.kind == stepEntry {
		return Stop{}, false
	}
	if t.ID() == s.tasklet {
		if s.kind != stepIn && s.depth >= 0 && f.Depth() < s.depth {
			return Stop{Reason: "step", Description: "step ended: returned to the caller"}, true
		}
		return Stop{}, false
	}
	state := e.m.State(s.t)
	if state == vm.TaskletDead {
		// The stepped tasklet has ended: the step goes on in whichever
		// tasklet runs now, and ends at its next line.
		s.kind, s.tasklet, s.t, s.depth = stepIn, t.ID(), t, -1
		return Stop{}, false
	}
	if !s.freeze {
		return Stop{}, false
	}
	return Stop{
		Reason: "step",
		Description: fmt.Sprintf("step ended: %s, and other tasklets are frozen (tasklet %d would run next)",
			describeTasklet(e.m, s.t), t.ID()),
	}, true
}
