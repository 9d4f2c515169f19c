package lsp

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

const libPy = `class Pool:
    def take(self):
        return 1


def start(n):
    return Pool()
`

const appPy = `import lib
from lib import start

p = start(1)
q = lib.start(2)


def run():
    return p.take()
`

// workspace writes lib.py and app.py into a fresh folder and starts an
// editor on it, with app.py open.
func workspace(t *testing.T, caps map[string]any) (*fakeEditor, string, protocol.DocumentURI) {
	root := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(root, "lib.py"), []byte(libPy), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(root, "app.py"), []byte(appPy), 0o644))
	e := newEditor(t)
	var result map[string]any
	require.NoError(t, e.call("initialize", map[string]any{"processId": nil, "capabilities": caps,
		"workspaceFolders": []map[string]any{{"uri": uri.File(root), "name": "w"}}}, &result))
	e.notify("initialized", map[string]any{})
	u := uri.File(filepath.Join(root, "app.py"))
	e.openURI(u, appPy)
	e.diagnostics(u)
	return e, root, u
}

func locStrings(locs []protocol.Location) []string {
	var out []string
	for _, l := range locs {
		out = append(out, filepath.Base(uri.URI(l.URI).Filename())+":"+rangeString(l.Range))
	}
	sort.Strings(out)
	return out
}

func rangeString(r protocol.Range) string {
	return fmt.Sprintf("%d.%d-%d", r.Start.Line, r.Start.Character, r.End.Character)
}

func TestReferencesAndRenameAcrossFiles(t *testing.T) {
	e, root, u := workspace(t, map[string]any{})
	var locs []protocol.Location
	require.NoError(t, e.call("textDocument/references", protocol.ReferenceParams{
		TextDocumentPositionParams: at(u, 3, 5), Context: protocol.ReferenceContext{IncludeDeclaration: true}}, &locs))
	assert.Equal(t, []string{"app.py:1.16-21", "app.py:3.4-9", "app.py:4.8-13", "lib.py:5.4-9"}, locStrings(locs))

	require.NoError(t, e.call("textDocument/references", protocol.ReferenceParams{
		TextDocumentPositionParams: at(u, 3, 5), Context: protocol.ReferenceContext{IncludeDeclaration: false}}, &locs))
	assert.NotContains(t, locStrings(locs), "lib.py:5.4-9")

	var edit protocol.WorkspaceEdit
	require.NoError(t, e.call("textDocument/rename", protocol.RenameParams{TextDocumentPositionParams: at(u, 3, 5), NewName: "launch"}, &edit))
	libURI := uri.File(filepath.Join(root, "lib.py"))
	require.Len(t, edit.Changes[libURI], 1)
	assert.Equal(t, "launch", edit.Changes[libURI][0].NewText)
	assert.Len(t, edit.Changes[u], 3)

	// A method reached through an instance: its definition in the other
	// file, and the class of the instance as type definition.
	require.NoError(t, e.call("textDocument/references", protocol.ReferenceParams{
		TextDocumentPositionParams: at(u, 8, 14), Context: protocol.ReferenceContext{IncludeDeclaration: true}}, &locs))
	assert.Equal(t, []string{"app.py:8.13-17", "lib.py:1.8-12"}, locStrings(locs))
	require.NoError(t, e.call("textDocument/typeDefinition", at(u, 8, 12), &locs))
	assert.Equal(t, []string{"lib.py:0.6-10"}, locStrings(locs))
}

func TestWorkspaceSymbolsFollowFolders(t *testing.T) {
	e, root, _ := workspace(t, map[string]any{})
	var syms []protocol.SymbolInformation
	require.NoError(t, e.call("workspace/symbol", protocol.WorkspaceSymbolParams{Query: "tk"}, &syms))
	require.Len(t, syms, 1)
	assert.Equal(t, "take", syms[0].Name)
	assert.Equal(t, protocol.SymbolKindMethod, syms[0].Kind)
	assert.Equal(t, "Pool", syms[0].ContainerName)

	// Without the folder, only the open document is left.
	e.notify("workspace/didChangeWorkspaceFolders", map[string]any{"event": map[string]any{
		"added": []any{}, "removed": []map[string]any{{"uri": uri.File(root), "name": "w"}}}})
	require.NoError(t, e.call("workspace/symbol", protocol.WorkspaceSymbolParams{Query: "tk"}, &syms))
	assert.Empty(t, syms)
	require.NoError(t, e.call("workspace/symbol", protocol.WorkspaceSymbolParams{Query: "run"}, &syms))
	require.Len(t, syms, 1)
}

