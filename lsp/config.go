package lsp

import (
	"context"
	"encoding/json"
	"time"

	"go.lsp.dev/protocol"
)

// settings are the server's options, under the "tasklet" section of the
// editor's configuration:
//
//	{"tasklet": {"disabledChecks": ["TL006", "unused-variable"]}}
type settings struct {
	// DisabledChecks lists diagnostic codes that are not reported.
	DisabledChecks []string `json:"disabledChecks"`
}

// configTimeout bounds the wait for the client's answer to
// workspace/configuration; a client that never answers leaves the
// settings as they were.
const configTimeout = 10 * time.Second

func (s *Server) initializedNotification(ctx context.Context, _ json.RawMessage) (any, error) {
	s.mu.Lock()
	pull, watch := s.clientConfig, s.clientWatch
	s.mu.Unlock()
	if pull {
		go s.fetchConfiguration(ctx)
	}
	if watch {
		go s.watchFiles(ctx)
	}
	return nil, nil
}

// watchFiles asks the client to report changes of Python files on disk
// (workspace/didChangeWatchedFiles), which a client sends only once a
// server registered for them: an imported file may change outside the
// editor, by a git checkout or a generator. Like fetchConfiguration it
// runs on its own goroutine, since the answer comes through the read loop.
func (s *Server) watchFiles(ctx context.Context) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), configTimeout)
	defer cancel()
	params := protocol.RegistrationParams{Registrations: []protocol.Registration{{
		ID:     "tasklet-watched-files",
		Method: "workspace/didChangeWatchedFiles",
		RegisterOptions: protocol.DidChangeWatchedFilesRegistrationOptions{
			Watchers: []protocol.FileSystemWatcher{{GlobPattern: "**/*.py"}},
		},
	}}}
	if _, err := s.conn.Call(ctx, "client/registerCapability", params, nil); err != nil {
		s.logf("client/registerCapability: %v", err)
	}
}

// didChangeConfiguration takes the settings the notification carries, or,
// when it carries none (as clients that support pulling do), asks for them.
func (s *Server) didChangeConfiguration(ctx context.Context, params json.RawMessage) (any, error) {
	var p struct {
		Settings struct {
			Tasklet *settings `json:"tasklet"`
		} `json:"settings"`
	}
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	if p.Settings.Tasklet != nil {
		s.apply(*p.Settings.Tasklet)
		return nil, nil
	}
	s.mu.Lock()
	pull := s.clientConfig
	s.mu.Unlock()
	if pull {
		go s.fetchConfiguration(ctx)
	}
	return nil, nil
}

// fetchConfiguration asks the client for the "tasklet" section. It runs on
// its own goroutine: the answer arrives through the read loop, which a
// handler waiting for it would block, and the session would deadlock.
func (s *Server) fetchConfiguration(ctx context.Context) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), configTimeout)
	defer cancel()
	var result []settings
	params := protocol.ConfigurationParams{Items: []protocol.ConfigurationItem{{Section: "tasklet"}}}
	if _, err := s.conn.Call(ctx, "workspace/configuration", params, &result); err != nil {
		s.logf("workspace/configuration: %v", err)
		return
	}
	if len(result) == 1 {
		s.apply(result[0])
	}
}

// apply installs new settings and publishes every open document's
// diagnostics again under them.
func (s *Server) apply(cfg settings) {
	disabled := map[string]bool{}
	for _, c := range cfg.DisabledChecks {
		disabled[c] = true
	}
	s.mu.Lock()
	s.disabled = disabled
	var uris []protocol.DocumentURI
	for u := range s.docs {
		uris = append(uris, u)
	}
	s.mu.Unlock()
	for _, u := range uris {
		s.invalidate(u)
	}
}
