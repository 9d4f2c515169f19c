package syntax_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"tasklet/syntax"
)

// python is the CPython 3.11 that defines what the parser must accept and
// where its statements begin and end. It is a fixed path rather than the
// first python3 on PATH so that a virtualenv cannot change the reference.
const python = "/usr/bin/python3"

// pypyLib is a second large body of real Python 3 code, used when present.
const pypyLib = "/usr/lib/pypy3.9"

// requirePython skips tb when the reference interpreter is missing.
func requirePython(tb testing.TB) {
	tb.Helper()
	if _, err := os.Stat(python); err != nil {
		tb.Skipf("%s is missing, so there is no CPython to compare the parser with", python)
	}
}

// corpusDirs returns the directories whose .py files form the stdlib
// corpus: CPython's own standard library and, when installed, PyPy's.
func corpusDirs(tb testing.TB) []string {
	tb.Helper()
	requirePython(tb)
	out, err := exec.Command(python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	require.NoError(tb, err, "asking %s for its stdlib directory", python)
	dirs := []string{strings.TrimSpace(string(out))}
	if st, err := os.Stat(pypyLib); err == nil && st.IsDir() {
		dirs = append(dirs, pypyLib)
	}
	return dirs
}

// pyFiles returns every .py file under dirs, sorted. Symbolic links to
// files are kept (the stdlib has a couple); links to directories are not
// followed, as they would visit the same files twice.
func pyFiles(tb testing.TB, dirs ...string) []string {
	tb.Helper()
	var files []string
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.HasSuffix(path, ".py") {
				return nil
			}
			if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
				return nil
			}
			files = append(files, path)
			return nil
		})
		require.NoError(tb, err)
	}
	sort.Strings(files)
	return files
}

// An oracleReport is what testdata/pyast_oracle.py says about one file.
type oracleReport struct {
	Path  string `json:"path"`
	OK    bool   `json:"ok"`
	Error *struct {
		Type   string `json:"type"`
		Msg    string `json:"msg"`
		Lineno int    `json:"lineno"`
		Offset int    `json:"offset"`
	} `json:"error"`
	Rejected *struct {
		Name      string `json:"name"`
		Lineno    int32  `json:"lineno"`
		ColOffset int32  `json:"col_offset"`
		EndLineno int32  `json:"end_lineno"`
	} `json:"rejected"`
	Stmts [][4]int32 `json:"stmts"`
}

// runOracle asks CPython about all files in one process: starting an
// interpreter per file would cost more than the parsing itself.
func runOracle(t *testing.T, files []string) map[string]*oracleReport {
	t.Helper()
	cmd := exec.Command(python, filepath.Join("testdata", "pyast_oracle.py"))
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "pyast_oracle.py failed:\n%s", stderr.String())
	reports := make(map[string]*oracleReport, len(files))
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		r := new(oracleReport)
		require.NoError(t, json.Unmarshal(sc.Bytes(), r), "oracle line %q", sc.Text())
		reports[r.Path] = r
	}
	require.NoError(t, sc.Err())
	require.Len(t, reports, len(files), "the oracle must report on every file")
	return reports
}

// stmtRanges returns the range of every statement and except handler in f,
// sorted by position, in the oracle's form: CPython's 0-based col_offset.
func stmtRanges(f *syntax.File) []stmtRange {
	var out []stmtRange
	syntax.Walk(f, func(n syntax.Node) bool {
		switch n.(type) {
		case syntax.Stmt, *syntax.ExceptHandler:
			r := n.Span()
			out = append(out, stmtRange{
				pos:  [4]int32{r.Start.Line, r.Start.Col - 1, r.End.Line, r.End.Col - 1},
				node: fmt.Sprintf("%T", n),
			})
		}
		return true
	})
	sort.Slice(out, func(i, j int) bool { return lessRange(out[i].pos, out[j].pos) })
	return out
}

// A stmtRange is a statement's position in the oracle's form, with the
// parser's node type when the parser produced it.
type stmtRange struct {
	pos  [4]int32
	node string
}

