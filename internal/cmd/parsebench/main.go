// Command parsebench times syntax.Parse over a list of files, for
// scripts/bench-parse, which times CPython's ast.parse over the same list
// in the same way and compares the two.
//
// It reads the file paths, one a line, from standard input, loads every file
// into memory, parses them all once untimed (so that both sides start warm),
// then parses them all once more under the clock and prints one line:
//
//	tasklet BYTES SECONDS ALLOCATED_BYTES
//
// Reading the files stays outside the timing, as it does for CPython.
package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"time"

	"tasklet/syntax"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "parsebench:", err)
		os.Exit(1)
	}
}

func run() error {
	var paths []string
	var srcs [][]byte
	var total int64
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		path := sc.Text()
		if path == "" {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		paths = append(paths, path)
		srcs = append(srcs, src)
		total += int64(len(src))
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("no files on standard input")
	}

	parseAll := func() {
		for i, src := range srcs {
			syntax.Parse(paths[i], src)
		}
	}
	parseAll()
	runtime.GC()

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	parseAll()
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)

	fmt.Printf("tasklet %d %.6f %d\n", total, elapsed.Seconds(), after.TotalAlloc-before.TotalAlloc)
	return nil
}
