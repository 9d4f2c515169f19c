package lsp

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.lsp.dev/protocol"
)

// FuzzMessages sends one arbitrary message body; whatever it is, the
// server must then still answer a well-formed request.
func FuzzMessages(f *testing.F) {
	for _, seed := range []string{
		"", "{}", "null", `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.py","version":2},"contentChanges":[{"range":{"start":{"line":99,"character":1}},"text":"x"}]}}`,
		`{"jsonrpc":"2.0","id":"s","method":"textDocument/completion","params":{"textDocument":{"uri":"untitled:1"},"position":{"line":0,"character":4294967295}}}`,
		`{"jsonrpc":"2.0","id":2,"result":null}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		c := newRawClient(t)
		c.write(frame(`{"jsonrpc":"2.0","id":"first","method":"initialize","params":{"capabilities":{}}}`))
		c.response("first")
		c.write(frame(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.py","languageId":"python","version":1,"text":"import stackless\nx = 1\n"}}}`))
		c.write(frame(string(body)))
		c.write(frame(`{"jsonrpc":"2.0","id":"last","method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///a.py"}}}`))
		c.response("last")
	})
}

// FuzzEdits applies arbitrary edits, invalid UTF-8, huge lines and
// deleting everything included, to an open document; after each the
// server must go on answering and publish diagnostics for the last
// version.
func FuzzEdits(f *testing.F) {
	f.Add(program, []byte{3, 4, 3, 9, 2, 'x', 'y'})
	f.Add("s = '😀'\n", []byte{0, 6, 0, 7, 1, 0xff})
	f.Add("def f(:\n\tpass\n", []byte{0, 0, 200, 0, 0})
	f.Add("x", []byte{0, 1, 0, 1, 255})
	f.Fuzz(func(t *testing.T, text string, ops []byte) {
		e, _ := start(t)
		u := e.open("fuzz.py", text)
		// Each edit is five bytes, start line and character, end line and
		// character, and the length of the text to insert, then the text; a
		// length of 255 inserts a 100,000-byte line instead.
		for len(ops) >= 5 {
			r := rng(uint32(ops[0]), uint32(ops[1]), uint32(ops[2]), uint32(ops[3]))
			n := min(int(ops[4]), len(ops)-5)
			ins := string(ops[5 : 5+n])
			if ops[4] == 255 {
				ins = strings.Repeat("x", 100000)
			}
			ops = ops[5+n:]
			e.edit(u, r, ins)
		}
		e.diagnostics(u)
		for _, method := range []string{"textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/signatureHelp"} {
			var out any
			require.NoError(t, e.call(method, at(u, 0, 3), &out), method)
		}
		var syms []protocol.DocumentSymbol
		require.NoError(t, e.call("textDocument/documentSymbol", map[string]any{"textDocument": map[string]any{"uri": u}}, &syms))
	})
}
