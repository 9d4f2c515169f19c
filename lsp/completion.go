package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"tasklet/analysis"
)

var completionKinds = map[analysis.SymbolKind]protocol.CompletionItemKind{
	analysis.VarSymbol:    protocol.CompletionItemKindVariable,
	analysis.ParamSymbol:  protocol.CompletionItemKindVariable,
	analysis.FuncSymbol:   protocol.CompletionItemKindFunction,
	analysis.ClassSymbol:  protocol.CompletionItemKindClass,
	analysis.ImportSymbol: protocol.CompletionItemKindModule,
}

// completionData travels with each item so that completionItem/resolve can
// find it again and add its documentation, which costs too much to send
// for every candidate.
type completionData struct {
	URI     protocol.DocumentURI `json:"uri"`
	Version int32                `json:"version"`
	Offset  int32                `json:"offset"`
}

func (s *Server) completion(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.CompletionParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	res, version, off, cands, err := s.complete(p.TextDocument.URI, p.Position)
	if err != nil {
		return nil, err
	}
	items := []protocol.CompletionItem{}
	data := completionData{URI: p.TextDocument.URI, Version: version, Offset: off}
	for _, c := range cands {
		item := protocol.CompletionItem{Label: c.Label, Kind: completionKinds[c.Kind], Data: data}
		if c.Keyword {
			item.Kind = protocol.CompletionItemKindKeyword
		}
		if c.Symbol != nil && (c.Kind == analysis.FuncSymbol || c.Kind == analysis.ClassSymbol) {
			item.Detail = res.Detail(c.Symbol)
		}
		items = append(items, item)
	}
	return &protocol.CompletionList{Items: items}, nil
}

// complete lists the candidates at pos in the document's current
// version, and returns them with the analysis they come from, the version
// and pos as a byte offset. Completion usually follows the keystroke that
// asks for it (a dot typed), before the new version is analyzed; waiting
// for that analysis made a dot typed in a 10,000-line file take 27 ms to
// complete (scripts/bench-lsp). So, short of a current snapshot, the
// candidates come from the last one when it can tell them for the new
// text (analysis.Result.CompleteEdited), and otherwise from the text
// bound without the checks (see keystroke).
func (s *Server) complete(u protocol.DocumentURI, pos protocol.Position) (res *analysis.Result, version, off int32, cands []analysis.Completion, err error) {
	k, err := s.keystroke(u)
	if err != nil {
		return nil, 0, 0, nil, err
	}
	if k.current() {
		off = int32(k.snap.m.offset(pos))
		return k.snap.res, k.version, off, k.snap.res.Complete(off), nil
	}
	off = int32(newMapper(k.text).offset(pos))
	if k.snap != nil && k.snap.deps == k.deps {
		if cands, ok := k.snap.res.CompleteEdited(k.text, off); ok {
			return k.snap.res, k.version, off, cands, nil
		}
	}
	res = s.bound(k)
	return res, k.version, off, res.Complete(off), nil
}

// A keystroke is a document as a request that follows a keystroke
// (completion, signature help) finds it: its current text and version,
// and its last snapshot, of that version or an older one. Such a request
// answers without waiting for the publisher's analysis of the new text.
type keystroke struct {
	doc     *document
	version int32
	deps    int
	text    []byte
	snap    *snapshot // nil before the first analysis
}

func (s *Server) keystroke(u protocol.DocumentURI) (keystroke, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	doc := s.docs[u]
	if doc == nil {
		return keystroke{}, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "document not open: %s", u)
	}
	return keystroke{doc: doc, version: doc.version, deps: doc.deps, text: doc.text, snap: doc.snap}, nil
}

// current reports whether the snapshot is of the current text.
func (k keystroke) current() bool {
	return k.snap != nil && k.snap.version == k.version && k.snap.deps == k.deps
}

// bound parses and binds the current text without the checks
// (analysis.Bind): a third of the cost of the full analysis, which the
// publisher runs meanwhile for the diagnostics. The result serves the
// one request.
func (s *Server) bound(k keystroke) *analysis.Result {
	return analysis.Bind(k.doc.path, k.text, s.importer(k.doc))
}

func (s *Server) completionResolve(_ context.Context, params json.RawMessage) (any, error) {
	var item protocol.CompletionItem
	if err := decode(params, &item); err != nil {
		return nil, err
	}
	raw, err := json.Marshal(item.Data)
	if err != nil {
		return &item, nil
	}
	var data completionData
	if json.Unmarshal(raw, &data) != nil || data.URI == "" {
		return &item, nil
	}
	snap, err := s.snapshot(data.URI)
	if err != nil || snap.version != data.Version {
		// The document changed since: the item stays as it was.
		return &item, nil
	}
	for _, c := range snap.res.Complete(data.Offset) {
		if c.Label == item.Label && c.Symbol != nil {
			item.Detail = snap.res.Detail(c.Symbol)
			item.Documentation = protocol.MarkupContent{Kind: protocol.Markdown, Value: snap.res.Describe(c.Symbol)}
			break
		}
	}
	return &item, nil
}
