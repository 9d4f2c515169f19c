package lsp

import (
	"sync"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"tasklet/analysis"
)

// A document is a file the editor has open: its current text, and the
// last analysis of it.
type document struct {
	uri     protocol.DocumentURI
	path    string // the file's path, or the URI itself when it has none
	version int32
	text    []byte
	// deps counts the changes of the files the document imports: a
	// snapshot made before the last one is out of date although the
	// document's own version did not change.
	deps int

	// build serializes analyses of the document, so that a request waits
	// for the one in flight instead of starting its own.
	build sync.Mutex
	snap  *snapshot // guarded by the server's mutex
}

// A snapshot is one version of a document with its analysis. Requests
// answer from the snapshot of the version they were sent for.
type snapshot struct {
	uri     protocol.DocumentURI
	version int32
	deps    int
	res     *analysis.Result
	m       *mapper
}

// pathOf returns the file path of a file: URI. Other schemes (an editor's
// untitled: buffers) have none; uri.Filename would panic on them.
func pathOf(u protocol.DocumentURI) (string, bool) {
	parsed := uri.URI(u)
	if len(parsed) < 7 || parsed[:7] != "file://" {
		return "", false
	}
	path := ""
	ok := func() (ok bool) {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		path = parsed.Filename()
		return true
	}()
	return path, ok
}

// change is one element of didChange's contentChanges. The protocol
// package declares Range as a value, which cannot tell a whole-text
// replacement (no range) from an insertion at the start.
type change struct {
	Range *protocol.Range `json:"range,omitempty"`
	Text  string          `json:"text"`
}

type didChangeParams struct {
	TextDocument   protocol.VersionedTextDocumentIdentifier `json:"textDocument"`
	ContentChanges []change                                 `json:"contentChanges"`
}

// apply applies edits in order, each to the result of the previous one. A
// range given end first is taken as the same range start first: refusing
// it would leave the server's text out of step with the editor's.
func apply(text []byte, changes []change) []byte {
	for _, c := range changes {
		if c.Range == nil {
			text = []byte(c.Text)
			continue
		}
		m := newMapper(text)
		start, end := m.offset(c.Range.Start), m.offset(c.Range.End)
		if end < start {
			start, end = end, start
		}
		out := make([]byte, 0, len(text)-(end-start)+len(c.Text))
		out = append(out, text[:start]...)
		out = append(out, c.Text...)
		out = append(out, text[end:]...)
		text = out
	}
	return text
}
