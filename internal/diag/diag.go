// Package diag owns how tasklet's command-line tools print a problem found in
// a source file: one line, "path:line:col: message".
//
// That is the form compilers print and that editors, terminals and CI logs
// turn into links to the spot. Every subcommand prints through this package
// so that their output reads alike.
package diag

import (
	"errors"
	"fmt"
	"io/fs"

	"tasklet/syntax"
)

// SyntaxError formats e, an error found in the file at path. Line and column
// are 1-based; the column counts bytes, as syntax.Pos does.
func SyntaxError(path string, e *syntax.Error) string {
	return fmt.Sprintf("%s:%d:%d: %s", path, e.Start.Line, e.Start.Col, e.Msg)
}

// ReadError formats err, the reason the file at path could not be read. The
// operating system's error repeats the operation and the path ("open x.py:
// no such file or directory"); only its reason is kept so that the path
// appears once, at the start of the line like every other problem.
func ReadError(path string, err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Sprintf("%s: %v", path, err)
}
