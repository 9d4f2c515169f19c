package dap

import (
	"fmt"
	"os"
	"path/filepath"

	godap "github.com/google/go-dap"

	"tasklet/debugger"
	"tasklet/vm"
)

// maxThreads caps the answer to `threads`: a client lists threads after
// every stop, and 100,000 of them would bury the one that matters. The
// main tasklet and the stopped one are always in; the custom `tasklets`
// request pages through all of them.
const maxThreads = 1000

func (s *Session) current() (*handles, *debugger.Stop) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.handles, s.lastStop
}

// inspect runs fn on the VM's goroutine, or answers req with the error.
func (s *Session) inspect(req *godap.Request, fn func(m *vm.VM) error) bool {
	eng, err := s.running()
	if err != nil {
		s.sendError(req, err.Error())
		return false
	}
	var ferr error
	if err := eng.Do(func(m *vm.VM) { ferr = fn(m) }); err != nil {
		s.sendError(req, err.Error())
		return false
	}
	if ferr != nil {
		s.sendError(req, ferr.Error())
		return false
	}
	return true
}

func (s *Session) onThreads(req *godap.ThreadsRequest) {
	_, stop := s.current()
	r := &godap.ThreadsResponse{Response: s.response(&req.Request)}
	if eng := s.engine(); eng == nil || !eng.Started() || !eng.Running() {
		// Before the program starts and after it ends, VS Code still
		// asks: there is only the main tasklet.
		r.Body.Threads = []godap.Thread{{Id: threadID(0), Name: "0 main"}}
		s.send(r)
		return
	}
	ok := s.inspect(&req.Request, func(m *vm.VM) error {
		all := m.Tasklets()
		threads := make([]godap.Thread, 0, min(len(all), maxThreads+1))
		for i, t := range all {
			if i < maxThreads || (stop != nil && t.ID() == stop.Tasklet) {
				threads = append(threads, godap.Thread{Id: threadID(t.ID()), Name: debugger.Info(m, t).Label()})
			}
		}
		r.Body.Threads = threads
		return nil
	})
	if ok {
		s.send(r)
	}
}

func (s *Session) onTasklets(req *TaskletsRequest) {
	r := &TaskletsResponse{Response: s.response(&req.Request)}
	a := req.Arguments
	if a.Start < 0 || a.Count < 0 {
		s.sendError(&req.Request, "start and count must not be negative")
		return
	}
	ok := s.inspect(&req.Request, func(m *vm.VM) error {
		list, total := debugger.Tasklets(m, debugger.TaskletFilter{State: a.State, Function: a.Function}, a.Start, a.Count)
		r.Body.Total = total
		r.Body.States = debugger.StateCounts(m)
		r.Body.Tasklets = make([]Tasklet, len(list))
		for i, t := range list {
			r.Body.Tasklets[i] = Tasklet{TaskletInfo: t, ThreadID: threadID(t.ID)}
		}
		return nil
	})
	if ok {
		s.send(r)
	}
}

func (s *Session) onChannels(req *ChannelsRequest) {
	h, _ := s.current()
	r := &ChannelsResponse{Response: s.response(&req.Request)}
	ok := s.inspect(&req.Request, func(m *vm.VM) error {
		r.Body.Channels = []Channel{}
		for _, c := range debugger.Channels(m) {
			ref := h.addVar(varRef{kind: varValue, value: c.Channel()})
			r.Body.Channels = append(r.Body.Channels, Channel{ChannelInfo: c, VariablesReference: ref})
		}
		return nil
	})
	if ok {
		s.send(r)
	}
}

// findTasklet returns the live tasklet of thread.
func findTasklet(m *vm.VM, thread int) (*vm.Tasklet, error) {
	id := taskletID(thread)
	for _, t := range m.Tasklets() {
		if t.ID() == id {
			return t, nil
		}
	}
	return nil, fmt.Errorf("no tasklet %d (thread %d): it has ended", id, thread)
}

