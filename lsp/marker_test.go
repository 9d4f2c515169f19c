package lsp

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// The files in testdata/markers form one workspace. Comments in them hold
// expectations that the fake editor checks through the protocol, each at
// the first occurrence of its text on its own line (left of the comment);
// "the end of text" is just after that occurrence. Labels are global to
// the workspace.
//
//	@mark(L, "text")               label L is where text starts
//	@diag("code")                  a diagnostic with this code is on the line; every diagnostic must be marked
//	@hover("text", "substring")    hover at text contains substring
//	@def("text", L...)             definition from text goes to the labels
//	@decl("text", L...)            the same for declaration
//	@typedef("text", L...)         the same for type definition
//	@refs("text", L...)            references, declaration included
//	@highlight("text", L...)       document highlights
//	@rename("text", "new", L...)   prepareRename accepts text; rename changes the labels to new
//	@norename("text")              prepareRename refuses text
//	@complete("text", "a"...)      completion at the end of text offers these
//	@nocomplete("text", "a"...)    ... and not these
//	@resolve("text", "a", "doc")   resolving completion item a gives documentation containing doc
//	@signature("text", "label", N) signature help at the end of text: first signature, active parameter N
//	@symbol("name", "Kind")        a document symbol name of that kind is named on this line
//	@wsymbol("query", "name")      workspace symbols for query include name, on this line
//	@fold("text", L)               a folding range runs from this line to the line of L
//	@select("text", "outer")       a selection range around text covers exactly outer
//	@inlay("text", "label")        an inlay hint with label sits at the end of text
//	@fix("text", "title", "new")   a code action at text has this title and inserts new
//	@lens("title")                 a code lens with this title is on the line
//	@token("text", "type", mods...) the semantic token of text has this type and these modifiers
//	@incoming("text", "name")      a call hierarchy item at text is called from name
//	@outgoing("text", "name")      ... and calls name
//
// An argument is a double-quoted string, which may hold commas and
// parentheses, or a bare word.
var (
	editorMarkerRE = regexp.MustCompile(`@(\w+)\(((?:\s*(?:"[^"]*"|[^,"()\s]+)\s*,?)*)\)`)
	markerArgRE    = regexp.MustCompile(`"[^"]*"|[^,"\s]+`)
)

type editorMarker struct {
	kind string
	args []string
	file string
	u    protocol.DocumentURI
	line uint32
	col  uint32 // of the first argument's text, or of the label's text
}

func (m editorMarker) String() string {
	return fmt.Sprintf("%s:%d: @%s%q", m.file, m.line+1, m.kind, m.args)
}

// pos is where the marker's text starts; end is just after it.
func (m editorMarker) pos() protocol.TextDocumentPositionParams { return at(m.u, m.line, m.col) }
func (m editorMarker) end() protocol.TextDocumentPositionParams {
	return at(m.u, m.line, m.col+uint32(len(m.args[0])))
}

type markerWorkspace struct {
	e      *fakeEditor
	legend map[string][]string
	labels map[string]string // label -> "file:line:col"
	lines  map[protocol.DocumentURI][]string
	diags  map[protocol.DocumentURI][]protocol.Diagnostic
}

