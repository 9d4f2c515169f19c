package analysis

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The files in testdata/query hold programs with navigation expectations
// as comments. Each marker names a spot by an identifier (or text) on its
// own line, the first occurrence left of the comment:
//
//	@mark(L, "text")             label L is where text starts
//	@def("text", L1, L2)         definition from text goes to L1 and L2
//	@refs("text", L1, L2)        references of text, declarations included
//	@hover("text", "substring")  hover at text contains substring
//	@complete("text", "a", "b")  completion at the end of text offers a and b
//	@nocomplete("text", "a")     ... and does not offer a
var markerRE = regexp.MustCompile(`@(\w+)\(([^)]*)\)`)

type queryMarker struct {
	kind string
	args []string
	line int
	at   int32 // offset of the first argument's text on the line
}

func parseMarkers(t *testing.T, src string) ([]queryMarker, map[string]int32) {
	var markers []queryMarker
	labels := map[string]int32{}
	off := 0
	for i, line := range strings.Split(src, "\n") {
		code, comment, ok := strings.Cut(line, "#")
		if ok {
			for _, m := range markerRE.FindAllStringSubmatch(comment, -1) {
				var args []string
				for _, a := range strings.Split(m[2], ",") {
					args = append(args, strings.Trim(strings.TrimSpace(a), `"`))
				}
				qm := queryMarker{kind: m[1], args: args, line: i + 1}
				text := args[0]
				if m[1] == "mark" {
					text = args[1]
				}
				col := strings.Index(code, text)
				require.GreaterOrEqual(t, col, 0, "line %d: %q not found", i+1, text)
				qm.at = int32(off + col)
				if m[1] == "mark" {
					labels[args[0]] = qm.at
					continue
				}
				markers = append(markers, qm)
			}
		}
		off += len(line) + 1
	}
	return markers, labels
}

func TestQueryMarkers(t *testing.T) {
	files, err := filepath.Glob("testdata/query/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			markers, labels := parseMarkers(t, string(src))
			res := Analyze(path, src, Options{})
			for _, m := range markers {
				where := fmt.Sprintf("%s:%d: @%s(%s)", path, m.line, m.kind, strings.Join(m.args, ", "))
				switch m.kind {
				case "def":
					var got []int32
					for _, loc := range res.Definition(m.at) {
						got = append(got, loc.Range.Start.Offset)
					}
					assert.Equal(t, labelOffsets(t, labels, m.args[1:]), got, where)
				case "refs":
					var got []int32
					for _, r := range res.References(m.at, true) {
						got = append(got, r.Start.Offset)
					}
					assert.Equal(t, labelOffsets(t, labels, m.args[1:]), got, where)
				case "hover":
					text, _, ok := res.Hover(m.at)
					assert.True(t, ok, where)
					assert.Contains(t, text, m.args[1], where)
				case "complete", "nocomplete":
					var got []string
					for _, c := range res.Complete(m.at + int32(len(m.args[0]))) {
						got = append(got, c.Label)
					}
					for _, want := range m.args[1:] {
						if m.kind == "complete" {
							assert.Contains(t, got, want, where)
						} else {
							assert.NotContains(t, got, want, where)
						}
					}
				default:
					t.Fatalf("%s: unknown marker", where)
				}
			}
		})
	}
}

func labelOffsets(t *testing.T, labels map[string]int32, names []string) []int32 {
	var out []int32
	for _, n := range names {
		off, ok := labels[n]
		require.True(t, ok, "no label %s", n)
		out = append(out, off)
	}
	return out
}
