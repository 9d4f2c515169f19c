package lsp

import (
	"context"
	"encoding/json"

	"go.lsp.dev/protocol"
)

// The commands of the "Run | Debug" lens; the editor's extension runs the
// program or starts the debugger on the file they carry.
const (
	runCommand   = "tasklet.run"
	debugCommand = "tasklet.debug"
)

// codeLens puts "Run | Debug" on the first line of a tasklet program: a
// file that imports stackless.
func (s *Server) codeLens(_ context.Context, params json.RawMessage) (any, error) {
	var p protocol.CodeLensParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	snap, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	out := []protocol.CodeLens{}
	if !snap.res.ImportsStackless() {
		return out, nil
	}
	top := protocol.Range{}
	args := []interface{}{string(snap.uri)}
	out = append(out,
		protocol.CodeLens{Range: top, Command: &protocol.Command{Title: "Run", Command: runCommand, Arguments: args}},
		protocol.CodeLens{Range: top, Command: &protocol.Command{Title: "Debug", Command: debugCommand, Arguments: args}})
	return out, nil
}
