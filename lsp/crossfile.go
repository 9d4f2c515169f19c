package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"

	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"

	"tasklet/analysis"
)

// This file holds the requests that span the workspace: references and
// rename across files, type definition, workspace symbols and the call
// hierarchy. Each file is analyzed on its own (see workspace.go) and a
// symbol is matched across files by its analysis.Key.

// maxWorkspaceSymbols bounds the answer to workspace/symbol.
const maxWorkspaceSymbols = 500

// filesMentioning returns the workspace files whose text holds name, with
// their analyses, the current snapshot's file first: only those can refer
// to a symbol of that name.
func (s *Server) filesMentioning(snap *snapshot, key analysis.Key) []*analysis.Result {
	out := []*analysis.Result{snap.res}
	paths := s.workspaceFiles()
	if !contains(paths, key.Path) {
		paths = append(paths, key.Path)
	}
	for _, path := range paths {
		if path == snap.res.Path {
			continue
		}
		if src, ok := s.source(path); !ok || !bytes.Contains(src, []byte(key.Name)) {
			continue
		}
		if res := s.analyzeFile(path); res != nil {
			out = append(out, res)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// locationsOf converts ranges of a file's analysis.
func (s *Server) locationsOf(snap *snapshot, res *analysis.Result) (protocol.DocumentURI, *mapper) {
	if res == snap.res {
		return snap.uri, snap.m
	}
	return s.uriOf(res.Path), newMapper(res.Src)
}

func (s *Server) references(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.ReferenceParams
	snap, off, err := s.positionSnapshot(params, &p, func() protocol.TextDocumentPositionParams { return p.TextDocumentPositionParams })
	if err != nil {
		return nil, err
	}
	out := []protocol.Location{}
	key, ok := snap.res.KeyAt(off)
	if !ok {
		// A built-in: its uses in this file.
		for _, r := range snap.res.References(off, p.Context.IncludeDeclaration) {
			out = append(out, protocol.Location{URI: snap.uri, Range: snap.m.rangeOf(r)})
		}
		return out, nil
	}
	for _, res := range s.filesMentioning(snap, key) {
		u, m := s.locationsOf(snap, res)
		for _, r := range res.RefsTo(key, false) {
			if !p.Context.IncludeDeclaration && res.Path == key.Path && r.Start.Offset == key.Offset {
				continue
			}
			out = append(out, protocol.Location{URI: u, Range: m.rangeOf(r)})
		}
	}
	return out, nil
}

func (s *Server) prepareRename(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.PrepareRenameParams
	snap, off, err := s.positionSnapshot(params, &p, func() protocol.TextDocumentPositionParams { return p.TextDocumentPositionParams })
	if err != nil {
		return nil, err
	}
	if _, ok := snap.res.KeyAt(off); !ok {
		return nil, nil
	}
	t, _ := snap.res.TargetAt(off)
	r := snap.m.rangeOf(t.Name.Range)
	return &r, nil
}

// rename renames a symbol of the program everywhere in the workspace: its
// definitions, its uses, and the imports that name it.
func (s *Server) rename(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.RenameParams
	snap, off, err := s.positionSnapshot(params, &p, func() protocol.TextDocumentPositionParams { return p.TextDocumentPositionParams })
	if err != nil {
		return nil, err
	}
	if !isIdentifier(p.NewName) {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "%q is not a Python identifier", p.NewName)
	}
	key, ok := snap.res.KeyAt(off)
	if !ok {
		return nil, jsonrpc2.Errorf(jsonrpc2.InvalidParams, "nothing here can be renamed")
	}
	changes := map[protocol.DocumentURI][]protocol.TextEdit{}
	for _, res := range s.filesMentioning(snap, key) {
		u, m := s.locationsOf(snap, res)
		for _, r := range res.RefsTo(key, true) {
			changes[u] = append(changes[u], protocol.TextEdit{Range: m.rangeOf(r), NewText: p.NewName})
		}
	}
	return &protocol.WorkspaceEdit{Changes: changes}, nil
}

func (s *Server) typeDefinition(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.TypeDefinitionParams
	snap, off, err := s.positionSnapshot(params, &p, func() protocol.TextDocumentPositionParams { return p.TextDocumentPositionParams })
	if err != nil {
		return nil, err
	}
	out := []protocol.Location{}
	for _, l := range snap.res.TypeDefinition(off) {
		if loc, ok := snap.location(l, s.mapperFor); ok {
			out = append(out, loc)
		}
	}
	return out, nil
}

// workspaceSymbol lists the definitions of every workspace file whose
// name holds the query's letters in order, ignoring case.
func (s *Server) workspaceSymbol(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.WorkspaceSymbolParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	query := strings.ToLower(p.Query)
	out := []protocol.SymbolInformation{}
	for _, path := range s.workspaceFiles() {
		res := s.analyzeFile(path)
		if res == nil {
			continue
		}
		u, m := s.uriOf(path), newMapper(res.Src)
		var walk func(ds []analysis.DocSymbol, container string, inClass bool)
		walk = func(ds []analysis.DocSymbol, container string, inClass bool) {
			for _, d := range ds {
				if len(out) >= maxWorkspaceSymbols {
					return
				}
				if subsequence(query, strings.ToLower(d.Name)) {
					kind := symbolKinds[d.Kind]
					if inClass && d.Kind == analysis.FuncSymbol {
						kind = protocol.SymbolKindMethod
					}
					out = append(out, protocol.SymbolInformation{Name: d.Name, Kind: kind, ContainerName: container,
						Location: protocol.Location{URI: u, Range: m.rangeOf(d.Selection)}})
				}
				walk(d.Children, d.Name, d.Kind == analysis.ClassSymbol)
			}
		}
		walk(res.Outline(), strings.TrimSuffix(filepath.Base(path), ".py"), false)
	}
	return out, nil
}

// subsequence reports whether the letters of q appear in s in order.
func subsequence(q, s string) bool {
	for _, c := range q {
		i := strings.IndexRune(s, c)
		if i < 0 {
			return false
		}
		s = s[i+len(string(c)):]
	}
	return true
}
