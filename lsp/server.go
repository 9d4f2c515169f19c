package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime/debug"
	"sync"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"tasklet/analysis"
)

// A Server is one language server session over one connection.
type Server struct {
	conn jsonrpc2.Conn
	log  io.Writer // never stdout: that is the protocol's channel

	mu          sync.Mutex
	docs        map[protocol.DocumentURI]*document
	initialized bool
	shutdown    bool
	exitCode    int
	taskletPath []string
	folders     []string
	// files caches the analyses of workspace files by their text's hash,
	// and modules the files that analyses import.
	files   map[string]workspaceFile
	modules *analysis.ModuleCache
	// disabled holds the codes of the checks the user turned off;
	// clientConfig is set when the client answers workspace/configuration,
	// clientWatch when it lets the server register for watched files.
	disabled     map[string]bool
	clientConfig bool
	clientWatch  bool

	// pending holds the documents whose diagnostics are out of date; the
	// publisher goroutine drains it, so handlers never wait for analysis.
	pending map[protocol.DocumentURI]bool
	wake    chan struct{}
	done    chan struct{}
}

// Serve runs a session over rwc until the client exits or the connection
// ends, and returns the exit status LSP prescribes: 0 after a shutdown
// request, 1 otherwise. log receives the server's own error reports.
func Serve(ctx context.Context, rwc io.ReadWriteCloser, log io.Writer) int {
	s := &Server{
		log:      log,
		docs:     map[protocol.DocumentURI]*document{},
		files:    map[string]workspaceFile{},
		modules:  analysis.NewModuleCache(),
		disabled: map[string]bool{},
		pending:  map[protocol.DocumentURI]bool{},
		wake:     make(chan struct{}, 1),
		done:     make(chan struct{}),
		exitCode: 1,
	}
	s.conn = jsonrpc2.NewConn(newStream(rwc))
	s.conn.Go(ctx, s.handle)
	go s.publisher(ctx)
	<-s.conn.Done()
	close(s.done)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.exitCode
}

// A handler answers one method. It returns the result to send, or an
// error (a *jsonrpc2.Error keeps its code).
type handler func(s *Server, ctx context.Context, params json.RawMessage) (any, error)

// methods lists what the server answers; the capabilities it announces in
// initialize follow the same list.
var methods map[string]handler

func init() {
	methods = map[string]handler{
		"initialize":                          (*Server).initialize,
		"initialized":                         (*Server).initializedNotification,
		"shutdown":                            (*Server).shutdownRequest,
		"exit":                                (*Server).exit,
		"textDocument/didOpen":                (*Server).didOpen,
		"textDocument/didChange":              (*Server).didChange,
		"textDocument/didClose":               (*Server).didClose,
		"textDocument/didSave":                noop,
		"workspace/didChangeConfiguration":    (*Server).didChangeConfiguration,
		"workspace/didChangeWatchedFiles":     (*Server).didChangeWatchedFiles,
		"workspace/didChangeWorkspaceFolders": (*Server).didChangeWorkspaceFolders,
		"workspace/symbol":                    (*Server).workspaceSymbol,
		"textDocument/typeDefinition":         (*Server).typeDefinition,
		"textDocument/prepareCallHierarchy":   (*Server).prepareCallHierarchy,
		"callHierarchy/incomingCalls":         (*Server).incomingCalls,
		"callHierarchy/outgoingCalls":         (*Server).outgoingCalls,
		"textDocument/semanticTokens/full":    (*Server).semanticTokensFull,
		"textDocument/semanticTokens/range":   (*Server).semanticTokensRange,
		"textDocument/hover":                  (*Server).hover,
		"textDocument/definition":             (*Server).definition,
		"textDocument/declaration":            (*Server).definition,
		"textDocument/references":             (*Server).references,
		"textDocument/documentHighlight":      (*Server).documentHighlight,
		"textDocument/documentSymbol":         (*Server).documentSymbol,
		"textDocument/completion":             (*Server).completion,
		"completionItem/resolve":              (*Server).completionResolve,
		"textDocument/codeAction":             (*Server).codeAction,
		"textDocument/prepareRename":          (*Server).prepareRename,
		"textDocument/rename":                 (*Server).rename,
		"textDocument/signatureHelp":          (*Server).signatureHelp,
		"textDocument/foldingRange":           (*Server).foldingRange,
		"textDocument/selectionRange":         (*Server).selectionRange,
		"textDocument/inlayHint":              (*Server).inlayHint,
		"textDocument/codeLens":               (*Server).codeLens,
	}
}

