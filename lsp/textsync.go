package lsp

import (
	"context"
	"encoding/json"
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
	s.mu.Lock()
	s.docs[p.TextDocument.URI] = &document{uri: p.TextDocument.URI, path: path,
		version: p.TextDocument.Version, text: []byte(p.TextDocument.Text)}
	s.mu.Unlock()
	s.invalidate(p.TextDocument.URI)
	s.fileChanged(path)
	return nil, nil
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
	var path string
	if doc := s.docs[p.TextDocument.URI]; doc != nil {
		path = doc.path
	}
	delete(s.docs, p.TextDocument.URI)
	delete(s.pending, p.TextDocument.URI)
	s.mu.Unlock()
	// Importers read the file from disk again, which may differ from the
	// editor's unsaved text.
	s.fileChanged(path)
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
