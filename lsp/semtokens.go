package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"

	"tasklet/analysis"
)

// tokenModifiers is the legend's list of modifiers; bit i of a token's
// modifiers stands for tokenModifiers[i]. "stackless" marks the names of
// the stackless module, which editors can then color apart.
var tokenModifiers = []string{"declaration", "defaultLibrary", "stackless"}

type semanticTokens struct {
	Data []uint32 `json:"data"`
}

func (s *Server) semanticTokensFull(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.SemanticTokensParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	snap, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	return snap.encodeTokens(snap.res.Tokens(0, int32(len(snap.res.Src)))), nil
}

func (s *Server) semanticTokensRange(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.SemanticTokensRangeParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	snap, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	from, to := snap.m.offset(p.Range.Start), snap.m.offset(p.Range.End)
	return snap.encodeTokens(snap.res.Tokens(int32(from), int32(to))), nil
}

// encodeTokens writes tokens in LSP's relative form: five numbers each,
// the line and start relative to the previous token, the length in UTF-16
// units, the type and the modifier bits. Names never span lines.
func (snap *snapshot) encodeTokens(toks []analysis.Token) *semanticTokens {
	data := make([]uint32, 0, len(toks)*5)
	var line, char uint32
	for _, t := range toks {
		r := snap.m.rangeOf(t.Range)
		if r.End.Line != r.Start.Line {
			continue
		}
		var mods uint32
		if t.Declaration {
			mods |= 1
		}
		if t.Builtin {
			mods |= 2
		}
		if t.Stackless {
			mods |= 4
		}
		dl, dc := r.Start.Line-line, r.Start.Character
		if dl == 0 {
			dc -= char
		}
		data = append(data, dl, dc, r.End.Character-r.Start.Character, uint32(t.Kind), mods)
		line, char = r.Start.Line, r.Start.Character
	}
	return &semanticTokens{Data: data}
}
