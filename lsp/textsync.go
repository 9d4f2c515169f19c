package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"slices"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

func (s *Server) didOpen(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.DidOpenTextDocumentParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	path, ok := pathOf(p.TextDocument.URI)
	if !ok {
		path = string(p.TextDocument.URI)
	}
	text := []byte(p.TextDocument.Text)
	s.mu.Lock()
	s.docs[p.TextDocument.URI] = &document{uri: p.TextDocument.URI, path: path,
		version: p.TextDocument.Version, text: text}
	s.mu.Unlock()
	s.invalidate(p.TextDocument.URI)
	s.textMoved(path, text)
	return nil, nil
}

// textMoved is called when the text importers read for the file at path
// moves between the editor's and the disk's (the file is opened or
// closed): only when the two differ did the file change for them.
func (s *Server) textMoved(path string, editor []byte) {
	if disk, err := os.ReadFile(path); err != nil || !bytes.Equal(disk, editor) {
		s.fileChanged(path)
	}
}

// didChange applies the edits at once, on the read loop, so that the next
// request sees them; analysis waits for the publisher or a request.
func (s *Server) didChange(_ context.Context, params json.RawMessage) (any, error) {
	var p didChangeParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	s.mu.Lock()
	doc := s.docs[p.TextDocument.URI]
	if doc == nil {
		s.mu.Unlock()
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "document not open: %s", p.TextDocument.URI)
	}
	doc.text = apply(doc.text, p.ContentChanges)
	doc.version = p.TextDocument.Version
	path := doc.path
	s.mu.Unlock()
	s.invalidate(p.TextDocument.URI)
	s.fileChanged(path)
	return nil, nil
}

func (s *Server) didClose(ctx context.Context, params json.RawMessage) (any, error) {
	var p protocol.DidCloseTextDocumentParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	s.mu.Lock()
	doc := s.docs[p.TextDocument.URI]
	delete(s.docs, p.TextDocument.URI)
	delete(s.pending, p.TextDocument.URI)
	s.mu.Unlock()
	if doc != nil {
		// Importers read the file from disk again, which may differ from
		// the editor's unsaved text.
		s.textMoved(doc.path, doc.text)
	}
	// The file's problems leave the editor with it.
	return nil, s.conn.Notify(ctx, "textDocument/publishDiagnostics",
		&protocol.PublishDiagnosticsParams{URI: p.TextDocument.URI, Diagnostics: []protocol.Diagnostic{}})
}

// invalidateImporters re-diagnoses the open documents whose last analysis
// read the file at path: their diagnostics may depend on its text.
func (s *Server) invalidateImporters(path string) {
	var uris []protocol.DocumentURI
	s.mu.Lock()
	for u, doc := range s.docs {
		if doc.path != path && doc.snap != nil && slices.Contains(doc.snap.res.Imports, path) {
			doc.deps++
			uris = append(uris, u)
		}
	}
	s.mu.Unlock()
	for _, u := range uris {
		s.invalidate(u)
	}
}
