package lsp

import (
	"os"
	"path/filepath"

	"tasklet/analysis/modpath"
)

// importer finds the modules a document imports as the VM does (see
// package modpath). An open document's text wins over the file on disk,
// so unsaved edits of an imported file count.
func (s *Server) importer(doc *document) func(name string) (string, []byte, bool) {
	path, ok := pathOf(doc.uri)
	if !ok {
		return nil
	}
	s.mu.Lock()
	dirs := append([]string{filepath.Dir(path)}, s.taskletPath...)
	s.mu.Unlock()
	return modpath.Importer(dirs, s.source)
}

// source returns the text of a file: the open document's, or the file's
// on disk.
func (s *Server) source(path string) ([]byte, bool) {
	s.mu.Lock()
	for _, doc := range s.docs {
		if doc.path == path {
			text := doc.text
			s.mu.Unlock()
			return text, true
		}
	}
	s.mu.Unlock()
	src, err := os.ReadFile(path)
	return src, err == nil
}
