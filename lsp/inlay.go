package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"
)

// LSP 3.17's inlay hint messages, which protocol v0.12.0 lacks.
type inlayHintParams struct {
	TextDocument protocol.TextDocumentIdentifier `json:"textDocument"`
	Range        protocol.Range                  `json:"range"`
}

type inlayHint struct {
	Position    protocol.Position `json:"position"`
	Label       string            `json:"label"`
	Kind        int               `json:"kind,omitempty"`
	PaddingLeft bool              `json:"paddingLeft,omitempty"`
}

// inlayHintKindType is InlayHintKind.Type.
const inlayHintKindType = 1

func (s *Server) inlayHint(_ context.Context, params json.RawMessage) (any, error) {
	var p inlayHintParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	snap, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	from, to := snap.m.offset(p.Range.Start), snap.m.offset(p.Range.End)
	out := []inlayHint{}
	for _, h := range snap.res.InlayHints(int32(from), int32(to)) {
		out = append(out, inlayHint{Position: snap.m.position(int(h.Pos.Offset)), Label: h.Label, Kind: inlayHintKindType})
	}
	return out, nil
}