func TestCallHierarchy(t *testing.T) {
	e, _, u := workspace(t, map[string]any{})
	var items []protocol.CallHierarchyItem
	require.NoError(t, e.call("textDocument/prepareCallHierarchy", at(u, 3, 5), &items))
	require.Len(t, items, 1)
	assert.Equal(t, "start", items[0].Name)
	assert.Equal(t, "lib.py", filepath.Base(uri.URI(items[0].URI).Filename()))

	var in []protocol.CallHierarchyIncomingCall
	require.NoError(t, e.call("callHierarchy/incomingCalls", map[string]any{"item": items[0]}, &in))
	require.Len(t, in, 1)
	assert.Equal(t, "app.py", in[0].From.Name)
	assert.Len(t, in[0].FromRanges, 2)

	var out []protocol.CallHierarchyOutgoingCall
	require.NoError(t, e.call("callHierarchy/outgoingCalls", map[string]any{"item": items[0]}, &out))
	require.Len(t, out, 1)
	assert.Equal(t, "Pool", out[0].To.Name)
	assert.Equal(t, protocol.SymbolKindClass, out[0].To.Kind)

	require.NoError(t, e.call("textDocument/prepareCallHierarchy", at(u, 7, 5), &items))
	require.Len(t, items, 1)
	require.NoError(t, e.call("callHierarchy/outgoingCalls", map[string]any{"item": items[0]}, &out))
	require.Len(t, out, 1)
	assert.Equal(t, "take", out[0].To.Name)
}

func TestSemanticTokens(t *testing.T) {
	e, caps := start(t)
	legend := caps["capabilities"].(map[string]any)["semanticTokensProvider"].(map[string]any)["legend"].(map[string]any)
	assert.Contains(t, legend["tokenModifiers"], "stackless")
	u := e.open("tok.py", "import stackless\nch = stackless.channel()\n")
	var toks semanticTokens
	require.NoError(t, e.call("textDocument/semanticTokens/full", map[string]any{"textDocument": map[string]any{"uri": u}}, &toks))
	// stackless (decl), ch (decl), stackless, channel: relative lines,
	// columns, lengths, types and modifiers.
	assert.Equal(t, []uint32{
		0, 7, 9, 0, 1 | 4,
		1, 0, 2, 5, 1,
		0, 5, 9, 0, 4,
		0, 10, 7, 1, 2 | 4,
	}, toks.Data)
	require.NoError(t, e.call("textDocument/semanticTokens/range", map[string]any{"textDocument": map[string]any{"uri": u}, "range": rng(1, 0, 1, 2)}, &toks))
	assert.Equal(t, []uint32{1, 0, 2, 5, 1}, toks.Data)
}

func TestConfigurationDisablesChecks(t *testing.T) {
	e := newEditor(t)
	e.config = map[string]any{"disabledChecks": []string{"unused-import"}}
	var result map[string]any
	require.NoError(t, e.call("initialize", map[string]any{"processId": nil,
		"capabilities": map[string]any{"workspace": map[string]any{"configuration": true}}}, &result))
	e.notify("initialized", map[string]any{})
	// The server asks for the settings on its own goroutine; diagnostics
	// published after the answer leave the unused import out.
	u := e.open("cfg.py", "import os\nimport sys\nprint(undefined_name)\n")
	assert.Eventually(t, func() bool {
		e.edit(u, rng(0, 0, 0, 0), "")
		return !contains(codes(e.diagnostics(u)), "unused-import")
	}, timeout, 50*time.Millisecond)

	// Settings pushed in the notification replace them.
	e.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"tasklet": map[string]any{"disabledChecks": []string{"undefined-name"}}}})
	assert.Eventually(t, func() bool {
		e.edit(u, rng(0, 0, 0, 0), "")
		got := codes(e.diagnostics(u))
		return contains(got, "unused-import") && !contains(got, "undefined-name")
	}, timeout, 50*time.Millisecond)
}

