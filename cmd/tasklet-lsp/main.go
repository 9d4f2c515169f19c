// Command tasklet-lsp is Tasklet's language server: it speaks the Language
// Server Protocol on standard input and output, and writes its own error
// reports on standard error. Editors start it; it takes no arguments but
// --stdio, which clients that can use other transports pass.
//
// The work lives in package lsp; this command only wires the standard
// streams to it and exits with the status the protocol prescribes.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"tasklet/lsp"
)

// stdio joins standard input and output into the one connection LSP runs
// on.
type stdio struct {
	io.Reader
	io.Writer
}

func (stdio) Close() error {
	return os.Stdin.Close()
}

func main() {
	// Clients that start a server over stdio often say so with --stdio
	// (vscode-languageclient does); it is what the server does anyway.
	if len(os.Args) > 2 || len(os.Args) == 2 && os.Args[1] != "--stdio" {
		fmt.Fprintln(os.Stderr, "usage: tasklet-lsp [--stdio]\n\ntasklet-lsp speaks the Language Server Protocol on stdin and stdout; an editor starts it.")
		os.Exit(2)
	}
	// Analysis makes many small, short-lived maps and the server's live
	// heap is small: collecting less often cuts re-diagnosis of a large
	// file by about a third, for a few tens of megabytes. GOGC still
	// overrides it.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(lsp.Serve(context.Background(), stdio{os.Stdin, os.Stdout}, os.Stderr))
}