func lessRange(a, b [4]int32) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// fmtRange shows an oracle-form range as the parser's Range.String does,
// with 1-based columns, so that messages can be pasted into an editor.
func fmtRange(r [4]int32) string {
	return fmt.Sprintf("%d:%d-%d:%d", r[0], r[1]+1, r[2], r[3]+1)
}

// sourceLine returns line n (1-based) of src, shortened for a message.
func sourceLine(src []byte, n int32) string {
	lines := bytes.Split(src, []byte("\n"))
	if n < 1 || int(n) > len(lines) {
		return ""
	}
	line := strings.TrimRight(string(lines[n-1]), "\r")
	if len(line) > 70 {
		line = line[:67] + "..."
	}
	return line
}

// compareStmts lists where the parser's statements differ from CPython's.
// Statements are matched by start position rather than by index, so one
// missing statement shows as one difference instead of shifting all the
// rest; differing starts and differing ends are returned apart, as they
// are usually separate bugs.
func compareStmts(src []byte, want [][4]int32, got []stmtRange) (starts, ends []string) {
	type start struct{ line, col int32 }
	gotByStart := make(map[start]stmtRange, len(got))
	for _, g := range got {
		gotByStart[start{g.pos[0], g.pos[1]}] = g
	}
	wantStarts := make(map[start]bool, len(want))
	for _, w := range want {
		s := start{w[0], w[1]}
		wantStarts[s] = true
		g, ok := gotByStart[s]
		switch {
		case !ok:
			starts = append(starts, fmt.Sprintf("%d:%d: CPython has a statement %s, the parser none: `%s`",
				w[0], w[1]+1, fmtRange(w), sourceLine(src, w[0])))
		case g.pos != w:
			ends = append(ends, fmt.Sprintf("%d:%d: %s ends at %d:%d, CPython says %d:%d: `%s`",
				w[0], w[1]+1, g.node, g.pos[2], g.pos[3]+1, w[2], w[3]+1, sourceLine(src, w[2])))
		}
	}
	for _, g := range got {
		if !wantStarts[start{g.pos[0], g.pos[1]}] {
			starts = append(starts, fmt.Sprintf("%d:%d: the parser has a %s %s, CPython none: `%s`",
				g.pos[0], g.pos[1]+1, g.node, fmtRange(g.pos), sourceLine(src, g.pos[0])))
		}
	}
	return starts, ends
}

// rejectedNeedle maps the oracle's name of a rejected construct to the
// text that the parser's error must contain to count as naming it.
var rejectedNeedle = map[string][]string{
	"async def":       {"async"},
	"async for":       {"async"},
	"async with":      {"async"},
	"await":           {"await"},
	"match":           {"match"},
	"@":               {"@"},
	"@=":              {"@"},
	"complex literal": {"complex", "imaginary"},
	"except*":         {"except*"},
}

// namesConstruct reports whether one of errs names the rejected construct
// called name and points into its lines, line to endLine.
func namesConstruct(errs syntax.ErrorList, name string, line, endLine int32) bool {
	for _, e := range errs {
		if e.Start.Line < line || e.Start.Line > endLine {
			continue
		}
		for _, needle := range rejectedNeedle[name] {
			if strings.Contains(e.Msg, needle) {
				return true
			}
		}
	}
	return false
}

// A disagreements collects, for one kind of check, the files that fail it
// and a few details of each, so that a failure reads as a to-do list for
// the parser rather than as thousands of lines.
type disagreements struct {
	files []string
	notes map[string][]string
}

// Failure messages show this many files, and this many details per file.
const (
	maxFilesShown = 20
	maxNotesShown = 3
)

func (d *disagreements) add(path string, notes []string) {
	if len(notes) == 0 {
		return
	}
	if d.notes == nil {
		d.notes = make(map[string][]string)
	}
	d.files = append(d.files, path)
	d.notes[path] = notes
}