func TestWatchedFilesRefreshImports(t *testing.T) {
	e, root, u := workspace(t, map[string]any{})
	require.NoError(t, os.WriteFile(filepath.Join(root, "lib.py"), []byte("class Pool:\n    pass\n"), 0o644))
	e.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []map[string]any{
		{"uri": uri.File(filepath.Join(root, "lib.py")), "type": 2}}})
	assert.Contains(t, codes(e.diagnostics(u)), "unknown-attribute")
}

// An edit of an open file re-diagnoses the open files that import it,
// whose own text did not change; closing it makes them read the disk
// again.
func TestEditsReachImporters(t *testing.T) {
	e, root, u := workspace(t, map[string]any{})
	libURI := uri.File(filepath.Join(root, "lib.py"))
	e.openURI(libURI, libPy)
	e.diagnostics(libURI)

	// Rename start to begin in lib.py: app.py's import and use break.
	e.edit(libURI, rng(5, 4, 5, 9), "begin")
	e.diagnostics(libURI)
	assert.Equal(t, []string{"unknown-import", "unknown-attribute"}, codes(e.diagnostics(u)))

	e.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": libURI}})
	assert.Empty(t, e.diagnostics(u))
}

// An edit reaches the open files that read the edited file through
// another import, which the server keeps analyzed between edits.
func TestEditsReachImportersThroughImports(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"app.py":     "import lib\nlib.helpers.Thing().size()\n",
		"lib.py":     "import helpers\n",
		"helpers.py": "class Thing:\n    def size(self):\n        return 1\n",
	}
	for name, text := range files {
		require.NoError(t, os.WriteFile(filepath.Join(root, name), []byte(text), 0o644))
	}
	e, _ := start(t)
	app, helpers := uri.File(filepath.Join(root, "app.py")), uri.File(filepath.Join(root, "helpers.py"))
	e.openURI(app, files["app.py"])
	assert.Empty(t, e.diagnostics(app))
	e.openURI(helpers, files["helpers.py"])
	e.diagnostics(helpers)
	// Opened with the text on disk, helpers.py did not change for app.py,
	// which is not analyzed again.
	select {
	case p := <-e.diags:
		t.Fatalf("unexpected diagnostics for %s", p.URI)
	case <-time.After(200 * time.Millisecond):
	}

	e.edit(helpers, rng(1, 8, 1, 12), "length")
	e.diagnostics(helpers)
	assert.Equal(t, []string{"unknown-attribute"}, codes(e.diagnostics(app)))
}

// A client that lets servers register for watched files is asked to
// report changes of Python files; one that does not is not asked.
func TestRegistersForWatchedFiles(t *testing.T) {
	e, _, _ := workspace(t, map[string]any{"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}}})
	select {
	case raw := <-e.registrations:
		var p protocol.RegistrationParams
		require.NoError(t, json.Unmarshal(raw, &p))
		require.Len(t, p.Registrations, 1)
		assert.Equal(t, "workspace/didChangeWatchedFiles", p.Registrations[0].Method)
		assert.Contains(t, string(raw), `"globPattern":"**/*.py"`)
	case <-time.After(timeout):
		t.Fatal("no registration")
	}

	e, _, _ = workspace(t, map[string]any{})
	select {
	case raw := <-e.registrations:
		t.Fatalf("unexpected registration %s", raw)
	case <-time.After(100 * time.Millisecond):
	}
}

// After an edit of a file that many open files import, the edited file's
// diagnostics come first.
func TestEditedFilePublishedBeforeImporters(t *testing.T) {
	root := t.TempDir()
	e, _ := start(t)
	lib := uri.File(filepath.Join(root, "lib.py"))
	e.openURI(lib, libPy)
	e.diagnostics(lib)
	for i := range 8 {
		u := uri.File(filepath.Join(root, fmt.Sprintf("app%d.py", i)))
		e.openURI(u, appPy)
		e.diagnostics(u)
	}
	e.edit(lib, rng(5, 4, 5, 9), "begin")
	select {
	case p := <-e.diags:
		assert.Equal(t, lib, p.URI)
		assert.Equal(t, e.versions[lib], int32(p.Version))
	case <-time.After(timeout):
		t.Fatal("no diagnostics")
	}
}
