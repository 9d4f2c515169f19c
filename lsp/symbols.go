package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"

	"tasklet/analysis"
)

var symbolKinds = map[analysis.SymbolKind]protocol.SymbolKind{
	analysis.VarSymbol:    protocol.SymbolKindVariable,
	analysis.ParamSymbol:  protocol.SymbolKindVariable,
	analysis.FuncSymbol:   protocol.SymbolKindFunction,
	analysis.ClassSymbol:  protocol.SymbolKindClass,
	analysis.ImportSymbol: protocol.SymbolKindModule,
}

func (s *Server) documentSymbol(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.DocumentSymbolParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	snap, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	return snap.docSymbols(snap.res.Outline(), false), nil
}

func (snap *snapshot) docSymbols(in []analysis.DocSymbol, inClass bool) []protocol.DocumentSymbol {
	out := []protocol.DocumentSymbol{}
	for _, d := range in {
		kind := symbolKinds[d.Kind]
		switch {
		case inClass && d.Kind == analysis.FuncSymbol:
			kind = protocol.SymbolKindMethod
		case inClass && d.Kind == analysis.VarSymbol:
			kind = protocol.SymbolKindField
		}
		out = append(out, protocol.DocumentSymbol{
			Name:           d.Name,
			Detail:         d.Detail,
			Kind:           kind,
			Range:          snap.m.rangeOf(d.Range),
			SelectionRange: snap.m.rangeOf(d.Selection),
			Children:       snap.docSymbols(d.Children, d.Kind == analysis.ClassSymbol),
		})
	}
	return out
}
