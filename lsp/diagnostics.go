package lsp

import (
	"context"

	"go.lsp.dev/protocol"

	"tasklet/analysis"
)

// invalidate marks a document's diagnostics out of date and wakes the
// publisher.
func (s *Server) invalidate(u protocol.DocumentURI) {
	s.mu.Lock()
	s.pending[u] = true
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// publisher analyzes the documents that changed and publishes their
// diagnostics, off the read loop: edits that arrive meanwhile pile up in
// pending and are analyzed together, once, at their latest version.
func (s *Server) publisher(ctx context.Context) {
	for {
		select {
		case <-s.done:
			return
		case <-ctx.Done():
			return
		case <-s.wake:
		}
		s.mu.Lock()
		// The documents the user edited come first; those pending only
		// because a file they import changed (possibly many for one
		// keystroke) after them.
		var edited, importers []protocol.DocumentURI
		for u := range s.pending {
			if s.editedLocked(u) {
				edited = append(edited, u)
			} else {
				importers = append(importers, u)
			}
		}
		clear(s.pending)
		s.mu.Unlock()
		for _, u := range edited {
			s.publish(ctx, u)
		}
		for i, u := range importers {
			if s.editPending() {
				// Another keystroke arrived: it goes before the rest.
				s.requeue(importers[i:])
				break
			}
			s.publish(ctx, u)
		}
	}
}

// editedLocked reports whether a document's own text changed since its
// last analysis (rather than only a file it imports). s.mu is held.
func (s *Server) editedLocked(u protocol.DocumentURI) bool {
	doc := s.docs[u]
	return doc == nil || doc.snap == nil || doc.snap.version != doc.version
}

// editPending reports whether an edited document waits for diagnostics.
func (s *Server) editPending() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for u := range s.pending {
		if s.editedLocked(u) {
			return true
		}
	}
	return false
}

// requeue puts documents back among the pending ones, for the next round.
func (s *Server) requeue(uris []protocol.DocumentURI) {
	s.mu.Lock()
	for _, u := range uris {
		s.pending[u] = true
	}
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *Server) publish(ctx context.Context, u protocol.DocumentURI) {
	snap, err := s.safeSnapshot(u)
	if err != nil || snap == nil {
		return
	}
	s.mu.Lock()
	doc := s.docs[u]
	stale := doc == nil || doc.version != snap.version
	disabled := s.disabled
	s.mu.Unlock()
	if stale {
		// A newer version is pending and will be published instead.
		return
	}
	diags := make([]protocol.Diagnostic, 0, len(snap.res.Diagnostics))
	for _, d := range snap.res.Diagnostics {
		if !disabled[d.Code] {
			diags = append(diags, snap.diagnostic(d))
		}
	}
	if err := s.conn.Notify(ctx, "textDocument/publishDiagnostics", &protocol.PublishDiagnosticsParams{
		URI: u, Version: uint32(snap.version), Diagnostics: diags}); err != nil {
		s.logf("publish diagnostics: %v", err)
	}
}

// safeSnapshot is snapshot for the publisher goroutine, where a panic in
// analysis would end the process: it is logged and the file gets no
// diagnostics this time.
func (s *Server) safeSnapshot(u protocol.DocumentURI) (snap *snapshot, err error) {
	defer func() {
		if p := recover(); p != nil {
			s.logf("panic analyzing %s: %v", u, p)
			snap, err = nil, nil
		}
	}()
	return s.snapshot(u)
}

var severities = map[analysis.Severity]protocol.DiagnosticSeverity{
	analysis.Error:   protocol.DiagnosticSeverityError,
	analysis.Warning: protocol.DiagnosticSeverityWarning,
	analysis.Hint:    protocol.DiagnosticSeverityHint,
}

// diagnostic converts an analysis diagnostic.
func (snap *snapshot) diagnostic(d analysis.Diagnostic) protocol.Diagnostic {
	pd := protocol.Diagnostic{
		Range:    snap.m.rangeOf(d.Range),
		Severity: severities[d.Severity],
		Code:     d.Code,
		Source:   "tasklet",
		Message:  d.Message,
	}
	if d.Unnecessary {
		pd.Tags = []protocol.DiagnosticTag{protocol.DiagnosticTagUnnecessary}
	}
	for _, r := range d.Related {
		pd.RelatedInformation = append(pd.RelatedInformation, protocol.DiagnosticRelatedInformation{
			Location: protocol.Location{URI: snap.uri, Range: snap.m.rangeOf(r.Range)},
			Message:  r.Message,
		})
	}
	return pd
}
