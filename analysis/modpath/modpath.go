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
