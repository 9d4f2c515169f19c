package lsp

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
)

func TestLifecycle(t *testing.T) {
	e := newEditor(t)
	var out any
	err := e.call("textDocument/hover", at("file:///x.py", 0, 0), &out)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not initialized")

	var caps map[string]any
	require.NoError(t, e.call("initialize", map[string]any{"capabilities": map[string]any{}}, &caps))
	c := caps["capabilities"].(map[string]any)
	for _, k := range []string{"hoverProvider", "definitionProvider", "referencesProvider", "completionProvider",
		"documentSymbolProvider", "codeActionProvider", "renameProvider", "inlayHintProvider", "signatureHelpProvider"} {
		assert.Contains(t, c, k)
	}
	assert.Equal(t, float64(protocol.TextDocumentSyncKindIncremental), c["textDocumentSync"].(map[string]any)["change"])

	err = e.call("textDocument/frobnicate", map[string]any{}, &out)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "method not supported")

	require.NoError(t, e.call("shutdown", nil, &out))
	e.notify("exit", nil)
	select {
	case code := <-e.exit:
		assert.Equal(t, 0, code)
	case <-time.After(timeout):
		t.Fatal("server did not exit")
	}
}

func TestExitWithoutShutdownFails(t *testing.T) {
	e, _ := start(t)
	e.notify("exit", nil)
	select {
	case code := <-e.exit:
		assert.Equal(t, 1, code)
	case <-time.After(timeout):
		t.Fatal("server did not exit")
	}
}

const program = `import stackless
import os


def worker(ch, n):
    ch.send(n * 2)


ch = stackless.channel()
stackless.tasklet(worker)(ch, 21)
print(ch.receive())
`

func TestDiagnosticsFollowEdits(t *testing.T) {
	e, _ := start(t)
	u := e.open("prog.py", program)
	ds := e.diagnostics(u)
	require.Equal(t, []string{"unused-import"}, codes(ds))
	assert.Equal(t, rng(1, 7, 1, 9), ds[0].Range)
	assert.Equal(t, []protocol.DiagnosticTag{protocol.DiagnosticTagUnnecessary}, ds[0].Tags)

	// Delete "import os\n": clean.
	e.edit(u, rng(1, 0, 2, 0), "")
	assert.Empty(t, e.diagnostics(u))

	// Columns count UTF-16 units both ways: the emoji counts two.
	e.edit(u, rng(0, 0, 0, 0), "s = \"😀\"; zz\n")
	ds = e.diagnostics(u)
	require.Equal(t, []string{"undefined-name"}, codes(ds))
	assert.Equal(t, rng(0, 10, 0, 12), ds[0].Range)
	e.edit(u, rng(0, 10, 0, 12), "s")
	assert.Empty(t, e.diagnostics(u))

	e.edit(u, rng(9, 26, 9, 32), "ch")
	assert.Equal(t, []string{"TL008"}, codes(e.diagnostics(u)))

	e.replaceAll(u, "def f(:\n")
	ds = e.diagnostics(u)
	require.NotEmpty(t, ds)
	assert.Equal(t, "SyntaxError", ds[0].Code)
	assert.Equal(t, protocol.DiagnosticSeverityError, ds[0].Severity)
}

func TestRelatedInformationAndFixes(t *testing.T) {
	e, _ := start(t)
	u := e.open("fix.py", "import stackless\n\n\ndef w():\n    print(1)\n\n\nstackless.tasklet(w(  ))\nstackless.chanel()\nstackless.run()\n")
	ds := e.diagnostics(u)
	require.Equal(t, []string{"TL002", "unknown-attribute"}, codes(ds))
	require.Len(t, ds[0].RelatedInformation, 1)
	assert.Equal(t, rng(3, 4, 3, 5), ds[0].RelatedInformation[0].Location.Range)

	var actions []protocol.CodeAction
	require.NoError(t, e.call("textDocument/codeAction", protocol.CodeActionParams{
		TextDocument: protocol.TextDocumentIdentifier{URI: u}, Range: rng(7, 0, 8, 20)}, &actions))
	require.Len(t, actions, 2)
	assert.Equal(t, "stackless.tasklet(w)()", actions[0].Edit.Changes[u][0].NewText)
	assert.Equal(t, []protocol.TextEdit{{Range: rng(8, 10, 8, 16), NewText: "channel"}}, actions[1].Edit.Changes[u])
}