func (s *Session) onStackTrace(req *godap.StackTraceRequest) {
	h, _ := s.current()
	a := req.Arguments
	r := &godap.StackTraceResponse{Response: s.response(&req.Request)}
	ok := s.inspect(&req.Request, func(m *vm.VM) error {
		t, err := findTasklet(m, a.ThreadId)
		if err != nil {
			return err
		}
		frames := t.Frames()
		r.Body.StackFrames = []godap.StackFrame{}
		if len(frames) == 0 {
			// A tasklet that has not started: its bound function.
			if name, file, line, ok := t.Entry(); ok && a.StartFrame == 0 {
				id := h.addFrame(frameRef{tasklet: t})
				r.Body.StackFrames = append(r.Body.StackFrames, godap.StackFrame{Id: id, Name: name + " (not started)",
					Source: s.sourceOf(m, file), Line: s.clientLine(line), Column: s.clientCol(1), PresentationHint: "label"})
			}
			r.Body.TotalFrames = len(r.Body.StackFrames)
			return nil
		}
		r.Body.TotalFrames = len(frames)
		end := len(frames)
		if a.Levels > 0 && a.StartFrame+a.Levels < end {
			end = a.StartFrame + a.Levels
		}
		for i := a.StartFrame; i < end; i++ {
			f := frames[i]
			line, col, endLine, endCol := f.Position()
			id := h.addFrame(frameRef{tasklet: t, frame: f})
			r.Body.StackFrames = append(r.Body.StackFrames, godap.StackFrame{Id: id, Name: f.Function(),
				Source: s.sourceOf(m, f.File()), Line: s.clientLine(line), Column: s.clientCol(col),
				EndLine: s.clientLine(endLine), EndColumn: s.clientCol(endCol)})
		}
		return nil
	})
	if ok {
		s.send(r)
	}
}

// sourceOf describes a file for the client: by path when it is on disk,
// by reference (see onSource) otherwise.
func (s *Session) sourceOf(m *vm.VM, file string) *godap.Source {
	if _, err := os.Stat(file); err == nil {
		return &godap.Source{Name: filepath.Base(file), Path: file}
	}
	return &godap.Source{Name: file, SourceReference: s.sourceRef(file), Origin: "not on disk"}
}

// sourceRef numbers a source that is not on disk, for the session.
func (s *Session) sourceRef(file string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.sourceRefs {
		if f == file {
			return i + 1
		}
	}
	s.sourceRefs = append(s.sourceRefs, file)
	return len(s.sourceRefs)
}

func (s *Session) onScopes(req *godap.ScopesRequest) {
	h, _ := s.current()
	r := &godap.ScopesResponse{Response: s.response(&req.Request)}
	fr, ok := h.frame(req.Arguments.FrameId)
	if !ok {
		s.sendError(&req.Request, fmt.Sprintf("no frame %d: frames are valid until the program resumes", req.Arguments.FrameId))
		return
	}
	ok = s.inspect(&req.Request, func(m *vm.VM) error {
		if fr.frame != nil {
			r.Body.Scopes = append(r.Body.Scopes,
				godap.Scope{Name: "Locals", PresentationHint: "locals", VariablesReference: h.addVar(varRef{kind: varLocals, frame: fr.frame}),
					NamedVariables: len(fr.frame.Locals())},
				godap.Scope{Name: "Globals", VariablesReference: h.addVar(varRef{kind: varGlobals, frame: fr.frame}), Expensive: true})
		}
		r.Body.Scopes = append(r.Body.Scopes, godap.Scope{Name: "Tasklet",
			VariablesReference: h.addVar(varRef{kind: varTasklet, tasklet: fr.tasklet, frame: fr.frame})})
		return nil
	})
	if ok {
		s.send(r)
	}
}

func (s *Session) onVariables(req *godap.VariablesRequest) {
	h, _ := s.current()
	a := req.Arguments
	ref, ok := s.lookupVars(h, &req.Request, a.VariablesReference)
	if !ok {
		return
	}
	r := &godap.VariablesResponse{Response: s.response(&req.Request)}
	ok = s.inspect(&req.Request, func(m *vm.VM) error {
		r.Body.Variables = []godap.Variable{}
		for _, v := range children(m, ref, a.Start, a.Count) {
			r.Body.Variables = append(r.Body.Variables, s.variable(m, h, ref.frame, v.Name, v.Value, v.evalName))
		}
		return nil
	})
	if ok {
		s.send(r)
	}
}

// lookupVars returns what a variables reference of this stop names, or
// answers req with the error.
func (s *Session) lookupVars(h *handles, req *godap.Request, id int) (varRef, bool) {
	ref, ok := h.variable(id)
	if !ok {
		s.sendError(req, fmt.Sprintf("no variables %d: they are valid until the program resumes", id))
	}
	return ref, ok
}

// A child is one entry of a variables list: a value, or a synthetic
// node (a tasklet's frames).
type child struct {
	Name     string
	Value    vm.Value
	evalName string
}

// children lists what a variables reference holds.
func children(m *vm.VM, ref varRef, start, count int) []child {
	var vars []vm.Variable
	switch ref.kind {
	case varLocals, varFrame:
		vars = ref.frame.Locals()
	case varGlobals:
		vars = ref.frame.Globals()
	case varTasklet:
		vars = m.Children(ref.tasklet, 0, 0)
	case varValue:
		vars = m.Children(ref.value, start, count)
		start, count = 0, 0
	case varFrames:
		var out []child
		for i, f := range ref.tasklet.Frames() {
			out = append(out, child{Name: fmt.Sprintf("%d %s", i, f.Function()), Value: frameNode{f}})
		}
		return page(out, start, count)
	}
	out := make([]child, 0, len(vars)+1)
	for _, v := range vars {
		c := child{Name: v.Name, Value: v.Value}
		if ref.kind == varLocals || ref.kind == varGlobals {
			c.evalName = v.Name
		}
		out = append(out, c)
	}
	if t, ok := ref.value.(*vm.Tasklet); ok || ref.kind == varTasklet {
		if !ok {
			t = ref.tasklet
		}
		out = append(out, child{Name: "frames", Value: framesNode{t}})
	}
	return page(out, start, count)
}

