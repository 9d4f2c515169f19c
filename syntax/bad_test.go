package syntax_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/syntax"
)

// A cpythonError is the expected error of a testdata/bad file, as
// gen_bad.py recorded it from CPython.
type cpythonError struct {
	line, col int    // col is CPython's 1-based offset in characters; either is 0 if CPython gives none
	text      string // "ExcType: message"
}

func readCPythonError(t *testing.T, path string) cpythonError {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err, "run testdata/gen_bad.py to record CPython's error")
	where, text, ok := strings.Cut(strings.TrimSuffix(string(data), "\n"), ": ")
	require.True(t, ok, "%s: want LINE:COL: TYPE: MESSAGE, got %q", path, data)
	lineText, colText, _ := strings.Cut(where, ":")
	line, _ := strconv.Atoi(lineText) // CPython may give no line ("None") or line 0
	col, _ := strconv.Atoi(colText)   // or no offset
	return cpythonError{line: line, col: col, text: text}
}

// byteCol converts CPython's character offset on line n of src into the
// parser's byte column. CPython may point one or more characters past the
// end of the line; those count one byte each.
func byteCol(src []byte, n, col int) int {
	lines := bytes.Split(src, []byte("\n"))
	if n < 1 || n > len(lines) {
		return col
	}
	line := lines[n-1]
	b := 0
	for chars := 1; chars < col; chars++ {
		if b < len(line) {
			_, size := utf8.DecodeRune(line[b:])
			b += size
		} else {
			b++
		}
	}
	return b + 1
}

// TestBadSyntax parses each file of testdata/bad and checks that the error
// that syntax.FirstError picks is CPython's: the same exception type and message,
// and where CPython gives them the same line, and the same column once
// CPython's character count is turned into bytes.
func TestBadSyntax(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "bad", "*.py"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".py"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			want := readCPythonError(t, path+".err")
			f, errs := syntax.Parse(path, src)
			require.NotEmpty(t, errs, "CPython: %d:%d: %s", want.line, want.col, want.text)
			if hasMatch(f) {
				// The language rejects match statements, and the parser
				// reports that first, where CPython reports the error in
				// the statement.
				t.Skip("the file has a match statement")
			}
			var all []string
			for _, e := range errs {
				all = append(all, fmt.Sprintf("%s: %s: %s", e.Start, e.Kind, e.Msg))
			}
			first := syntax.FirstError(errs)
			assert.Equal(t, want.text, fmt.Sprintf("%s: %s", first.Kind, first.Msg),
				"first error (type: message); all errors: %q", all)
			if want.line > 0 {
				assert.Equal(t, want.line, int(first.Start.Line), "line of the first error %v", first)
			}
			if want.col > 0 {
				assert.Equal(t, byteCol(src, want.line, want.col), int(first.Start.Col),
					"column of the first error %v; CPython's offset is %d", first, want.col)
			}
		})
	}
}

// hasMatch reports whether f has a match statement.
func hasMatch(f *syntax.File) bool {
	found := false
	syntax.Walk(f, func(n syntax.Node) bool {
		_, isMatch := n.(*syntax.Match)
		found = found || isMatch
		return !found
	})
	return found
}

// TestBadSyntaxExpectationsAreCPythons runs gen_bad.py again and checks that
// it reproduces the checked-in .err files, so that they stay CPython's word
// and not someone's edit.
func TestBadSyntaxExpectationsAreCPythons(t *testing.T) {
	requirePython(t)
	out := t.TempDir()
	cmd := exec.Command(python, filepath.Join("testdata", "gen_bad.py"), "--out", out)
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "gen_bad.py: %s", msg)

	fresh, err := filepath.Glob(filepath.Join(out, "*.err"))
	require.NoError(t, err)
	checkedIn, err := filepath.Glob(filepath.Join("testdata", "bad", "*.err"))
	require.NoError(t, err)
	names := func(paths []string) []string {
		var out []string
		for _, p := range paths {
			out = append(out, filepath.Base(p))
		}
		return out
	}
	require.Equal(t, names(fresh), names(checkedIn), "the .err files of testdata/bad")
	for _, path := range checkedIn {
		want, err := os.ReadFile(filepath.Join(out, filepath.Base(path)))
		require.NoError(t, err)
		got, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "%s differs from what gen_bad.py writes", path)
	}
}
