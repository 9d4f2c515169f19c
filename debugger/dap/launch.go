package dap

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	godap "github.com/google/go-dap"

	"tasklet/debugger"
)

// launchArgs are the attributes of a "tasklet" launch configuration.
type launchArgs struct {
	Program     string            `json:"program"`
	Args        []string          `json:"args"`
	Cwd         string            `json:"cwd"`
	Env         map[string]string `json:"env"`
	StopOnEntry bool              `json:"stopOnEntry"`
	NoDebug     bool              `json:"noDebug"`
	// Timeslice, when positive, preempts a tasklet after that many
	// instructions, as if it called stackless.schedule().
	Timeslice int64 `json:"timeslice"`
	// OtherTasklets says what other tasklets do during a step: "run"
	// (the default) or "freeze".
	OtherTasklets string `json:"otherTasklets"`
}

func (s *Session) onInitialize(req *godap.InitializeRequest, content []byte) {
	s.lineBase, s.colBase = origins(content)
	r := &godap.InitializeResponse{Response: s.response(&req.Request)}
	r.Body = godap.Capabilities{
		SupportsConfigurationDoneRequest:  true,
		SupportsFunctionBreakpoints:       true,
		SupportsConditionalBreakpoints:    true,
		SupportsHitConditionalBreakpoints: true,
		SupportsEvaluateForHovers:         true,
		ExceptionBreakpointFilters: []godap.ExceptionBreakpointsFilter{
			{Filter: "raised", Label: "Raised Exceptions", Description: "Stop where any exception is raised"},
			{Filter: "uncaught", Label: "Uncaught Exceptions", Default: true, Description: "Stop where an exception that nothing catches is raised: it ends its tasklet"},
			{Filter: "deadlock", Label: "Deadlock", Default: true, Description: "Stop before the deadlock error, when every tasklet is blocked"},
		},
		SupportsSetVariable:              true,
		SupportsCompletionsRequest:       true,
		CompletionTriggerCharacters:      []string{"."},
		SupportsRestartRequest:           true,
		SupportsExceptionInfoRequest:     true,
		SupportTerminateDebuggee:         true,
		SupportsDelayedStackTraceLoading: true,
		SupportsLoadedSourcesRequest:     true,
		SupportsLogPoints:                true,
		SupportsSetExpression:            true,
		SupportsTerminateRequest:         true,
	}
	s.send(r)
}

// origins reads what the client of an initialize request counts lines and
// columns from: 0 when it says linesStartAt1 or columnsStartAt1 false, 1
// otherwise. (go-dap's fields are bools, false when absent, where the
// protocol's default is true.)
func origins(content []byte) (lineBase, colBase int) {
	var init struct {
		Arguments struct {
			LinesStartAt1   *bool `json:"linesStartAt1"`
			ColumnsStartAt1 *bool `json:"columnsStartAt1"`
		} `json:"arguments"`
	}
	lineBase, colBase = 1, 1
	if json.Unmarshal(content, &init) != nil {
		return lineBase, colBase
	}
	if b := init.Arguments.LinesStartAt1; b != nil && !*b {
		lineBase = 0
	}
	if b := init.Arguments.ColumnsStartAt1; b != nil && !*b {
		colBase = 0
	}
	return lineBase, colBase
}

func (s *Session) onLaunch(req *godap.LaunchRequest) {
	var args launchArgs
	if err := json.Unmarshal(req.Arguments, &args); err != nil {
		s.sendError(&req.Request, "invalid launch arguments: "+err.Error())
		return
	}
	if err := args.check(); err != nil {
		s.sendError(&req.Request, err.Error())
		return
	}
	if s.engine() != nil {
		s.sendError(&req.Request, "a program is already running in this session")
		return
	}
	eng := debugger.New(args.config(), s)
	s.mu.Lock()
	s.eng, s.launch = eng, args
	ready := s.configured
	s.mu.Unlock()
	s.applyBreakpoints(eng)
	launched := s.runThenAnswer(&req.Request, &godap.LaunchResponse{Response: s.response(&req.Request)}, func() error {
		if ready {
			// configurationDone came first: start now.
			return eng.Start()
		}
		return nil
	})
	if launched {
		s.sendEvent(&godap.InitializedEvent{Event: s.event("initialized")})
	}
}

func (a *launchArgs) check() error {
	if a.Program == "" {
		return fmt.Errorf("the launch configuration has no \"program\": name the .py or .tpy file to run")
	}
	if a.Cwd != "" && !filepath.IsAbs(a.Program) {
		a.Program = filepath.Join(a.Cwd, a.Program)
	}
	if _, err := os.Stat(a.Program); err != nil {
		return fmt.Errorf("cannot run %s: %v", a.Program, err)
	}
	switch a.OtherTasklets {
	case "", "run", "freeze":
	default:
		return fmt.Errorf("\"otherTasklets\" is %q: it must be \"run\" or \"freeze\"", a.OtherTasklets)
	}
	if a.Timeslice < 0 {
		return fmt.Errorf("\"timeslice\" must be a number of instructions, not %d", a.Timeslice)
	}
	return nil
}