func noop(*Server, context.Context, json.RawMessage) (any, error) { return nil, nil }

// handle runs on the connection's read loop. It never returns an error,
// which would close the connection, and recovers from a panic in a
// handler, which would end the process: the client gets an error reply
// and the session goes on.
func (s *Server) handle(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
	_, isCall := req.(*jsonrpc2.Call)
	result, err := s.dispatch(ctx, req, isCall)
	if !isCall {
		return nil
	}
	if err := reply(ctx, result, err); err != nil {
		fmt.Fprintf(s.log, "tasklet-lsp: reply to %s: %v\n", req.Method(), err)
	}
	return nil
}

func (s *Server) dispatch(ctx context.Context, req jsonrpc2.Request, isCall bool) (result any, err error) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(s.log, "tasklet-lsp: panic in %s: %v\n%s", req.Method(), p, debug.Stack())
			result, err = nil, jsonrpc2.Errorf(jsonrpc2.InternalError, "internal error in %s: %v", req.Method(), p)
		}
	}()
	h, ok := methods[req.Method()]
	if !ok {
		return nil, jsonrpc2.Errorf(jsonrpc2.MethodNotFound, "method not supported: %s", req.Method())
	}
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	switch m := req.Method(); {
	case m == "exit":
	case !initialized && m != "initialize":
		if isCall {
			return nil, jsonrpc2.Errorf(jsonrpc2.ServerNotInitialized, "the server is not initialized")
		}
		return nil, nil
	case shutdown:
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidRequest, "the server is shutting down")
	}
	return h(s, ctx, req.Params())
}

// decode unmarshals params, reporting bad ones as the protocol's
// InvalidParams.
func decode(params json.RawMessage, v any) error {
	if len(params) == 0 {
		return jsonrpc2.Errorf(jsonrpc2.InvalidParams, "missing params")
	}
	if err := json.Unmarshal(params, v); err != nil {
		return jsonrpc2.Errorf(jsonrpc2.InvalidParams, "invalid params: %v", err)
	}
	return nil
}

func (s *Server) shutdownRequest(context.Context, json.RawMessage) (any, error) {
	s.mu.Lock()
	s.shutdown = true
	s.exitCode = 0
	s.mu.Unlock()
	return nil, nil
}

func (s *Server) exit(context.Context, json.RawMessage) (any, error) {
	s.conn.Close()
	return nil, nil
}

// snapshot returns the analysis of the document's current version,
// analyzing it when that was not done yet.
func (s *Server) snapshot(u protocol.DocumentURI) (*snapshot, error) {
	s.mu.Lock()
	doc := s.docs[u]
	s.mu.Unlock()
	if doc == nil {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "document not open: %s", u)
	}
	doc.build.Lock()
	defer doc.build.Unlock()
	s.mu.Lock()
	version, deps, text, snap := doc.version, doc.deps, doc.text, doc.snap
	s.mu.Unlock()
	if snap != nil && snap.version == version && snap.deps == deps {
		return snap, nil
	}
	res := analysis.Analyze(doc.path, text, s.importer(doc))
	snap = &snapshot{uri: u, version: version, deps: deps, res: res, m: newMapper(text)}
	s.mu.Lock()
	if doc.version == version && doc.deps == deps {
		doc.snap = snap
	}
	s.mu.Unlock()
	return snap, nil
}

func (s *Server) logf(format string, args ...any) {
	if s.log != nil {
		fmt.Fprintf(s.log, "tasklet-lsp: "+format+"\n", args...)
	}
}
