package lsp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
)

// benchProgram is a tasklet program of about n lines.
func benchProgram(n int) string {
	var b strings.Builder
	b.WriteString("import stackless\n")
	for i := 0; strings.Count(b.String(), "\n") < n; i++ {
		fmt.Fprintf(&b, "\nch%[1]d = stackless.channel()\n\n\ndef producer%[1]d(count):\n    for i in range(count):\n        ch%[1]d.send(i)\n\n\ndef consumer%[1]d():\n    total = 0\n    for _ in range(10):\n        total += ch%[1]d.receive()\n    print(total)\n\n\nstackless.tasklet(producer%[1]d)(10)\nstackless.tasklet(consumer%[1]d)()\n", i)
	}
	return b.String() + "stackless.run()\n"
}

// BenchmarkRediagnose measures, through the protocol, the time from a
// one-character edit of a 10,000-line file to its published diagnostics.
func BenchmarkRediagnose(b *testing.B) {
	e, _ := start(b)
	u := e.open("big.py", benchProgram(10000))
	e.diagnostics(u)
	for b.Loop() {
		e.edit(u, rng(1, 0, 1, 0), "#")
		e.diagnostics(u)
		e.edit(u, rng(1, 0, 1, 1), "")
		e.diagnostics(u)
	}
}

// BenchmarkCompletion measures a completion request after a dot in a
// 10,000-line file whose analysis is up to date.
func BenchmarkCompletion(b *testing.B) {
	e, _ := start(b)
	text := benchProgram(10000) + "ch1.re\n"
	u := e.open("big.py", text)
	e.diagnostics(u)
	line := uint32(strings.Count(text, "\n") - 1)
	var list protocol.CompletionList
	for b.Loop() {
		if err := e.call("textDocument/completion", at(u, line, 6), &list); err != nil || len(list.Items) == 0 {
			b.Fatal("no completion", err)
		}
	}
}

// BenchmarkRediagnoseImporter measures a one-character edit of a small
// file that imports a 10,000-line module from disk: the module is not
// analyzed again.
func BenchmarkRediagnoseImporter(b *testing.B) {
	root := b.TempDir()
	if err := os.WriteFile(filepath.Join(root, "big.py"), []byte(benchProgram(10000)), 0o644); err != nil {
		b.Fatal(err)
	}
	e, _ := start(b)
	u := uri.File(filepath.Join(root, "app.py"))
	e.openURI(u, "import big\n\nbig.producer1(3)\nbig.ch2.send(1)\n")
	e.diagnostics(u)
	for b.Loop() {
		e.edit(u, rng(1, 0, 1, 0), "#")
		e.diagnostics(u)
		e.edit(u, rng(1, 0, 1, 1), "")
		e.diagnostics(u)
	}
}
