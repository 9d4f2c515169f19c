package lsp

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"tasklet/analysis"
	"tasklet/analysis/modpath"
)

// importOptions are the analysis options of a file at path: its imports
// found as the VM finds them (see package modpath), beside it and then on
// TASKLETPATH, and the server's cache of imported modules for that search
// path. An open document's text wins over the file on disk, so unsaved
// edits of an imported file count.
func (s *Server) importOptions(path string) analysis.Options {
	s.mu.Lock()
	dirs := append([]string{filepath.Dir(path)}, s.taskletPath...)
	s.mu.Unlock()
	return analysis.Options{Import: modpath.Importer(dirs, s.source), Modules: s.modules, ModulesScope: strings.Join(dirs, "\x00"),
		ListModules: func() []string { return modpath.List(dirs) }}
}

// importer gives the analysis options of a document: none for one that is
// not a file, which imports nothing.
func (s *Server) importer(doc *document) analysis.Options {
	path, ok := pathOf(doc.uri)
	if !ok {
		return analysis.Options{}
	}
	return s.importOptions(path)
}

// fileChanged tells the server that the text of the file at path changed
// (an edit, or a move between the editor and the disk): the cached
// modules and workspace files that read it are analyzed again, and so are
// the open documents that did.
func (s *Server) fileChanged(path string) {
	s.modules.Forget(path)
	s.mu.Lock()
	for p, f := range s.files {
		if slices.Contains(f.res.Imports, path) {
			delete(s.files, p)
		}
	}
	s.mu.Unlock()
	s.invalidateImporters(path)
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
