// Package lsp owns the Tasklet language server: the LSP session on top of
// go.lsp.dev/protocol v0.12.0 (LSP 3.16, plus the few 3.17 messages it
// lacks, declared here), the open documents and their incremental edits,
// the snapshots of analysis that requests answer from, and the conversion
// between byte offsets and the UTF-16 positions of the wire.
//
// It holds no analysis logic: every answer comes from package analysis,
// translated into protocol types. It never runs user code.
package lsp
