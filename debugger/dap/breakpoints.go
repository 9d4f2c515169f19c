package dap

import (
	"path/filepath"

	godap "github.com/google/go-dap"

	"tasklet/debugger"
)

// The session keeps the breakpoints the client set, so that a program
// launched after them, or restarted, gets them all; each keeps its id
// while it stays at the same place.

func (s *Session) onSetBreakpoints(req *godap.SetBreakpointsRequest) {
	path := req.Arguments.Source.Path
	if path == "" {
		s.sendError(&req.Request, "breakpoints need a source with a path")
		return
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	bps := req.Arguments.Breakpoints
	if bps == nil {
		for _, l := range req.Arguments.Lines {
			bps = append(bps, godap.SourceBreakpoint{Line: l})
		}
	}
	// The session keeps the engine's lines, from 1.
	for i := range bps {
		bps[i].Line = s.engineLine(bps[i].Line)
	}
	s.mu.Lock()
	s.breakpoints[path] = bps
	s.mu.Unlock()
	placed := s.placeLineBreakpoints(s.engineOrPlanner(), path, bps)
	r := &godap.SetBreakpointsResponse{Response: s.response(&req.Request)}
	r.Body.Breakpoints = make([]godap.Breakpoint, len(placed))
	for i, p := range placed {
		r.Body.Breakpoints[i] = godap.Breakpoint{Id: p.ID, Verified: p.Verified, Line: s.clientLine(p.Line), Message: p.Message,
			Source: &godap.Source{Name: filepath.Base(path), Path: path}}
	}
	s.send(r)
}

func (s *Session) placeLineBreakpoints(eng *debugger.Engine, path string, bps []godap.SourceBreakpoint) []debugger.Placement {
	lbs := make([]debugger.LineBreakpoint, len(bps))
	for i, bp := range bps {
		lbs[i] = debugger.LineBreakpoint{ID: s.breakpointID(bpKey{path: path, line: bp.Line}), Line: bp.Line,
			Condition: bp.Condition, HitCondition: bp.HitCondition, LogMessage: bp.LogMessage}
	}
	return eng.SetBreakpoints(path, lbs)
}

func (s *Session) onSetFunctionBreakpoints(req *godap.SetFunctionBreakpointsRequest) {
	s.mu.Lock()
	s.functionBps = req.Arguments.Breakpoints
	s.mu.Unlock()
	placed := s.placeFunctionBreakpoints(s.engineOrPlanner(), req.Arguments.Breakpoints)
	r := &godap.SetFunctionBreakpointsResponse{Response: s.response(&req.Request)}
	r.Body.Breakpoints = make([]godap.Breakpoint, len(placed))
	for i, p := range placed {
		r.Body.Breakpoints[i] = godap.Breakpoint{Id: p.ID, Verified: p.Verified, Message: p.Message}
	}
	s.send(r)
}

func (s *Session) placeFunctionBreakpoints(eng *debugger.Engine, bps []godap.FunctionBreakpoint) []debugger.Placement {
	fbs := make([]debugger.FunctionBreakpoint, len(bps))
	for i, bp := range bps {
		fbs[i] = debugger.FunctionBreakpoint{ID: s.breakpointID(bpKey{fn: bp.Name}), Name: bp.Name,
			Condition: bp.Condition, HitCondition: bp.HitCondition}
	}
	return eng.SetFunctionBreakpoints(fbs)
}

func (s *Session) onSetExceptionBreakpoints(req *godap.SetExceptionBreakpointsRequest) {
	var f debugger.ExceptionFilters
	filters := append([]string(nil), req.Arguments.Filters...)
	for _, o := range req.Arguments.FilterOptions {
		filters = append(filters, o.FilterId)
	}
	for _, name := range filters {
		switch name {
		case "raised":
			f.Raised = true
		case "uncaught":
			f.Uncaught = true
		case "deadlock":
			f.Deadlock = true
		default:
			s.sendError(&req.Request, "unknown exception filter "+name+": the filters are raised, uncaught and deadlock")
			return
		}
	}
	s.mu.Lock()
	s.filters = f
	s.mu.Unlock()
	if eng := s.engine(); eng != nil {
		eng.SetExceptionFilters(f)
	}
	s.send(&godap.SetExceptionBreakpointsResponse{Response: s.response(&req.Request)})
}

// breakpointID returns the id of the breakpoint at key, the same as
// before if it was set before.
func (s *Session) breakpointID(key bpKey) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if id, ok := s.bpIDs[key]; ok {
		return id
	}
	s.nextBpID++
	s.bpIDs[key] = s.nextBpID
	return s.nextBpID
}

// engineOrPlanner returns the session's engine, or, before launch, an
// engine that only places breakpoints (it reads the files, nothing
// runs).
func (s *Session) engineOrPlanner() *debugger.Engine {
	if eng := s.engine(); eng != nil {
		return eng
	}
	return debugger.New(debugger.Config{}, s)
}

// applyBreakpoints gives a new engine everything set so far.
func (s *Session) applyBreakpoints(eng *debugger.Engine) {
	s.mu.Lock()
	files := make(map[string][]godap.SourceBreakpoint, len(s.breakpoints))
	for k, v := range s.breakpoints {
		files[k] = v
	}
	fns, filters := s.functionBps, s.filters
	s.mu.Unlock()
	for path, bps := range files {
		s.placeLineBreakpoints(eng, path, bps)
	}
	s.placeFunctionBreakpoints(eng, fns)
	eng.SetExceptionFilters(filters)
}
