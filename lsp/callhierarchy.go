package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"

	"go.lsp.dev/protocol"

	"tasklet/analysis"
)

// The call hierarchy of a function of the program: who calls it across
// the workspace, and what it calls. An item carries its symbol's
// analysis.Key in Data, so that the follow-up requests find it again.

func (s *Server) prepareCallHierarchy(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.CallHierarchyPrepareParams
	snap, off, err := s.positionSnapshot(params, &p, func() protocol.TextDocumentPositionParams { return p.TextDocumentPositionParams })
	if err != nil {
		return nil, err
	}
	sym, key, ok := snap.res.FunctionAt(off)
	if !ok {
		return nil, nil
	}
	return []protocol.CallHierarchyItem{s.callItem(sym, key)}, nil
}

// callItem describes a def or class: its whole definition and its name,
// in the file that holds it.
func (s *Server) callItem(sym *analysis.Symbol, key analysis.Key) protocol.CallHierarchyItem {
	m := newMapper(sym.Home().Result.Src)
	whole, name := analysis.DefRange(sym)
	kind := protocol.SymbolKindFunction
	switch {
	case sym.Kind == analysis.ClassSymbol:
		kind = protocol.SymbolKindClass
	case sym.Scope.Kind == analysis.ClassScope:
		kind = protocol.SymbolKindMethod
	}
	return protocol.CallHierarchyItem{Name: sym.Name, Kind: kind, URI: s.uriOf(key.Path),
		Range: m.rangeOf(whole), SelectionRange: m.rangeOf(name), Data: key}
}

// moduleItem stands for a file's module-level code, the caller of the
// calls made outside any function.
func (s *Server) moduleItem(res *analysis.Result) protocol.CallHierarchyItem {
	m := newMapper(res.Src)
	r := m.rangeOf(res.File.Range)
	start := protocol.Range{Start: r.Start, End: r.Start}
	return protocol.CallHierarchyItem{Name: filepath.Base(res.Path), Kind: protocol.SymbolKindModule,
		URI: s.uriOf(res.Path), Range: r, SelectionRange: start}
}

// itemKey decodes the key an item carries.
func itemKey(item protocol.CallHierarchyItem) (analysis.Key, bool) {
	raw, err := json.Marshal(item.Data)
	if err != nil {
		return analysis.Key{}, false
	}
	var k analysis.Key
	if json.Unmarshal(raw, &k) != nil || k.Path == "" {
		return analysis.Key{}, false
	}
	return k, true
}

func (s *Server) incomingCalls(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.CallHierarchyIncomingCallsParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	out := []protocol.CallHierarchyIncomingCall{}
	key, ok := itemKey(p.Item)
	if !ok {
		return out, nil
	}
	for _, path := range s.workspaceFiles() {
		if src, ok := s.source(path); !ok || !bytes.Contains(src, []byte(key.Name)) {
			continue
		}
		res := s.analyzeFile(path)
		if res == nil {
			continue
		}
		m := newMapper(res.Src)
		index := map[*analysis.Symbol]int{}
		for _, c := range res.Calls() {
			if c.Callee != key {
				continue
			}
			i, seen := index[c.Caller]
			if !seen {
				item := s.moduleItem(res)
				if c.Caller != nil {
					ck, _ := res.KeyOf(c.Caller)
					item = s.callItem(c.Caller, ck)
				}
				i = len(out)
				index[c.Caller] = i
				out = append(out, protocol.CallHierarchyIncomingCall{From: item})
			}
			out[i].FromRanges = append(out[i].FromRanges, m.rangeOf(c.Name))
		}
	}
	return out, nil
}

func (s *Server) outgoingCalls(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.CallHierarchyOutgoingCallsParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	out := []protocol.CallHierarchyOutgoingCall{}
	key, ok := itemKey(p.Item)
	if !ok {
		return out, nil
	}
	res := s.analyzeFile(key.Path)
	if res == nil {
		return out, nil
	}
	caller := res.SymbolAtKey(key)
	if caller == nil {
		return out, nil
	}
	m := newMapper(res.Src)
	index := map[analysis.Key]int{}
	for _, c := range res.Calls() {
		if c.Caller != caller {
			continue
		}
		i, seen := index[c.Callee]
		if !seen {
			target := s.analyzeFile(c.Callee.Path)
			if target == nil {
				continue
			}
			sym := target.SymbolAtKey(c.Callee)
			if sym == nil {
				continue
			}
			i = len(out)
			index[c.Callee] = i
			out = append(out, protocol.CallHierarchyOutgoingCall{To: s.callItem(sym, c.Callee)})
		}
		out[i].FromRanges = append(out[i].FromRanges, m.rangeOf(c.Name))
	}
	return out, nil
}