func TestNavigation(t *testing.T) {
	e, _ := start(t)
	u := e.open("nav.py", program)
	e.diagnostics(u)

	var hover protocol.Hover
	require.NoError(t, e.call("textDocument/hover", at(u, 4, 5), &hover))
	assert.Contains(t, hover.Contents.Value, "def worker(ch, n)")
	assert.Equal(t, rng(4, 4, 4, 10), *hover.Range)

	var locs []protocol.Location
	require.NoError(t, e.call("textDocument/definition", at(u, 9, 19), &locs))
	assert.Equal(t, []protocol.Location{{URI: u, Range: rng(4, 4, 4, 10)}}, locs)

	require.NoError(t, e.call("textDocument/references", protocol.ReferenceParams{
		TextDocumentPositionParams: at(u, 8, 0), Context: protocol.ReferenceContext{IncludeDeclaration: true}}, &locs))
	assert.Equal(t, []protocol.Location{{URI: u, Range: rng(8, 0, 8, 2)}, {URI: u, Range: rng(9, 26, 9, 28)}, {URI: u, Range: rng(10, 6, 10, 8)}}, locs)

	var hl []protocol.DocumentHighlight
	require.NoError(t, e.call("textDocument/documentHighlight", at(u, 5, 4), &hl))
	assert.Equal(t, []protocol.DocumentHighlight{{Range: rng(4, 11, 4, 13), Kind: protocol.DocumentHighlightKindWrite}, {Range: rng(5, 4, 5, 6), Kind: protocol.DocumentHighlightKindRead}}, hl)

	var syms []protocol.DocumentSymbol
	require.NoError(t, e.call("textDocument/documentSymbol", map[string]any{"textDocument": map[string]any{"uri": u}}, &syms))
	require.Len(t, syms, 2)
	assert.Equal(t, "worker", syms[0].Name)
	assert.Equal(t, protocol.SymbolKindFunction, syms[0].Kind)
	assert.Equal(t, "ch", syms[1].Name)
	assert.Equal(t, "channel", syms[1].Detail)

	var prep protocol.Range
	require.NoError(t, e.call("textDocument/prepareRename", at(u, 10, 7), &prep))
	assert.Equal(t, rng(10, 6, 10, 8), prep)
	var edit protocol.WorkspaceEdit
	require.NoError(t, e.call("textDocument/rename", protocol.RenameParams{TextDocumentPositionParams: at(u, 10, 7), NewName: "chan"}, &edit))
	assert.Len(t, edit.Changes[u], 3)
	err := e.call("textDocument/rename", protocol.RenameParams{TextDocumentPositionParams: at(u, 10, 7), NewName: "not valid"}, &edit)
	assert.Error(t, err)
	var none *protocol.Range
	require.NoError(t, e.call("textDocument/prepareRename", at(u, 10, 1), &none))
	assert.Nil(t, none, "print is a built-in: not renamable")
}

func TestCompletion(t *testing.T) {
	e, _ := start(t)
	u := e.open("comp.py", "import stackless\nch = stackless.channel()\nch.re\nstackless.\n")
	e.diagnostics(u)
	var list protocol.CompletionList
	require.NoError(t, e.call("textDocument/completion", at(u, 2, 5), &list))
	require.Len(t, list.Items, 1)
	assert.Equal(t, "receive", list.Items[0].Label)
	assert.Equal(t, protocol.CompletionItemKindFunction, list.Items[0].Kind)

	var item protocol.CompletionItem
	require.NoError(t, e.call("completionItem/resolve", list.Items[0], &item))
	assert.Contains(t, item.Documentation.(map[string]any)["value"], "Receive a value")

	require.NoError(t, e.call("textDocument/completion", at(u, 3, 10), &list))
	var labels []string
	for _, it := range list.Items {
		labels = append(labels, it.Label)
	}
	assert.Contains(t, labels, "tasklet")
	assert.Contains(t, labels, "schedule")
}

// TestCompletionRightAfterDot types a dot and asks for completion at
// once, as an editor does, without waiting for the new version's
// diagnostics: the answer must come from the text with the dot, in a file
// long enough that its full analysis is usually still running then. A dot
// after a statement answers from the analysis of the text before it; a
// line typed in one edit, from the new text bound anew.
func TestCompletionRightAfterDot(t *testing.T) {
	e, _ := start(t)
	text := "class Worker:\n    def __init__(self, n):\n        self.n = n\n\n    def step(self, x):\n        return x * self.n\n\n\n" +
		"def use():\n    w = Worker(2)\n    w\n\n\n" + benchProgram(3000) + "Worker(2)\n"
	u := e.open("dot.py", text)
	e.diagnostics(u)
	last := uint32(strings.Count(text, "\n") - 1)
	for _, c := range []struct {
		name   string
		insert protocol.Position
		text   string
		cursor protocol.Position
	}{
		{"dot in a function", pos(10, 5), ".", pos(10, 6)},
		{"dot at the end", pos(last, 9), ".", pos(last, 10)},
		{"line typed in a function", pos(10, 5), "\n    w.", pos(11, 6)},
	} {
		e.edit(u, protocol.Range{Start: c.insert, End: c.insert}, c.text)
		var list protocol.CompletionList
		require.NoError(t, e.call("textDocument/completion", at(u, c.cursor.Line, c.cursor.Character), &list))
		var labels []string
		for _, it := range list.Items {
			labels = append(labels, it.Label)
		}
		assert.Equal(t, []string{"n", "step"}, labels, c.name)
		assert.Contains(t, codes(e.diagnostics(u)), "SyntaxError", "%s: the text with the dot is still analyzed in full", c.name)
		e.edit(u, protocol.Range{Start: c.insert, End: c.cursor}, "")
		e.diagnostics(u)
	}
}

