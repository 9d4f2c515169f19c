package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"tasklet/analysis"
	"tasklet/syntax"
)

// positionSnapshot decodes a request about a position in a document and
// returns the document's snapshot with the position as a byte offset.
func (s *Server) positionSnapshot(params json.RawMessage, v any, tdp func() protocol.TextDocumentPositionParams) (*snapshot, int32, error) {
	if err := decode(params, v); err != nil {
		return nil, 0, err
	}
	p := tdp()
	snap, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, 0, err
	}
	return snap, int32(snap.m.offset(p.Position)), nil
}

func (s *Server) hover(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.HoverParams
	snap, off, err := s.positionSnapshot(params, &p, func() protocol.TextDocumentPositionParams { return p.TextDocumentPositionParams })
	if err != nil {
		return nil, err
	}
	text, rng, ok := snap.res.Hover(off)
	if !ok {
		return nil, nil
	}
	r := snap.m.rangeOf(rng)
	return &protocol.Hover{Contents: protocol.MarkupContent{Kind: protocol.Markdown, Value: text}, Range: &r}, nil
}

// location converts an analysis location, which may be in another file.
func (snap *snapshot) location(l analysis.Location, other func(path string) *mapper) (protocol.Location, bool) {
	if l.Path == snap.res.Path {
		return protocol.Location{URI: snap.uri, Range: snap.m.rangeOf(l.Range)}, true
	}
	m := other(l.Path)
	if m == nil {
		return protocol.Location{}, false
	}
	return protocol.Location{URI: uri.File(l.Path), Range: m.rangeOf(l.Range)}, true
}

// mapperFor returns a mapper for another file, open or on disk.
func (s *Server) mapperFor(path string) *mapper {
	if src, ok := s.source(path); ok {
		return newMapper(src)
	}
	return nil
}

func (s *Server) definition(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.DefinitionParams
	snap, off, err := s.positionSnapshot(params, &p, func() protocol.TextDocumentPositionParams { return p.TextDocumentPositionParams })
	if err != nil {
		return nil, err
	}
	out := []protocol.Location{}
	for _, l := range snap.res.Definition(off) {
		if loc, ok := snap.location(l, s.mapperFor); ok {
			out = append(out, loc)
		}
	}
	return out, nil
}

func (s *Server) documentHighlight(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.DocumentHighlightParams
	snap, off, err := s.positionSnapshot(params, &p, func() protocol.TextDocumentPositionParams { return p.TextDocumentPositionParams })
	if err != nil {
		return nil, err
	}
	defs := map[int32]bool{}
	if t, ok := snap.res.TargetAt(off); ok && t.Symbol != nil {
		for _, d := range t.Symbol.Defs {
			defs[d.Name.Start.Offset] = true
		}
	}
	out := []protocol.DocumentHighlight{}
	for _, r := range snap.res.References(off, true) {
		kind := protocol.DocumentHighlightKindRead
		if defs[r.Start.Offset] {
			kind = protocol.DocumentHighlightKindWrite
		}
		out = append(out, protocol.DocumentHighlight{Range: snap.m.rangeOf(r), Kind: kind})
	}
	return out, nil
}

// isIdentifier reports whether name can name a variable: an identifier
// that is not a keyword.
func isIdentifier(name string) bool {
	x, errs := syntax.ParseExpr(name)
	n, ok := x.(*syntax.Name)
	return len(errs) == 0 && ok && n.Id == name
}
