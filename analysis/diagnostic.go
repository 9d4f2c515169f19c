package analysis

import (
	"sort"

	"tasklet/syntax"
)

// Severity says how sure a diagnostic is that the program is wrong.
type Severity uint8

const (
	// Error: the program raises, deadlocks or cannot compile when it gets
	// there.
	Error Severity = iota + 1
	// Warning: the program very likely does not do what it says.
	Warning
	// Hint: harmless clutter, such as an unused import.
	Hint
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "hint"
}

// A Related is a second place that explains a diagnostic, such as where a
// channel was closed.
type Related struct {
	Range   syntax.Range
	Message string
}

// An Edit replaces the text of Range with New.
type Edit struct {
	Range syntax.Range
	New   string
}

// A Fix is a change that resolves a diagnostic, offered as a quick fix.
type Fix struct {
	Title string
	Edits []Edit
}

// A Diagnostic is one problem found in a file.
type Diagnostic struct {
	Range    syntax.Range
	Severity Severity
	Code     string
	Message  string
	Related  []Related
	Fixes    []Fix
	// Unnecessary marks code that can simply go (editors fade it).
	Unnecessary bool
}

// sortDiagnostics orders diagnostics by position, then code, so that
// output is stable whatever order the checks ran in.
func sortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Range.Start.Offset != b.Range.Start.Offset {
			return a.Range.Start.Offset < b.Range.Start.Offset
		}
		return a.Code < b.Code
	})
}