// check fails t with the first disagreements, if there are any.
func (d *disagreements) check(t *testing.T, what string, of int) {
	t.Helper()
	if len(d.files) == 0 {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s in %d of %d files (columns are 1-based bytes: CPython's col_offset+1)", what, len(d.files), of)
	for i, path := range d.files {
		if i == maxFilesShown {
			fmt.Fprintf(&b, "\n... and %d more files", len(d.files)-i)
			break
		}
		notes := d.notes[path]
		fmt.Fprintf(&b, "\n%s: %d", path, len(notes))
		for j, n := range notes {
			if j == maxNotesShown {
				fmt.Fprintf(&b, "\n    ... and %d more", len(notes)-j)
				break
			}
			fmt.Fprintf(&b, "\n    %s", n)
		}
	}
	t.Error(b.String())
}

// TestStdlibAgreesWithCPython parses every file of the Python standard
// library (CPython's, and PyPy's when installed), of testdata/valid (layouts
// the library lacks: CRLF and CR line ends, a BOM, a Latin-1 cookie,
// trailing semicolons, tricky f-strings) and of testdata/unsupported, and
// checks the parser against CPython 3.11 on each: a file that CPython
// accepts parses without error unless it uses a construct the language
// rejects, in which case an error names that construct; a file CPython
// rejects gets an error; and every statement and except handler starts and
// ends where CPython's ast says.
func TestStdlibAgreesWithCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("parsing the whole standard library is not short")
	}
	dirs := append(corpusDirs(t), filepath.Join("testdata", "valid"), filepath.Join("testdata", "unsupported"))
	files := pyFiles(t, dirs...)
	oracle := runOracle(t, files)

	var (
		spurious, missed, unnamed, starts, ends disagreements
		accepted, unsupported, stmts            int
		firstLineAgrees                         int
	)
	failing := make(map[string]bool)
	for _, path := range files {
		want := oracle[path]
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		f, errs := syntax.Parse(path, raw)
		src := []byte(syntax.SourceText(raw)) // for quoting lines

		if !want.OK {
			if len(errs) == 0 {
				missed.add(path, []string{fmt.Sprintf("%d:%d: CPython says %s: %s, the parser reports nothing",
					want.Error.Lineno, want.Error.Offset, want.Error.Type, want.Error.Msg)})
				failing[path] = true
			} else if int(syntax.FirstError(errs).Start.Line) == want.Error.Lineno {
				firstLineAgrees++
			}
			continue
		}

		accepted++
		if r := want.Rejected; r != nil {
			unsupported++
			if !namesConstruct(errs, r.Name, r.Lineno, r.EndLineno) {
				var got []string
				for _, e := range errs {
					got = append(got, e.Error())
				}
				unnamed.add(path, []string{fmt.Sprintf("%d:%d: uses %s, but no error on lines %d-%d names it; errors: %q",
					r.Lineno, r.ColOffset+1, r.Name, r.Lineno, r.EndLineno, got)})
				failing[path] = true
			}
		} else if len(errs) > 0 {
			var notes []string
			for _, e := range errs {
				notes = append(notes, fmt.Sprintf("%s: %s: %s: `%s`", e.Start, e.Kind, e.Msg, sourceLine(src, e.Start.Line)))
			}
			spurious.add(path, notes)
			failing[path] = true
		}

		stmts += len(want.Stmts)
		s, e := compareStmts(src, want.Stmts, stmtRanges(f))
		starts.add(path, s)
		ends.add(path, e)
		if len(s)+len(e) > 0 {
			failing[path] = true
		}
	}

	t.Logf("%d files: %d agree with CPython, %d disagree", len(files), len(files)-len(failing), len(failing))
	t.Logf("CPython accepts %d (%d of them use a rejected construct) with %d statements; rejects %d (the error that FirstError picks is on CPython's line in %d)",
		accepted, unsupported, stmts, len(files)-accepted, firstLineAgrees)
	t.Logf("disagreeing files: %d spurious errors, %d missed errors, %d rejected constructs not named, %d statement starts, %d statement ends",
		len(spurious.files), len(missed.files), len(unnamed.files), len(starts.files), len(ends.files))
	spurious.check(t, "the parser reports errors in files that CPython accepts", accepted-unsupported)
	missed.check(t, "the parser reports no error in files that CPython rejects", len(files)-accepted)
	unnamed.check(t, "no error names the rejected construct", unsupported)
	starts.check(t, "statement starts differ from CPython's", accepted)
	ends.check(t, "statement ends differ from CPython's", accepted)
}
