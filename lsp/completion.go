package lsp

import (
	"context"
	"encoding/json"

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
	snap, off, err := s.positionSnapshot(params, &p, func() protocol.TextDocumentPositionParams { return p.TextDocumentPositionParams })
	if err != nil {
		return nil, err
	}
	items := []protocol.CompletionItem{}
	data := completionData{URI: snap.uri, Version: snap.version, Offset: off}
	for _, c := range snap.res.Complete(off) {
		item := protocol.CompletionItem{Label: c.Label, Kind: completionKinds[c.Kind], Data: data}
		if c.Keyword {
			item.Kind = protocol.CompletionItemKindKeyword
		}
		if c.Symbol != nil && (c.Kind == analysis.FuncSymbol || c.Kind == analysis.ClassSymbol) {
			item.Detail = snap.res.Detail(c.Symbol)
		}
		items = append(items, item)
	}
	return &protocol.CompletionList{Items: items}, nil
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
