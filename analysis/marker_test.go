package analysis

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The files in testdata/checks hold programs with their expected
// diagnostics written as comments on the lines they concern:
//
//	ch.send(1)  # want "TL004"
//	import os   # want "unused-import" "'os' is imported"
//
// Each quoted string must match the code of a diagnostic on that line, or
// be a substring of its message. Every diagnostic must be wanted and every
// want met, so a file of clean code with no want comments asserts that
// nothing is reported.
var wantRE = regexp.MustCompile(`#\s*want((?:\s+"[^"]*")+)\s*$`)
var quotedRE = regexp.MustCompile(`"([^"]*)"`)

func TestCheckMarkers(t *testing.T) {
	files, err := filepath.Glob("testdata/checks/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			wants := map[int][]string{}
			for i, line := range strings.Split(string(src), "\n") {
				if m := wantRE.FindStringSubmatch(line); m != nil {
					for _, q := range quotedRE.FindAllStringSubmatch(m[1], -1) {
						wants[i+1] = append(wants[i+1], q[1])
					}
				}
			}
			res := Analyze(path, src, Options{})
			got := map[int][]Diagnostic{}
			for _, d := range res.Diagnostics {
				got[int(d.Range.Start.Line)] = append(got[int(d.Range.Start.Line)], d)
			}
			var problems []string
			lines := map[int]bool{}
			for l := range wants {
				lines[l] = true
			}
			for l := range got {
				lines[l] = true
			}
			var sorted []int
			for l := range lines {
				sorted = append(sorted, l)
			}
			sort.Ints(sorted)
			for _, l := range sorted {
				ds := append([]Diagnostic(nil), got[l]...)
				for _, w := range wants[l] {
					i := matchWant(ds, w)
					if i < 0 {
						problems = append(problems, fmt.Sprintf("%s:%d: no diagnostic matches %q", path, l, w))
						continue
					}
					ds = append(ds[:i], ds[i+1:]...)
				}
				for _, d := range ds {
					problems = append(problems, fmt.Sprintf("%s:%d:%d: unexpected %s [%s] %s", path, l, d.Range.Start.Col, d.Severity, d.Code, d.Message))
				}
			}
			assert.Empty(t, problems, strings.Join(problems, "\n"))
		})
	}
}

func matchWant(ds []Diagnostic, want string) int {
	for i, d := range ds {
		if d.Code == want || strings.Contains(d.Message, want) {
			return i
		}
	}
	return -1
}
