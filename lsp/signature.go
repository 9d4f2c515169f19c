package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"
)

func (s *Server) signatureHelp(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.SignatureHelpParams
	snap, off, err := s.positionSnapshot(params, &p, func() protocol.TextDocumentPositionParams { return p.TextDocumentPositionParams })
	if err != nil {
		return nil, err
	}
	info, ok := snap.res.SignatureAt(off)
	if !ok {
		return nil, nil
	}
	sig := protocol.SignatureInformation{Label: info.Label}
	if info.Doc != "" {
		sig.Documentation = protocol.MarkupContent{Kind: protocol.PlainText, Value: info.Doc}
	}
	for _, l := range info.Params {
		sig.Parameters = append(sig.Parameters, protocol.ParameterInformation{Label: l})
	}
	help := &protocol.SignatureHelp{Signatures: []protocol.SignatureInformation{sig}}
	if info.Active >= 0 {
		help.ActiveParameter = uint32(info.Active)
	} else {
		// Past the last parameter: an index out of range highlights none.
		help.ActiveParameter = uint32(len(info.Params))
	}
	return help, nil
}
