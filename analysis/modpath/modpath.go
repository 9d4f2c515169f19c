// Package modpath finds the source of the module that "import name" loads,
// as the VM finds it: name.py, or the package name/__init__.py, beside the
// main script, then in each folder of TASKLETPATH. It is the one piece of
// analysis that touches files, kept apart so that package analysis stays a
// pure function of the text it is given; the language server and "tasklet
// check" share it, so that both resolve an import the same way.
package modpath

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A Reader returns the text of a file, or false when there is none. The
// language server reads an open document's unsaved text; the shell reads
// the disk.
type Reader func(path string) ([]byte, bool)

// ReadDisk is the Reader of files on disk.
func ReadDisk(path string) ([]byte, bool) {
	src, err := os.ReadFile(path)
	return src, err == nil
}

// SearchPath is where imports of the script at path are looked for, in
// order: the script's folder, then the folders of taskletPath (the value
// of TASKLETPATH, split by the system's list separator).
func SearchPath(script, taskletPath string) []string {
	dirs := []string{filepath.Dir(script)}
	for _, d := range filepath.SplitList(taskletPath) {
		if d != "" {
			dirs = append(dirs, d)
		}
	}
	return dirs
}

// Importer returns the function analysis.Options.Import expects: it
// finds a module in dirs, in order, and reads it with read.
func Importer(dirs []string, read Reader) func(name string) (string, []byte, bool) {
	return func(name string) (string, []byte, bool) { return Find(dirs, name, read) }
}

// Find looks module name (dotted for a submodule) up in dirs.
func Find(dirs []string, name string, read Reader) (string, []byte, bool) {
	rel := filepath.FromSlash(strings.ReplaceAll(name, ".", "/"))
	for _, dir := range dirs {
		for _, cand := range []string{filepath.Join(dir, rel+".py"), filepath.Join(dir, rel, "__init__.py")} {
			if src, ok := read(cand); ok {
				return cand, src, true
			}
		}
	}
	return "", nil, false
}

// List names the modules that imports can find in dirs, for completion:
// each name.py and each package (a folder with __init__.py), with the
// modules of a package's folder as package.name.
func List(dirs []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	var scan func(dir, prefix string, depth int)
	scan = func(dir, prefix string, depth int) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return
		}
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() {
				if _, err := os.Stat(filepath.Join(dir, name, "__init__.py")); err == nil && identifier(name) {
					add(prefix + name)
					if depth == 0 {
						scan(filepath.Join(dir, name), prefix+name+".", depth+1)
					}
				}
				continue
			}
			if mod, ok := strings.CutSuffix(name, ".py"); ok && mod != "__init__" && identifier(mod) {
				add(prefix + mod)
			}
		}
	}
	for _, d := range dirs {
		scan(d, "", 0)
	}
	sort.Strings(out)
	return out
}

// identifier reports whether a file name can be imported: an ASCII
// identifier (module names beyond ASCII are rare enough to leave out).
func identifier(s string) bool {
	for i, c := range s {
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return s != ""
}
