package syntax_test

import (
	"os"
	"testing"

	"tasklet/syntax"
)

// BenchmarkParseStdlib parses the stdlib corpus of TestStdlibAgreesWithCPython
// from memory, so that MB/s measures the parser and not the disk.
// scripts/bench-parse compares the same work with CPython's ast.parse.
func BenchmarkParseStdlib(b *testing.B) {
	files := pyFiles(b, corpusDirs(b)...)
	srcs := make([][]byte, len(files))
	var total int64
	for i, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		srcs[i] = src
		total += int64(len(src))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for i, src := range srcs {
			syntax.Parse(files[i], src)
		}
	}
}
