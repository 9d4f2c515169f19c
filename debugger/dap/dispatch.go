package dap

import (
	"errors"

	godap "github.com/google/go-dap"

	"tasklet/debugger"
)

// dispatch answers one request; content is the request as it came.
func (s *Session) dispatch(m godap.RequestMessage, content []byte) {
	switch req := m.(type) {
	case *godap.InitializeRequest:
		s.onInitialize(req, content)
	case *godap.LaunchRequest:
		s.onLaunch(req)
	case *godap.AttachRequest:
		s.onAttach(req)
	case *godap.ConfigurationDoneRequest:
		s.onConfigurationDone(req)
	case *godap.SetBreakpointsRequest:
		s.onSetBreakpoints(req)
	case *godap.SetFunctionBreakpointsRequest:
		s.onSetFunctionBreakpoints(req)
	case *godap.SetExceptionBreakpointsRequest:
		s.onSetExceptionBreakpoints(req)
	case *godap.ThreadsRequest:
		s.onThreads(req)
	case *godap.StackTraceRequest:
		s.onStackTrace(req)
	case *godap.ScopesRequest:
		s.onScopes(req)
	case *godap.VariablesRequest:
		s.onVariables(req)
	case *godap.SetVariableRequest:
		s.onSetVariable(req)
	case *godap.EvaluateRequest:
		s.onEvaluate(req)
	case *godap.SetExpressionRequest:
		s.onSetExpression(req)
	case *godap.CompletionsRequest:
		s.onCompletions(req)
	case *godap.ExceptionInfoRequest:
		s.onExceptionInfo(req)
	case *godap.LoadedSourcesRequest:
		s.onLoadedSources(req)
	case *godap.SourceRequest:
		s.onSource(req)
	case *godap.ContinueRequest:
		s.onContinue(req)
	case *godap.NextRequest:
		s.resumeStep(&req.Request, req.Arguments.ThreadId, (*debugger.Engine).Next)
	case *godap.StepInRequest:
		s.resumeStep(&req.Request, req.Arguments.ThreadId, (*debugger.Engine).StepIn)
	case *godap.StepOutRequest:
		s.resumeStep(&req.Request, req.Arguments.ThreadId, (*debugger.Engine).StepOut)
	case *godap.PauseRequest:
		s.onPause(req)
	case *godap.TerminateRequest:
		s.onTerminate(req)
	case *godap.DisconnectRequest:
		s.onDisconnect(req)
	case *godap.RestartRequest:
		s.onRestart(req)
	case *TaskletsRequest:
		s.onTasklets(req)
	case *ChannelsRequest:
		s.onChannels(req)
	default:
		s.sendError(m.GetRequest(), "unsupported request "+m.GetRequest().Command)
	}
}

// errNoProgram answers requests that need a program before launch.
var errNoProgram = errors.New("no program is running: launch or attach first")

// running returns the engine of a started program, or an error to send.
func (s *Session) running() (*debugger.Engine, error) {
	eng := s.engine()
	if eng == nil || !eng.Started() {
		return nil, errNoProgram
	}
	if !eng.Running() {
		return nil, debugger.ErrNotRunning
	}
	return eng, nil
}

func (s *Session) onContinue(req *godap.ContinueRequest) {
	r := &godap.ContinueResponse{Response: s.response(&req.Request)}
	r.Body.AllThreadsContinued = true
	s.runThenAnswerAndSay(&req.Request, r, s.continued(req.Arguments.ThreadId), func() error {
		eng, err := s.running()
		if err != nil {
			return err
		}
		s.forgetStop()
		return eng.Continue()
	})
}

// continued is the event that tells the client that every tasklet runs
// again. A client learns that from the response to its own continue or
// step, but a resume asked by an extension's custom view (a step of the
// tasklet selected there) goes through customRequest, which VS Code's own
// call stack does not watch: without the event, it would show the program
// paused until the next stop.
func (s *Session) continued(thread int) *godap.ContinuedEvent {
	return &godap.ContinuedEvent{Event: s.event("continued"),
		Body: godap.ContinuedEventBody{ThreadId: thread, AllThreadsContinued: true}}
}

// resumeStep starts a step of the tasklet of thread.
func (s *Session) resumeStep(req *godap.Request, thread int, step func(*debugger.Engine, int64) error) {
	r := &godap.Response{ProtocolMessage: godap.ProtocolMessage{Type: "response"}, RequestSeq: req.Seq, Success: true, Command: req.Command}
	s.runThenAnswerAndSay(req, r, s.continued(thread), func() error {
		eng, err := s.running()
		if err != nil {
			return err
		}
		s.forgetStop()
		return step(eng, taskletID(thread))
	})
}

func (s *Session) onPause(req *godap.PauseRequest) {
	s.runThenAnswer(&req.Request, &godap.PauseResponse{Response: s.response(&req.Request)}, func() error {
		eng, err := s.running()
		if err != nil {
			return err
		}
		eng.Pause()
		return nil
	})
}

// forgetStop drops the handles of the stop that ends.
func (s *Session) forgetStop() {
	s.mu.Lock()
	s.handles = newHandles()
	s.lastStop = nil
	s.mu.Unlock()
}
