package lsp

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// A fakeEditor drives a server in the same process over a pipe, as an
// editor would over stdio: it sends requests and notifications and
// collects the diagnostics the server publishes.
type fakeEditor struct {
	t        testing.TB
	conn     jsonrpc2.Conn
	diags    chan protocol.PublishDiagnosticsParams
	exit     chan int
	versions map[protocol.DocumentURI]int32
	// latest holds the last diagnostics published for each document that
	// no one has waited for yet.
	latest map[protocol.DocumentURI]protocol.PublishDiagnosticsParams
	// config is the "tasklet" section the editor answers
	// workspace/configuration with; registrations receives the params of
	// client/registerCapability.
	config        any
	registrations chan json.RawMessage
}

// timeout bounds every wait, so that a hung server fails the test instead
// of blocking it.
const timeout = 10 * time.Second

func newEditor(t testing.TB) *fakeEditor {
	t.Helper()
	server, client := net.Pipe()
	e := &fakeEditor{t: t, diags: make(chan protocol.PublishDiagnosticsParams, 100), exit: make(chan int, 1),
		registrations: make(chan json.RawMessage, 10),
		versions:      map[protocol.DocumentURI]int32{}, latest: map[protocol.DocumentURI]protocol.PublishDiagnosticsParams{}}
	go func() { e.exit <- Serve(context.Background(), server, io.Discard) }()
	e.conn = jsonrpc2.NewConn(jsonrpc2.NewStream(client))
	e.conn.Go(context.Background(), func(ctx context.Context, reply jsonrpc2.Replier, req jsonrpc2.Request) error {
		switch req.Method() {
		case "textDocument/publishDiagnostics":
			var p protocol.PublishDiagnosticsParams
			if json.Unmarshal(req.Params(), &p) == nil {
				e.diags <- p
			}
		case "workspace/configuration":
			return reply(ctx, []any{e.config}, nil)
		case "client/registerCapability":
			e.registrations <- req.Params()
		}
		return reply(ctx, nil, nil)
	})
	t.Cleanup(func() { e.conn.Close() })
	return e
}

// start is newEditor followed by the initialize handshake.
func start(t testing.TB) (*fakeEditor, map[string]any) {
	e := newEditor(t)
	var caps map[string]any
	require.NoError(t, e.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, &caps))
	e.notify("initialized", map[string]any{})
	return e, caps
}

func (e *fakeEditor) call(method string, params, result any) error {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	_, err := e.conn.Call(ctx, method, params, result)
	return err
}

func (e *fakeEditor) notify(method string, params any) {
	e.t.Helper()
	require.NoError(e.t, e.conn.Notify(context.Background(), method, params))
}

// open opens a document named name (a file: URI under a folder of its
// own) and returns its URI.
func (e *fakeEditor) open(name, text string) protocol.DocumentURI {
	u := uri.File("/work/tasklet-test/" + name)
	e.openURI(u, text)
	return u
}

func (e *fakeEditor) openURI(u protocol.DocumentURI, text string) {
	e.versions[u] = 1
	e.notify("textDocument/didOpen", protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: u, LanguageID: "python", Version: 1, Text: text}})
}

// edit replaces a range of the document with text.
func (e *fakeEditor) edit(u protocol.DocumentURI, r protocol.Range, text string) {
	e.versions[u]++
	e.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": u, "version": e.versions[u]},
		"contentChanges": []map[string]any{{"range": r, "text": text}},
	})
}

// replaceAll replaces the whole text, as a change without a range does.
func (e *fakeEditor) replaceAll(u protocol.DocumentURI, text string) {
	e.versions[u]++
	e.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": u, "version": e.versions[u]},
		"contentChanges": []map[string]any{{"text": text}},
	})
}

// diagnostics waits for the diagnostics of the document's current version.
// What arrives for other documents meanwhile is kept for them.
func (e *fakeEditor) diagnostics(u protocol.DocumentURI) []protocol.Diagnostic {
	e.t.Helper()
	if p, ok := e.latest[u]; ok && int32(p.Version) == e.versions[u] {
		delete(e.latest, u)
		return p.Diagnostics
	}
	deadline := time.After(timeout)
	for {
		select {
		case p := <-e.diags:
			if p.URI == u && int32(p.Version) == e.versions[u] {
				return p.Diagnostics
			}
			e.latest[p.URI] = p
		case <-deadline:
			e.t.Fatalf("no diagnostics for %s version %d", u, e.versions[u])
		}
	}
}

func at(u protocol.DocumentURI, line, char uint32) protocol.TextDocumentPositionParams {
	return protocol.TextDocumentPositionParams{TextDocument: protocol.TextDocumentIdentifier{URI: u}, Position: pos(line, char)}
}

func rng(l1, c1, l2, c2 uint32) protocol.Range {
	return protocol.Range{Start: pos(l1, c1), End: pos(l2, c2)}
}

func codes(ds []protocol.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code.(string))
	}
	return out
}
