// Package dap is the Debug Adapter Protocol server of tasklet programs: a
// Session reads DAP requests from a client (VS Code, or any DAP client),
// drives a debugger.Engine, and writes responses and events back.
// Tasklets are DAP threads (id = tasklet id + 1), so that a client that
// knows nothing of tasklets still lists, pauses and steps them; custom
// requests "tasklets" and "channels" give a tasklet-aware client (the
// VS Code extension) the whole picture.
package dap

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	godap "github.com/google/go-dap"

	"tasklet/debugger"
)

// A Session is one client's conversation with the adapter.
type Session struct {
	r     *bufio.Reader
	w     io.Writer
	wmu   sync.Mutex
	seq   int
	codec *godap.Codec
	// held, while not nil, keeps back the events to send (see
	// runThenAnswer); wmu guards it.
	held []godap.Message
	// afterRun, when set (by tests), runs between letting the program run
	// and answering: where a stop that comes quickly falls.
	afterRun func(command string)

	// attached is the engine of `tasklet run --listen` that attach binds
	// to; nil when the session launches its own program.
	attached *debugger.Engine

	mu       sync.Mutex // guards what the engine's goroutine touches
	eng      *debugger.Engine
	launch   launchArgs
	isAttach bool
	lastStop *debugger.Stop
	handles  *handles
	// lineBase and colBase are what the client counts lines and columns
	// from: 1 unless its initialize said otherwise. The engine counts
	// from 1.
	lineBase, colBase int
	// sourceRefs are the sources not on disk that the client saw, by
	// sourceReference - 1.
	sourceRefs []string
	// done is closed when the session ends (disconnect, or the client
	// went away).
	done     chan struct{}
	doneOnce sync.Once

	breakpoints map[string][]godap.SourceBreakpoint
	functionBps []godap.FunctionBreakpoint
	filters     debugger.ExceptionFilters
	nextBpID    int
	bpIDs       map[bpKey]int
	configured  bool
}

// bpKey identifies a breakpoint across setBreakpoints requests, so that
// it keeps its id.
type bpKey struct {
	path string
	line int
	fn   string
}

// NewSession makes a session that reads requests from r and writes to w.
func NewSession(r io.Reader, w io.Writer) *Session {
	return &Session{
		r:           bufio.NewReader(r),
		w:           w,
		codec:       newCodec(),
		done:        make(chan struct{}),
		breakpoints: map[string][]godap.SourceBreakpoint{},
		bpIDs:       map[bpKey]int{},
		handles:     newHandles(),
		lineBase:    1,
		colBase:     1,
	}
}

// NewAttachSession makes a session for a program that runs already:
// the client's attach request binds it to eng.
func NewAttachSession(r io.Reader, w io.Writer, eng *debugger.Engine) *Session {
	s := NewSession(r, w)
	s.attached = eng
	return s
}

// Serve answers requests until the client disconnects or the input ends.
// A launched program is ended with the session.
func (s *Session) Serve() error {
	defer s.finish()
	for {
		content, err := godap.ReadBaseMessage(s.r)
		if err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return nil
			}
			var perr *godap.BaseProtocolError
			if errors.As(err, &perr) {
				// A broken header: there is no request to answer, and no
				// way to find where the next message begins but to go on
				// reading.
				s.sendEvent(&godap.OutputEvent{Event: s.event("output"), Body: godap.OutputEventBody{
					Category: "console", Output: "tasklet-dap: " + perr.Error() + "\n"}})
				continue
			}
			return err
		}
		s.handle(content)
		select {
		case <-s.done:
			return nil
		default:
		}
	}
}

// finish ends the session: a launched program ends too, an attached one
// runs on.
func (s *Session) finish() {
	s.mu.Lock()
	eng, attach := s.eng, s.isAttach
	s.mu.Unlock()
	if eng == nil {
		return
	}
	if attach {
		eng.Detach()
		return
	}
	eng.Terminate()
}

// handle decodes one message and answers it.
func (s *Session) handle(content []byte) {
	msg, err := s.codec.DecodeMessage(content)
	if err != nil {
		s.badMessage(content, err)
		return
	}
	req, ok := msg.(godap.RequestMessage)
	if !ok {
		// Responses to reverse requests and events from the client: we
		// send no reverse requests, so there is nothing to do.
		return
	}
	defer func() {
		// A bug in a handler must cost the client one request, not the
		// session: answer with the error and go on.
		if r := recover(); r != nil {
			s.sendError(req.GetRequest(), fmt.Sprintf("internal error in tasklet-dap: %v", r))
		}
	}()
	s.dispatch(req, content)
}