func (a launchArgs) config() debugger.Config {
	var path []string
	if tp := os.Getenv("TASKLETPATH"); tp != "" {
		path = filepath.SplitList(tp)
	}
	return debugger.Config{
		Program:      a.Program,
		Args:         a.Args,
		Cwd:          a.Cwd,
		Env:          a.Env,
		Path:         path,
		StopOnEntry:  a.StopOnEntry,
		FreezeOthers: a.OtherTasklets == "freeze",
		Timeslice:    a.Timeslice,
		NoDebug:      a.NoDebug,
	}
}

func (s *Session) onAttach(req *godap.AttachRequest) {
	if s.attached == nil {
		s.sendError(&req.Request, "nothing to attach to: start the program with `tasklet run --listen 127.0.0.1:PORT prog.py` and attach to that port")
		return
	}
	if !s.attached.Running() {
		s.sendError(&req.Request, "the program has ended")
		return
	}
	s.mu.Lock()
	s.eng, s.isAttach = s.attached, true
	s.mu.Unlock()
	s.attached.Attach(s)
	s.applyBreakpoints(s.attached)
	s.send(&godap.AttachResponse{Response: s.response(&req.Request)})
	s.sendEvent(&godap.InitializedEvent{Event: s.event("initialized")})
}

func (s *Session) onConfigurationDone(req *godap.ConfigurationDoneRequest) {
	s.mu.Lock()
	s.configured = true
	eng, attach := s.eng, s.isAttach
	s.mu.Unlock()
	s.runThenAnswer(&req.Request, &godap.ConfigurationDoneResponse{Response: s.response(&req.Request)}, func() error {
		if eng != nil && !attach && !eng.Started() {
			return eng.Start()
		}
		return nil
	})
}

func (s *Session) onTerminate(req *godap.TerminateRequest) {
	if eng := s.engine(); eng != nil {
		eng.Terminate()
	}
	s.send(&godap.TerminateResponse{Response: s.response(&req.Request)})
}

func (s *Session) onDisconnect(req *godap.DisconnectRequest) {
	eng := s.engine()
	s.mu.Lock()
	attach := s.isAttach
	s.mu.Unlock()
	if eng != nil {
		terminate := !attach
		if req.Arguments != nil && attach && req.Arguments.TerminateDebuggee {
			terminate = true
		}
		if terminate {
			eng.Terminate()
		} else {
			eng.Detach()
		}
	}
	s.send(&godap.DisconnectResponse{Response: s.response(&req.Request)})
	s.end()
}

func (s *Session) onRestart(req *godap.RestartRequest) {
	s.mu.Lock()
	eng, args, attach := s.eng, s.launch, s.isAttach
	s.mu.Unlock()
	if attach || eng == nil {
		s.sendError(&req.Request, "restart needs a launched program")
		return
	}
	if len(req.Arguments) > 0 {
		// VS Code sends the (possibly edited) launch configuration.
		var wrapped struct {
			Arguments *launchArgs `json:"arguments"`
		}
		if err := json.Unmarshal(req.Arguments, &wrapped); err == nil && wrapped.Arguments != nil && wrapped.Arguments.Program != "" {
			args = *wrapped.Arguments
		}
	}
	if err := args.check(); err != nil {
		s.sendError(&req.Request, err.Error())
		return
	}
	// The old run ends quietly: the client must not hear that the
	// session terminated.
	s.mu.Lock()
	s.eng = nil
	s.mu.Unlock()
	eng.Terminate()
	fresh := debugger.New(args.config(), s)
	s.mu.Lock()
	s.eng, s.launch = fresh, args
	s.handles = newHandles()
	s.mu.Unlock()
	s.applyBreakpoints(fresh)
	s.runThenAnswer(&req.Request, &godap.RestartResponse{Response: s.response(&req.Request)}, fresh.Start)
}

// The engine's front end: events to the client.

// Stopped sends the stopped event.
func (s *Session) Stopped(st debugger.Stop) {
	s.mu.Lock()
	if s.eng == nil {
		s.mu.Unlock()
		return
	}
	s.lastStop = &st
	s.mu.Unlock()
	s.sendEvent(&godap.StoppedEvent{Event: s.event("stopped"), Body: godap.StoppedEventBody{
		Reason:            st.Reason,
		Description:       st.Description,
		ThreadId:          threadID(st.Tasklet),
		Text:              st.Text,
		AllThreadsStopped: true,
		HitBreakpointIds:  st.Breakpoints,
	}})
}

// Output sends the program's output.
func (s *Session) Output(category, text string) {
	s.sendEvent(&godap.OutputEvent{Event: s.event("output"), Body: godap.OutputEventBody{Category: category, Output: text}})
}

// Exited sends the exited and terminated events, unless a restart ended
// the program.
func (s *Session) Exited(status int) {
	s.mu.Lock()
	current := s.eng != nil
	s.mu.Unlock()
	if !current {
		return
	}
	s.sendEvent(&godap.ExitedEvent{Event: s.event("exited"), Body: godap.ExitedEventBody{ExitCode: status}})
	s.sendEvent(&godap.TerminatedEvent{Event: s.event("terminated")})
}

func threadID(tasklet int64) int { return int(tasklet) + 1 }

func taskletID(thread int) int64 { return int64(thread) - 1 }