// TestSignatureHelpRightAfterParen asks for signature help as an editor
// does, right after the "(" or "," that calls for it, while the new
// text's analysis may still be running: the answer comes from the new
// text.
func TestSignatureHelpRightAfterParen(t *testing.T) {
	e, _ := start(t)
	text := "def work(count, step):\n    return count * step\n\n\n" + benchProgram(3000) + "work\n"
	u := e.open("paren.py", text)
	e.diagnostics(u)
	last := uint32(strings.Count(text, "\n") - 1)
	for _, c := range []struct {
		text   string
		active uint32
	}{
		{"(", 0},
		{"(1, ", 1},
	} {
		end := pos(last, uint32(len("work")))
		e.edit(u, protocol.Range{Start: end, End: end}, c.text)
		var help protocol.SignatureHelp
		require.NoError(t, e.call("textDocument/signatureHelp", at(u, last, uint32(len("work"+c.text))), &help))
		require.Len(t, help.Signatures, 1, "after %q", c.text)
		assert.Equal(t, "work(count, step)", help.Signatures[0].Label)
		assert.Equal(t, c.active, help.ActiveParameter, "after %q", c.text)
		assert.Contains(t, codes(e.diagnostics(u)), "SyntaxError", "the text with the open call is still analyzed in full")
		e.edit(u, protocol.Range{Start: end, End: pos(last, uint32(len("work"+c.text)))}, "")
		e.diagnostics(u)
	}
}

func TestSignatureFoldingSelectionInlayLens(t *testing.T) {
	e, _ := start(t)
	u := e.open("more.py", program+"worker(ch, \n")
	e.diagnostics(u)

	var help protocol.SignatureHelp
	require.NoError(t, e.call("textDocument/signatureHelp", at(u, 11, 11), &help))
	require.Len(t, help.Signatures, 1)
	assert.Equal(t, "worker(ch, n)", help.Signatures[0].Label)
	assert.Equal(t, uint32(1), help.ActiveParameter)

	var folds []protocol.FoldingRange
	require.NoError(t, e.call("textDocument/foldingRange", map[string]any{"textDocument": map[string]any{"uri": u}}, &folds))
	assert.Contains(t, folds, protocol.FoldingRange{StartLine: 0, EndLine: 1})
	assert.Contains(t, folds, protocol.FoldingRange{StartLine: 4, EndLine: 5})

	var sel []protocol.SelectionRange
	require.NoError(t, e.call("textDocument/selectionRange", map[string]any{"textDocument": map[string]any{"uri": u},
		"positions": []protocol.Position{pos(5, 5)}}, &sel))
	require.Len(t, sel, 1)
	assert.Equal(t, rng(5, 4, 5, 6), sel[0].Range)
	require.NotNil(t, sel[0].Parent)

	var hints []inlayHint
	require.NoError(t, e.call("textDocument/inlayHint", map[string]any{"textDocument": map[string]any{"uri": u}, "range": rng(0, 0, 20, 0)}, &hints))
	assert.Equal(t, []inlayHint{{Position: pos(8, 2), Label: ": channel", Kind: inlayHintKindType}}, hints)

	var lenses []protocol.CodeLens
	require.NoError(t, e.call("textDocument/codeLens", map[string]any{"textDocument": map[string]any{"uri": u}}, &lenses))
	require.Len(t, lenses, 2)
	assert.Equal(t, "Run", lenses[0].Command.Title)
	assert.Equal(t, runCommand, lenses[0].Command.Command)
}

func TestUntitledAndUnknownDocuments(t *testing.T) {
	e, _ := start(t)
	u := protocol.DocumentURI("untitled:Untitled-1")
	e.openURI(u, "import stackless\nstackless.chanel\n")
	assert.Equal(t, []string{"unknown-attribute"}, codes(e.diagnostics(u)))
	var hover *protocol.Hover
	require.NoError(t, e.call("textDocument/hover", at(u, 1, 2), &hover))
	require.NotNil(t, hover)
	assert.Contains(t, hover.Contents.Value, "(module) stackless")

	err := e.call("textDocument/hover", at("file:///not/open.py", 0, 0), &hover)
	var rpcErr *jsonrpc2.Error
	require.ErrorAs(t, err, &rpcErr)
	assert.Equal(t, jsonrpc2.InvalidParams, rpcErr.Code)
}