// badMessage answers a message that does not decode: a request with a
// missing or mistyped field, or an unknown command, gets an error
// response when its seq and command can be read.
func (s *Session) badMessage(content []byte, err error) {
	var head struct {
		Seq     int    `json:"seq"`
		Type    string `json:"type"`
		Command string `json:"command"`
	}
	if json.Unmarshal(content, &head) != nil || head.Type != "request" {
		s.sendEvent(&godap.OutputEvent{Event: s.event("output"), Body: godap.OutputEventBody{
			Category: "console", Output: fmt.Sprintf("tasklet-dap: ignored a message that is not a request: %v\n", err)}})
		return
	}
	req := &godap.Request{ProtocolMessage: godap.ProtocolMessage{Seq: head.Seq, Type: "request"}, Command: head.Command}
	var ferr *godap.DecodeProtocolMessageFieldError
	if errors.As(err, &ferr) && ferr.FieldName == "command" {
		s.sendError(req, fmt.Sprintf("unsupported request %q", head.Command))
		return
	}
	s.sendError(req, fmt.Sprintf("malformed %q request: %v", head.Command, err))
}

// send writes one message, or keeps an event back while events are held.
func (s *Session) send(m godap.Message) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if _, ok := m.(godap.EventMessage); ok && s.held != nil {
		s.held = append(s.held, m)
		return
	}
	s.write(m)
}

// write numbers a message and writes it; wmu is held.
func (s *Session) write(m godap.Message) {
	switch v := m.(type) {
	case godap.ResponseMessage:
		s.seq++
		v.GetResponse().Seq = s.seq
	case godap.EventMessage:
		s.seq++
		v.GetEvent().Seq = s.seq
	}
	// A write error means the client is gone; the read side sees it
	// too and ends the session.
	_ = godap.WriteProtocolMessage(s.w, m)
}

func (s *Session) sendEvent(m godap.EventMessage) { s.send(m) }

// runThenAnswer lets the program run with run, then answers req with
// answer, or with run's error; the events of the run wait for the answer.
// VS Code takes the response to continue or to a step for the news that
// the thread runs: a stopped event sent before it would leave a stopped
// program shown as running.
func (s *Session) runThenAnswer(req *godap.Request, answer godap.ResponseMessage, run func() error) bool {
	return s.runThenAnswerAndSay(req, answer, nil, run)
}

// runThenAnswerAndSay is runThenAnswer that also sends event right after
// the answer, before any event of the run.
func (s *Session) runThenAnswerAndSay(req *godap.Request, answer godap.ResponseMessage, event godap.EventMessage, run func() error) bool {
	s.wmu.Lock()
	s.held = []godap.Message{}
	s.wmu.Unlock()
	defer func() {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		for _, m := range s.held {
			s.write(m)
		}
		s.held = nil
	}()
	if err := run(); err != nil {
		s.sendError(req, err.Error())
		return false
	}
	if s.afterRun != nil {
		s.afterRun(req.Command)
	}
	s.send(answer)
	if event != nil {
		// Ahead of the run's events, which are held until the deferred
		// flush.
		s.wmu.Lock()
		s.write(event)
		s.wmu.Unlock()
	}
	return true
}

func (s *Session) event(name string) godap.Event {
	return godap.Event{ProtocolMessage: godap.ProtocolMessage{Type: "event"}, Event: name}
}

func (s *Session) response(req *godap.Request) godap.Response {
	return godap.Response{ProtocolMessage: godap.ProtocolMessage{Type: "response"}, RequestSeq: req.Seq, Success: true, Command: req.Command}
}

// sendError answers req with an error. The client shows it the user in a
// notification only when it comes from something the user did once
// (launch, a step): a watch or hover expression that fails at every stop
// shows its error in place instead.
func (s *Session) sendError(req *godap.Request, msg string) {
	r := &godap.ErrorResponse{Response: s.response(req)}
	r.Success = false
	r.Message = msg
	r.Body.Error = &godap.ErrorMessage{Id: 1, Format: msg, ShowUser: !quietErrors[req.Command]}
	s.send(r)
}

// quietErrors are the requests whose errors the client shows in place.
var quietErrors = map[string]bool{
	"evaluate": true, "variables": true, "scopes": true, "stackTrace": true, "completions": true,
	"setVariable": true, "setExpression": true, "exceptionInfo": true, "source": true,
	"threads": true, "tasklets": true, "channels": true, "loadedSources": true,
}

// clientLine and clientCol turn the engine's line and column into the
// client's; 0, for none, stays 0.
func (s *Session) clientLine(n int) int { return fromOne(n, s.lineBase) }
func (s *Session) clientCol(n int) int  { return fromOne(n, s.colBase) }

func fromOne(n, base int) int {
	if n <= 0 {
		return n
	}
	return n - 1 + base
}

// engineLine turns the client's line into the engine's.
func (s *Session) engineLine(n int) int { return n + 1 - s.lineBase }

// end closes the session after the current request.
func (s *Session) end() { s.doneOnce.Do(func() { close(s.done) }) }

// engine returns the session's engine, or nil before launch or attach.
func (s *Session) engine() *debugger.Engine {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.eng
}
