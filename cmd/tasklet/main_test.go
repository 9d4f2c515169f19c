package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runMainEnv, when set in its environment, makes the test binary run main
// instead of the tests. The tests start it that way, so they see what a user
// sees (exit status, stdout and stderr apart) without building tasklet.
const runMainEnv = "TASKLET_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) != "" {
		main()
	}
	os.Exit(m.Run())
}

// result is what one run of tasklet did.
type result struct {
	status         int
	stdout, stderr string
}

// tasklet runs tasklet with args, in this package's folder, so that paths
// under testdata/ are printed as given.
func tasklet(t *testing.T, args ...string) result {
	t.Helper()
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		require.NoError(t, err)
	}
	return result{cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()}
}

func lines(ls ...string) string {
	return strings.Join(ls, "\n") + "\n"
}

// The errors of testdata/errors.py and testdata/colon.py, as parse prints
// them. Each is where CPython 3.11 reports it when it is a file's only error.
var (
	errorsPy = lines(
		"testdata/errors.py:5:13: unterminated string literal (detected at line 5)",
		"testdata/errors.py:9:17: expected ':'",
		"testdata/errors.py:15:36: unmatched ')'",
		"testdata/errors.py:16:33: invalid character '€' (U+20AC)",
	)
	colonPy = lines(
		"testdata/colon.py:3:34: expected ':'",
	)
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want result
	}{
		{"good file", []string{"parse", "testdata/good.py"}, result{exitOK, "", ""}},
		{"example", []string{"parse", "../../examples/hello.py"}, result{exitOK, "", ""}},
		{"several errors", []string{"parse", "testdata/errors.py"}, result{exitProblems, errorsPy, ""}},
		{"two files in the order given", []string{"parse", "testdata/colon.py", "testdata/errors.py"},
			result{exitProblems, colonPy + errorsPy, ""}},
		{"same two files reversed", []string{"parse", "testdata/errors.py", "testdata/colon.py"},
			result{exitProblems, errorsPy + colonPy, ""}},
		{"good file then bad file", []string{"parse", "testdata/good.py", "testdata/errors.py"},
			result{exitProblems, errorsPy, ""}},
		{"missing file among good ones", []string{"parse", "testdata/good.py", "testdata/missing.py", "testdata/colon.py"},
			result{exitProblems, lines("testdata/missing.py: no such file or directory") + colonPy, ""}},
		{"directory", []string{"parse", "testdata"},
			result{exitProblems, lines("testdata: is a directory"), ""}},
		{"file named like a flag after --", []string{"parse", "--", "-h"},
			result{exitProblems, lines("-h: no such file or directory"), ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tasklet(t, tc.args...))
		})
	}
}

// A mistake on the command line exits with status 2, says what was wrong
// on stderr and prints nothing on stdout, where it could be taken for
// results.
func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		stderr string // a line stderr must hold
	}{
		{"no arguments", nil, "\ttasklet <command> [arguments]\n"},
		{"parse without files", []string{"parse"}, "tasklet parse: no files given\n"},
		{"unknown command", []string{"frobnicate"}, `tasklet: unknown command "frobnicate"` + "\n"},
		{"unknown flag", []string{"-x"}, "tasklet: flag provided but not defined: -x\n"},
		{"unknown parse flag", []string{"parse", "-x", "testdata/good.py"}, "tasklet parse: flag provided but not defined: -x\n"},
		{"version with arguments", []string{"version", "x"}, "tasklet version: takes no arguments\n"},
		{"help about an unknown command", []string{"help", "frobnicate"}, `tasklet help: unknown command "frobnicate"` + "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tasklet(t, tc.args...)
			assert.Equal(t, exitUsage, got.status)
			assert.Empty(t, got.stdout)
			assert.Contains(t, got.stderr, tc.stderr)
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"-h"}, {"--help"}} {
		got := tasklet(t, args...)
		assert.Equal(t, exitOK, got.status, args)
		assert.Empty(t, got.stderr, args)
		assert.Contains(t, got.stdout, "\tparse    report the syntax errors of Python files\n", args)
		assert.Contains(t, got.stdout, "\tversion  ", args)
		assert.Contains(t, got.stdout, "\thelp     ", args)
		assert.Contains(t, got.stdout, "\trun      run a tasklet program\n", args)
	}
	for _, args := range [][]string{{"help", "parse"}, {"parse", "-h"}} {
		got := tasklet(t, args...)
		assert.Equal(t, exitOK, got.status, args)
		assert.Empty(t, got.stderr, args)
		assert.True(t, strings.HasPrefix(got.stdout, "usage: tasklet parse FILE...\n"), got.stdout)
		assert.Contains(t, got.stdout, "\tpath:line:col: message\n", args)
	}
}

func TestVersion(t *testing.T) {
	got := tasklet(t, "version")
	assert.Equal(t, exitOK, got.status)
	assert.Empty(t, got.stderr)
	assert.Regexp(t, `^tasklet \S+ go\S+ \w+/\w+\n$`, got.stdout)
}