func TestEditorMarkers(t *testing.T) {
	files, err := filepath.Glob("testdata/markers/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	root := t.TempDir()
	w := &markerWorkspace{labels: map[string]string{}, lines: map[protocol.DocumentURI][]string{},
		diags: map[protocol.DocumentURI][]protocol.Diagnostic{}}
	var markers []editorMarker
	texts := map[protocol.DocumentURI]string{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		name := filepath.Base(f)
		require.NoError(t, os.WriteFile(filepath.Join(root, name), src, 0o644))
		u := uri.File(filepath.Join(root, name))
		texts[u] = string(src)
		w.lines[u] = strings.Split(string(src), "\n")
		for i, line := range w.lines[u] {
			code, comment, ok := strings.Cut(line, "#")
			if !ok {
				continue
			}
			for _, sub := range editorMarkerRE.FindAllStringSubmatch(comment, -1) {
				var args []string
				for _, a := range markerArgRE.FindAllString(sub[2], -1) {
					args = append(args, strings.Trim(a, `"`))
				}
				m := editorMarker{kind: sub[1], args: args, file: name, u: u, line: uint32(i)}
				text := args[0]
				if m.kind == "mark" {
					text = args[1]
				}
				if m.kind != "diag" && m.kind != "lens" && m.kind != "symbol" && m.kind != "wsymbol" {
					col := strings.Index(code, text)
					require.GreaterOrEqual(t, col, 0, "%s: %q is not on the line", m, text)
					m.col = uint32(col)
				}
				if m.kind == "mark" {
					w.labels[args[0]] = fmt.Sprintf("%s:%d:%d", name, i, m.col)
					continue
				}
				markers = append(markers, m)
			}
		}
	}

	w.e = newEditor(t)
	var caps map[string]any
	require.NoError(t, w.e.call("initialize", map[string]any{"processId": nil, "capabilities": map[string]any{},
		"workspaceFolders": []map[string]any{{"uri": uri.File(root), "name": "markers"}}}, &caps))
	w.e.notify("initialized", map[string]any{})
	legend := caps["capabilities"].(map[string]any)["semanticTokensProvider"].(map[string]any)["legend"].(map[string]any)
	w.legend = map[string][]string{}
	for _, k := range []string{"tokenTypes", "tokenModifiers"} {
		for _, v := range legend[k].([]any) {
			w.legend[k] = append(w.legend[k], v.(string))
		}
	}
	for u, text := range texts {
		w.e.openURI(u, text)
	}
	for u := range texts {
		w.diags[u] = w.e.diagnostics(u)
	}
	w.checkDiagnostics(t, markers)
	for _, m := range markers {
		if m.kind == "diag" {
			continue
		}
		t.Run(fmt.Sprintf("%s:%d:%s", m.file, m.line+1, m.kind), func(t *testing.T) { w.check(t, m) })
	}
}

// checkDiagnostics requires the diagnostics to be exactly the @diag
// markers, line by line.
func (w *markerWorkspace) checkDiagnostics(t *testing.T, markers []editorMarker) {
	want := map[string][]string{}
	for _, m := range markers {
		if m.kind == "diag" {
			key := fmt.Sprintf("%s:%d", m.file, m.line+1)
			want[key] = append(want[key], m.args[0])
		}
	}
	got := map[string][]string{}
	for u, ds := range w.diags {
		for _, d := range ds {
			key := fmt.Sprintf("%s:%d", filepath.Base(uri.URI(u).Filename()), d.Range.Start.Line+1)
			got[key] = append(got[key], fmt.Sprint(d.Code))
		}
	}
	for _, m := range []map[string][]string{want, got} {
		for _, codes := range m {
			sort.Strings(codes)
		}
	}
	assert.Equal(t, want, got, "diagnostics by line")
}

// place names a location as labels do.
func place(l protocol.Location) string {
	return fmt.Sprintf("%s:%d:%d", filepath.Base(uri.URI(l.URI).Filename()), l.Range.Start.Line, l.Range.Start.Character)
}

func (w *markerWorkspace) places(labels []string) []string {
	var out []string
	for _, l := range labels {
		p, ok := w.labels[l]
		require.True(w.e.t, ok, "no label %s", l)
		out = append(out, p)
	}
	return out
}

// text is the source a range covers, on one line or several.
func (w *markerWorkspace) text(u protocol.DocumentURI, r protocol.Range) string {
	lines := w.lines[u]
	if r.Start.Line == r.End.Line {
		return lines[r.Start.Line][r.Start.Character:r.End.Character]
	}
	parts := []string{lines[r.Start.Line][r.Start.Character:]}
	for l := r.Start.Line + 1; l < r.End.Line; l++ {
		parts = append(parts, lines[l])
	}
	return strings.Join(append(parts, lines[r.End.Line][:r.End.Character]), "\n")
}

func (w *markerWorkspace) check(t *testing.T, m editorMarker) {
	e := w.e
	e.t = t
	doc := map[string]any{"uri": m.u}
	switch m.kind {
	case "hover":
		var h *protocol.Hover
		require.NoError(t, e.call("textDocument/hover", m.pos(), &h))
		require.NotNil(t, h, m)
		assert.Contains(t, h.Contents.Value, m.args[1], m)
	case "def", "decl", "typedef", "refs":
		method := map[string]string{"def": "textDocument/definition", "decl": "textDocument/declaration",
			"typedef": "textDocument/typeDefinition", "refs": "textDocument/references"}[m.kind]
		var params any = m.pos()
		if m.kind == "refs" {
			params = protocol.ReferenceParams{TextDocumentPositionParams: m.pos(), Context: protocol.ReferenceContext{IncludeDeclaration: true}}
		}
		var locs []protocol.Location
		require.NoError(t, e.call(method, params, &locs))
		var got []string
		for _, l := range locs {
			got = append(got, place(l))
		}
		assert.ElementsMatch(t, w.places(m.args[1:]), got, m)
	case "highlight":
		var hs []protocol.DocumentHighlight
		require.NoError(t, e.call("textDocument/documentHighlight", m.pos(), &hs))
		var got []string
		for _, h := range hs {
			got = append(got, place(protocol.Location{URI: m.u, Range: h.Range}))
		}
		assert.ElementsMatch(t, w.places(m.args[1:]), got, m)
	case "rename":
		var prep *protocol.Range
		require.NoError(t, e.call("textDocument/prepareRename", m.pos(), &prep))
		require.NotNil(t, prep, m)
		assert.Equal(t, m.args[0], w.text(m.u, *prep), m)
		var edit protocol.WorkspaceEdit
		require.NoError(t, e.call("textDocument/rename", protocol.RenameParams{TextDocumentPositionParams: m.pos(), NewName: m.args[1]}, &edit))
		var got []string
		for u, edits := range edit.Changes {
			for _, ed := range edits {
				assert.Equal(t, m.args[1], ed.NewText, m)
				got = append(got, place(protocol.Location{URI: u, Range: ed.Range}))
			}
		}
		assert.ElementsMatch(t, w.places(m.args[2:]), got, m)
	case "norename":
		var prep *protocol.Range
		require.NoError(t, e.call("textDocument/prepareRename", m.pos(), &prep))
		assert.Nil(t, prep, m)
	case "complete", "nocomplete", "resolve":
		var list protocol.CompletionList
		require.NoError(t, e.call("textDocument/completion", m.end(), &list))
		items := map[string]protocol.CompletionItem{}
		for _, it := range list.Items {
			items[it.Label] = it
		}
		if m.kind == "resolve" {
			item, ok := items[m.args[1]]
			require.True(t, ok, "%s: %s not offered", m, m.args[1])
			var resolved protocol.CompletionItem
			require.NoError(t, e.call("completionItem/resolve", item, &resolved))
			docs, err := json.Marshal(resolved.Documentation)
			require.NoError(t, err)
			assert.Contains(t, string(docs), m.args[2], m)
			return
		}
		for _, label := range m.args[1:] {
			_, ok := items[label]
			assert.Equal(t, m.kind == "complete", ok, "%s: %s", m, label)
		}
	case "signature":
		var help protocol.SignatureHelp
		require.NoError(t, e.call("textDocument/signatureHelp", m.end(), &help))
		require.NotEmpty(t, help.Signatures, m)
		assert.Equal(t, m.args[1], help.Signatures[0].Label, m)
		n, err := strconv.Atoi(m.args[2])
		require.NoError(t, err)
		assert.Equal(t, uint32(n), help.ActiveParameter, m)
	case "symbol":
		var syms []protocol.DocumentSymbol
		require.NoError(t, e.call("textDocument/documentSymbol", map[string]any{"textDocument": doc}, &syms))
		var found []string
		var walk func([]protocol.DocumentSymbol)
		walk = func(ss []protocol.DocumentSymbol) {
			for _, s := range ss {
				if s.Name == m.args[0] && s.SelectionRange.Start.Line == m.line {
					found = append(found, s.Kind.String())
				}
				walk(s.Children)
			}
		}
		walk(syms)
		assert.Equal(t, []string{m.args[1]}, found, m)
	case "wsymbol":
		var syms []protocol.SymbolInformation
		require.NoError(t, e.call("workspace/symbol", protocol.WorkspaceSymbolParams{Query: m.args[0]}, &syms))
		var found bool
		for _, s := range syms {
			found = found || s.Name == m.args[1] && s.Location.URI == m.u && s.Location.Range.Start.Line == m.line
		}
		assert.True(t, found, "%s: got %v", m, syms)
	case "fold":
		var folds []protocol.FoldingRange
		require.NoError(t, e.call("textDocument/foldingRange", map[string]any{"textDocument": doc}, &folds))
		end := w.places(m.args[1:2])[0]
		endLine, err := strconv.Atoi(strings.Split(end, ":")[1])
		require.NoError(t, err)
		var found bool
		for _, f := range folds {
			found = found || f.StartLine == m.line && f.EndLine == uint32(endLine)
		}
		assert.True(t, found, "%s: got %v", m, folds)
	case "select":
		var sel []protocol.SelectionRange
		require.NoError(t, e.call("textDocument/selectionRange", map[string]any{"textDocument": doc, "positions": []protocol.Position{m.pos().Position}}, &sel))
		require.Len(t, sel, 1)
		var covered []string
		for s := &sel[0]; s != nil; s = s.Parent {
			covered = append(covered, w.text(m.u, s.Range))
		}
		assert.Contains(t, covered, m.args[1], m)
	case "inlay":
		var hints []inlayHint
		require.NoError(t, e.call("textDocument/inlayHint", map[string]any{"textDocument": doc, "range": rng(0, 0, uint32(len(w.lines[m.u])), 0)}, &hints))
		assert.Contains(t, hints, inlayHint{Position: m.end().Position, Label: m.args[1], Kind: inlayHintKindType}, m)
	case "fix":
		var ds []protocol.Diagnostic
		for _, d := range w.diags[m.u] {
			if d.Range.Start.Line == m.line {
				ds = append(ds, d)
			}
		}
		var actions []protocol.CodeAction
		require.NoError(t, e.call("textDocument/codeAction", protocol.CodeActionParams{TextDocument: protocol.TextDocumentIdentifier{URI: m.u},
			Range: protocol.Range{Start: m.pos().Position, End: m.end().Position}, Context: protocol.CodeActionContext{Diagnostics: ds}}, &actions))
		var found bool
		for _, a := range actions {
			if a.Title != m.args[1] || a.Edit == nil {
				continue
			}
			for _, ed := range a.Edit.Changes[m.u] {
				found = found || ed.NewText == m.args[2]
			}
		}
		assert.True(t, found, "%s: got %v", m, actions)
	case "lens":
		var lenses []protocol.CodeLens
		require.NoError(t, e.call("textDocument/codeLens", map[string]any{"textDocument": doc}, &lenses))
		var found bool
		for _, l := range lenses {
			found = found || l.Command != nil && l.Command.Title == m.args[0] && l.Range.Start.Line == m.line
		}
		assert.True(t, found, "%s: got %v", m, lenses)
	case "token":
		var toks semanticTokens
		require.NoError(t, e.call("textDocument/semanticTokens/full", map[string]any{"textDocument": doc}, &toks))
		require.Zero(t, len(toks.Data)%5)
		var line, col uint32
		var got []string
		for i := 0; i < len(toks.Data); i += 5 {
			if toks.Data[i] > 0 {
				line, col = line+toks.Data[i], 0
			}
			col += toks.Data[i+1]
			if line != m.line || col != m.col || toks.Data[i+2] != uint32(len(m.args[0])) {
				continue
			}
			got = append(got, w.legend["tokenTypes"][toks.Data[i+3]])
			for b, name := range w.legend["tokenModifiers"] {
				if toks.Data[i+4]&(1<<b) != 0 {
					got = append(got, name)
				}
			}
		}
		assert.Equal(t, m.args[1:], got, m)
	case "incoming", "outgoing":
		var items []protocol.CallHierarchyItem
		require.NoError(t, e.call("textDocument/prepareCallHierarchy", m.pos(), &items))
		require.Len(t, items, 1, m)
		var names []string
		if m.kind == "incoming" {
			var calls []protocol.CallHierarchyIncomingCall
			require.NoError(t, e.call("callHierarchy/incomingCalls", map[string]any{"item": items[0]}, &calls))
			for _, c := range calls {
				names = append(names, c.From.Name)
			}
		} else {
			var calls []protocol.CallHierarchyOutgoingCall
			require.NoError(t, e.call("callHierarchy/outgoingCalls", map[string]any{"item": items[0]}, &calls))
			for _, c := range calls {
				names = append(names, c.To.Name)
			}
		}
		assert.Contains(t, names, m.args[1], m)
	default:
		t.Fatalf("%s: unknown marker", m)
	}
}

// TestEditorCheckMarkers sends the check tests of package analysis
// (../analysis/testdata/checks, with "# want" comments, see
// analysis/marker_test.go) through the editor: every diagnostic published
// for a file must be wanted on its line, by code or part of its message,
// and every want met.
func TestEditorCheckMarkers(t *testing.T) {
	files, err := filepath.Glob("../analysis/testdata/checks/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	wantRE := regexp.MustCompile(`#\s*want((?:\s+"[^"]*")+)\s*$`)
	quotedRE := regexp.MustCompile(`"([^"]*)"`)
	e, _ := start(t)
	for _, path := range files {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		wants := map[uint32][]string{}
		for i, line := range strings.Split(string(src), "\n") {
			if m := wantRE.FindStringSubmatch(line); m != nil {
				for _, q := range quotedRE.FindAllStringSubmatch(m[1], -1) {
					wants[uint32(i)] = append(wants[uint32(i)], q[1])
				}
			}
		}
		u := e.open(filepath.Base(path), string(src))
		got := map[uint32][]protocol.Diagnostic{}
		for _, d := range e.diagnostics(u) {
			got[d.Range.Start.Line] = append(got[d.Range.Start.Line], d)
		}
		for line, ws := range wants {
			for _, w := range ws {
				i := slices.IndexFunc(got[line], func(d protocol.Diagnostic) bool { return d.Code == w || strings.Contains(d.Message, w) })
				if assert.GreaterOrEqual(t, i, 0, "%s:%d: no diagnostic matches %q", path, line+1, w) {
					got[line] = slices.Delete(got[line], i, i+1)
				}
			}
		}
		for line, ds := range got {
			for _, d := range ds {
				assert.Fail(t, "unexpected diagnostic", "%s:%d: [%v] %s", path, line+1, d.Code, d.Message)
			}
		}
	}
}
