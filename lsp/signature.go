package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"

	"tasklet/analysis"
)

// signatureHelp answers, as completion does, from the current text
// without waiting for its full analysis: it comes right after the
// keystroke that asks for it, a "(" or a "," typed.
func (s *Server) signatureHelp(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.SignatureHelpParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	k, err := s.keystroke(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	var res *analysis.Result
	var off int32
	if k.current() {
		res, off = k.snap.res, int32(k.snap.m.offset(p.Position))
	} else {
		res, off = s.bound(k), int32(newMapper(k.text).offset(p.Position))
	}
	info, ok := res.SignatureAt(off)
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
