package dap

import (
	"tasklet/vm"
)

// Handles name, by small integers, the frames and variable containers a
// client has seen during one stop. They are valid until the program
// resumes: the next stop hands out new ones.

type frameRef struct {
	tasklet *vm.Tasklet
	frame   *vm.Frame // nil for a tasklet that has not started
}

type varKind int

const (
	varLocals varKind = iota
	varGlobals
	varTasklet // the Tasklet scope, or a tasklet value
	varValue   // a container or object
	varFrames  // a tasklet's frames, under a tasklet value
	varFrame   // one of those frames: its locals
)

type varRef struct {
	kind    varKind
	frame   *vm.Frame // the frame of a scope, or where a value was found (for evaluation)
	tasklet *vm.Tasklet
	value   vm.Value
}

type handles struct {
	frames []frameRef
	vars   []varRef
}

func newHandles() *handles { return &handles{} }

func (h *handles) addFrame(r frameRef) int {
	h.frames = append(h.frames, r)
	return len(h.frames)
}

func (h *handles) frame(id int) (frameRef, bool) {
	if id < 1 || id > len(h.frames) {
		return frameRef{}, false
	}
	return h.frames[id-1], true
}

func (h *handles) addVar(r varRef) int {
	h.vars = append(h.vars, r)
	return len(h.vars)
}

func (h *handles) variable(id int) (varRef, bool) {
	if id < 1 || id > len(h.vars) {
		return varRef{}, false
	}
	return h.vars[id-1], true
}
