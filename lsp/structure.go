package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"
)

func (s *Server) foldingRange(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.FoldingRangeParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	snap, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	out := []protocol.FoldingRange{}
	for _, r := range snap.res.Folds() {
		rng := snap.m.rangeOf(r)
		out = append(out, protocol.FoldingRange{StartLine: rng.Start.Line, EndLine: rng.End.Line})
	}
	return out, nil
}

func (s *Server) selectionRange(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.SelectionRangeParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	snap, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	out := []protocol.SelectionRange{}
	for _, pos := range p.Positions {
		var outer *protocol.SelectionRange
		ranges := snap.res.SelectionRanges(int32(snap.m.offset(pos)))
		for i := len(ranges) - 1; i >= 0; i-- {
			outer = &protocol.SelectionRange{Range: snap.m.rangeOf(ranges[i]), Parent: outer}
		}
		if outer == nil {
			outer = &protocol.SelectionRange{Range: protocol.Range{Start: pos, End: pos}}
		}
		out = append(out, *outer)
	}
	return out, nil
}