func page(all []child, start, count int) []child {
	if start > len(all) {
		return nil
	}
	all = all[start:]
	if count > 0 && count < len(all) {
		all = all[:count]
	}
	return all
}

// frameNode and framesNode are the synthetic entries that let a tasklet
// found among variables (in a channel's queue) show its stack.
type frameNode struct{ f *vm.Frame }
type framesNode struct{ t *vm.Tasklet }

// variable makes the DAP variable for value v named name; frame is where
// it is evaluated and assigned.
func (s *Session) variable(m *vm.VM, h *handles, frame *vm.Frame, name string, v vm.Value, evalName string) godap.Variable {
	switch n := v.(type) {
	case frameNode:
		line, _, _, _ := n.f.Position()
		return godap.Variable{Name: name, Value: fmt.Sprintf("%s:%d", filepath.Base(n.f.File()), line),
			VariablesReference: h.addVar(varRef{kind: varFrame, frame: n.f})}
	case framesNode:
		return godap.Variable{Name: name, Value: fmt.Sprintf("%d frames", len(n.t.Frames())),
			VariablesReference: h.addVar(varRef{kind: varFrames, tasklet: n.t, frame: frame})}
	}
	out := godap.Variable{Name: name, Value: display(m, v), Type: vm.TypeName(v), EvaluateName: evalName}
	if n := m.NumChildren(v); n > 0 {
		out.VariablesReference = h.addVar(varRef{kind: varValue, value: v, frame: frame})
		switch v.(type) {
		case vm.Tuple, *vm.List, *vm.Set:
			out.IndexedVariables = n
		default:
			out.NamedVariables = n
		}
	}
	return out
}

// maxDisplay caps a value's repr in the variables view.
const maxDisplay = 4096

// display is a value as the variables view shows it.
func display(m *vm.VM, v vm.Value) string {
	var s string
	switch x := v.(type) {
	case *vm.Tasklet:
		s = "<tasklet " + debugger.Info(m, x).Label() + ">"
	default:
		s = m.Repr(v)
	}
	if len(s) > maxDisplay {
		s = s[:maxDisplay] + "..."
	}
	return s
}

func (s *Session) onExceptionInfo(req *godap.ExceptionInfoRequest) {
	_, stop := s.current()
	if stop == nil || stop.Exception == nil || threadID(stop.Tasklet) != req.Arguments.ThreadId {
		s.sendError(&req.Request, "the thread did not stop at an exception")
		return
	}
	x := stop.Exception
	r := &godap.ExceptionInfoResponse{Response: s.response(&req.Request)}
	r.Body = godap.ExceptionInfoResponseBody{ExceptionId: x.ID, Description: x.Description,
		BreakMode: godap.ExceptionBreakMode(x.BreakMode),
		Details:   &godap.ExceptionDetails{Message: x.Description, TypeName: x.ID, StackTrace: x.Traceback}}
	s.send(r)
}

func (s *Session) onLoadedSources(req *godap.LoadedSourcesRequest) {
	r := &godap.LoadedSourcesResponse{Response: s.response(&req.Request)}
	ok := s.inspect(&req.Request, func(m *vm.VM) error {
		r.Body.Sources = []godap.Source{}
		for _, p := range m.Sources() {
			r.Body.Sources = append(r.Body.Sources, *s.sourceOf(m, p))
		}
		return nil
	})
	if ok {
		s.send(r)
	}
}

func (s *Session) onSource(req *godap.SourceRequest) {
	ref := req.Arguments.SourceReference
	if req.Arguments.Source != nil && req.Arguments.Source.SourceReference != 0 {
		ref = req.Arguments.Source.SourceReference
	}
	s.mu.Lock()
	var file string
	if ref >= 1 && ref <= len(s.sourceRefs) {
		file = s.sourceRefs[ref-1]
	}
	s.mu.Unlock()
	if file == "" {
		s.sendError(&req.Request, fmt.Sprintf("no source %d", ref))
		return
	}
	r := &godap.SourceResponse{Response: s.response(&req.Request)}
	ok := s.inspect(&req.Request, func(m *vm.VM) error {
		text, found := m.SourceText(file)
		if !found {
			return fmt.Errorf("the program has no source %s", file)
		}
		r.Body.Content = text
		return nil
	})
	if ok {
		s.send(r)
	}
}
