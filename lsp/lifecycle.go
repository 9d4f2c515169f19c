package lsp

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"

	"go.lsp.dev/protocol"

	"tasklet/analysis"
)

// serverCapabilities adds the 3.17 capabilities that protocol v0.12.0
// does not declare.
type serverCapabilities struct {
	protocol.ServerCapabilities
	InlayHintProvider bool `json:"inlayHintProvider,omitempty"`
}

type initializeResult struct {
	Capabilities serverCapabilities   `json:"capabilities"`
	ServerInfo   *protocol.ServerInfo `json:"serverInfo,omitempty"`
}

func (s *Server) initialize(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.InitializeParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.initialized = true
	s.taskletPath = filepath.SplitList(os.Getenv("TASKLETPATH"))
	if w := p.Capabilities.Workspace; w != nil {
		s.clientConfig = w.Configuration
		s.clientWatch = w.DidChangeWatchedFiles != nil && w.DidChangeWatchedFiles.DynamicRegistration
	}
	s.mu.Unlock()
	folders := p.WorkspaceFolders
	if len(folders) == 0 && p.RootURI != "" {
		folders = []protocol.WorkspaceFolder{{URI: string(p.RootURI)}}
	}
	s.setFolders(folders)
	caps := protocol.ServerCapabilities{
		TextDocumentSync: &protocol.TextDocumentSyncOptions{
			OpenClose: true,
			Change:    protocol.TextDocumentSyncKindIncremental,
		},
		HoverProvider:             true,
		DefinitionProvider:        true,
		DeclarationProvider:       true,
		ReferencesProvider:        true,
		DocumentHighlightProvider: true,
		DocumentSymbolProvider:    true,
		CompletionProvider: &protocol.CompletionOptions{
			TriggerCharacters: []string{"."},
			ResolveProvider:   true,
		},
		CodeActionProvider: &protocol.CodeActionOptions{CodeActionKinds: []protocol.CodeActionKind{protocol.QuickFix}},
		RenameProvider:     &protocol.RenameOptions{PrepareProvider: true},
		SignatureHelpProvider: &protocol.SignatureHelpOptions{
			TriggerCharacters:   []string{"(", ","},
			RetriggerCharacters: []string{","},
		},
		FoldingRangeProvider:    true,
		SelectionRangeProvider:  true,
		CodeLensProvider:        &protocol.CodeLensOptions{},
		TypeDefinitionProvider:  true,
		WorkspaceSymbolProvider: true,
		CallHierarchyProvider:   true,
		SemanticTokensProvider: map[string]any{
			"legend": map[string]any{"tokenTypes": analysis.TokenKinds, "tokenModifiers": tokenModifiers},
			"full":   true,
			"range":  true,
		},
		Workspace: &protocol.ServerCapabilitiesWorkspace{
			WorkspaceFolders: &protocol.ServerCapabilitiesWorkspaceFolders{Supported: true, ChangeNotifications: true},
		},
	}
	return initializeResult{
		Capabilities: serverCapabilities{ServerCapabilities: caps, InlayHintProvider: true},
		ServerInfo:   &protocol.ServerInfo{Name: "tasklet-lsp"},
	}, nil
}
