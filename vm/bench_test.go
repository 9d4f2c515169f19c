package vm_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"tasklet/vm"
)

// Benchmarks of whole programs, run as `tasklet run` runs them: a fresh VM
// per iteration, compile included, output discarded after a check of the
// result line. They measure; nothing here is a timed test. The programs
// are bench/vm/fib.py in this repository and the tasklet programs of the
// shared bench folder beside it (skipped when that folder is missing);
// scripts/bench-vm runs the same programs against CPython and pypy3.

// sharedBench is the shared folder of tasklet benchmark programs, relative
// to this package's directory.
const sharedBench = "../../shared/bench"

// benchProgram runs path with argument n once per iteration and fails the
// benchmark unless its output has the line want.
func benchProgram(b *testing.B, path string, n int, want string) {
	b.Helper()
	if _, err := os.Stat(path); err != nil {
		b.Skipf("%s is missing: %v", path, err)
	}
	var out, errOut bytes.Buffer
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out.Reset()
		errOut.Reset()
		m := vm.New(vm.Options{
			Stdout: &out,
			Stderr: &errOut,
			Stdin:  strings.NewReader(""),
			Argv:   []string{path, strconv.Itoa(n)},
		})
		if err := m.RunFile(path); err != nil {
			b.Fatalf("%s %d: %v\n%s", path, n, err, errOut.String())
		}
	}
	b.StopTimer()
	if !hasLine(out.String(), want) {
		b.Fatalf("%s %d: no line %q in the output:\n%s%s", path, n, want, out.String(), errOut.String())
	}
}

func hasLine(out, want string) bool {
	for _, line := range strings.Split(out, "\n") {
		if line == want {
			return true
		}
	}
	return false
}

// BenchmarkFib is plain interpretation: recursive calls and small-int
// arithmetic, fib(20) per iteration.
func BenchmarkFib(b *testing.B) {
	benchProgram(b, filepath.Join("..", "bench", "vm", "fib.py"), 20, "fib 20 6765")
}

// BenchmarkPingPong passes 20,000 messages between two tasklets over one
// channel per iteration; ns/msg is the time of one send and its receive.
func BenchmarkPingPong(b *testing.B) {
	const n = 20000
	benchProgram(b, filepath.Join(sharedBench, "pingpong.py"), n, "sum "+strconv.Itoa(n*(n-1)/2))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/msg")
}

// BenchmarkThreadRing passes a token 20,000 times around a ring of 503
// tasklets per iteration; ns/pass is the time of one hop.
func BenchmarkThreadRing(b *testing.B) {
	const n = 20000
	benchProgram(b, filepath.Join(sharedBench, "threadring.py"), n, "winner "+strconv.Itoa(n%503+1))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/pass")
}
