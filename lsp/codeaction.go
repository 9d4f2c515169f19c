package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"
)

// codeAction offers the fixes that analysis attached to the diagnostics
// in the requested range.
func (s *Server) codeAction(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.CodeActionParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	snap, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	start, end := snap.m.offset(p.Range.Start), snap.m.offset(p.Range.End)
	out := []protocol.CodeAction{}
	for _, d := range snap.res.Diagnostics {
		if int(d.Range.End.Offset) < start || int(d.Range.Start.Offset) > end {
			continue
		}
		for _, fix := range d.Fixes {
			var edits []protocol.TextEdit
			for _, e := range fix.Edits {
				edits = append(edits, protocol.TextEdit{Range: snap.m.rangeOf(e.Range), NewText: e.New})
			}
			out = append(out, protocol.CodeAction{
				Title:       fix.Title,
				Kind:        protocol.QuickFix,
				Diagnostics: []protocol.Diagnostic{snap.diagnostic(d)},
				IsPreferred: len(d.Fixes) == 1,
				Edit:        &protocol.WorkspaceEdit{Changes: map[protocol.DocumentURI][]protocol.TextEdit{snap.uri: edits}},
			})
		}
	}
	return out, nil
}
