package lsp

import (
	"context"
	"encoding/json"
	"hash/maphash"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"

	"tasklet/analysis"
)

// maxWorkspaceFiles bounds how many files a workspace-wide request reads,
// so that opening a home folder by mistake does not stall the server.
const maxWorkspaceFiles = 5000

// A workspaceFile is the analysis of a file of the workspace for the
// requests that span files (references, rename, symbols, call hierarchy).
// It is keyed by the hash of the text it was made from, so an unchanged
// file is not analyzed again.
type workspaceFile struct {
	hash uint64
	res  *analysis.Result
}

var hashSeed = maphash.MakeSeed()

// setFolders replaces the workspace folders.
func (s *Server) setFolders(folders []protocol.WorkspaceFolder) {
	var paths []string
	for _, f := range folders {
		if p, ok := pathOf(protocol.DocumentURI(f.URI)); ok {
			paths = append(paths, p)
		}
	}
	s.mu.Lock()
	s.folders = paths
	s.mu.Unlock()
}

type didChangeWorkspaceFoldersParams struct {
	Event struct {
		Added   []protocol.WorkspaceFolder `json:"added"`
		Removed []protocol.WorkspaceFolder `json:"removed"`
	} `json:"event"`
}

func (s *Server) didChangeWorkspaceFolders(_ context.Context, params json.RawMessage) (any, error) {
	var p didChangeWorkspaceFoldersParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	removed := map[string]bool{}
	for _, f := range p.Event.Removed {
		if path, ok := pathOf(protocol.DocumentURI(f.URI)); ok {
			removed[path] = true
		}
	}
	s.mu.Lock()
	var keep []string
	for _, f := range s.folders {
		if !removed[f] {
			keep = append(keep, f)
		}
	}
	for _, f := range p.Event.Added {
		if path, ok := pathOf(protocol.DocumentURI(f.URI)); ok {
			keep = append(keep, path)
		}
	}
	s.folders = keep
	s.mu.Unlock()
	return nil, nil
}

// workspaceFiles lists the Python files of the workspace folders and the
// open documents, sorted. Hidden folders and the usual homes of installed
// packages are skipped: they are not the user's program.
func (s *Server) workspaceFiles() []string {
	s.mu.Lock()
	folders := append([]string(nil), s.folders...)
	seen := map[string]bool{}
	for _, doc := range s.docs {
		if _, ok := pathOf(doc.uri); ok {
			seen[doc.path] = true
		}
	}
	s.mu.Unlock()
	for _, root := range folders {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || len(seen) >= maxWorkspaceFiles {
				return filepath.SkipDir
			}
			name := d.Name()
			if d.IsDir() {
				if path != root && (strings.HasPrefix(name, ".") || name == "node_modules" || name == "__pycache__" || name == "site-packages") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(name, ".py") {
				seen[path] = true
			}
			return nil
		})
	}
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// analyzeFile returns the analysis of a workspace file, open or on disk,
// from the cache when its text has not changed.
func (s *Server) analyzeFile(path string) *analysis.Result {
	src, ok := s.source(path)
	if !ok {
		return nil
	}
	h := maphash.Bytes(hashSeed, src)
	s.mu.Lock()
	if f, ok := s.files[path]; ok && f.hash == h {
		s.mu.Unlock()
		return f.res
	}
	s.mu.Unlock()
	res := analysis.Analyze(path, src, s.importOptions(path))
	s.mu.Lock()
	s.files[path] = workspaceFile{hash: h, res: res}
	s.mu.Unlock()
	return res
}

// uriOf is the URI of a file: the open document's when there is one.
func (s *Server) uriOf(path string) protocol.DocumentURI {
	s.mu.Lock()
	defer s.mu.Unlock()
	for u, doc := range s.docs {
		if doc.path == path {
			return u
		}
	}
	return uri.File(path)
}

// didChangeWatchedFiles drops what the server knows of files that changed
// on disk, and re-analyzes every open document: a file they import may be
// among them.
func (s *Server) didChangeWatchedFiles(context.Context, json.RawMessage) (any, error) {
	s.modules.Clear()
	s.mu.Lock()
	clear(s.files)
	var uris []protocol.DocumentURI
	for u, doc := range s.docs {
		doc.deps++
		uris = append(uris, u)
	}
	s.mu.Unlock()
	for _, u := range uris {
		s.invalidate(u)
	}
	return nil, nil
}
