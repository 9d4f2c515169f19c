package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var problemsPy = lines(
	"testdata/check/problems.py:2:8: warning: 'os' is imported but never used [unused-import]",
	"testdata/check/problems.py:9:19: error: worker(1) is called here, in the current tasklet, and the new tasklet is bound to its result, None: pass the function and its arguments separately, stackless.tasklet(worker)(1) [TL002]",
	"testdata/check/problems.py:10:11: error: module 'stackless' has no attribute 'chanel'; did you mean 'channel'? [unknown-attribute]",
)

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want result
	}{
		{"clean file", []string{"check", "testdata/check/clean.py"}, result{exitOK, "", ""}},
		{"errors fail", []string{"check", "testdata/check/problems.py"}, result{exitProblems, problemsPy, ""}},
		{"warnings alone pass", []string{"check", "testdata/check/warns.py"},
			result{exitOK, lines("testdata/check/warns.py:2:8: warning: 'os' is imported but never used [unused-import]"), ""}},
		{"files in the order given", []string{"check", "testdata/check/clean.py", "testdata/check/problems.py"}, result{exitProblems, problemsPy, ""}},
		{"missing file", []string{"check", "testdata/missing.py"}, result{exitProblems, lines("testdata/missing.py: no such file or directory"), ""}},
		{"syntax errors", []string{"check", "testdata/colon.py"}, result{exitProblems, lines("testdata/colon.py:3:34: error: expected ':' [SyntaxError]"), ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tasklet(t, tc.args...))
		})
	}
}

func TestCheckJSON(t *testing.T) {
	got := tasklet(t, "check", "--format", "json", "testdata/check/problems.py", "testdata/check/clean.py")
	assert.Equal(t, exitProblems, got.status)
	assert.Empty(t, got.stderr)
	var ds []jsonDiagnostic
	require.NoError(t, json.Unmarshal([]byte(got.stdout), &ds))
	require.Len(t, ds, 3)
	assert.Equal(t, jsonDiagnostic{Path: "testdata/check/problems.py", Line: 10, Column: 11, EndLine: 10, EndColumn: 17,
		Severity: "error", Code: "unknown-attribute", Message: "module 'stackless' has no attribute 'chanel'; did you mean 'channel'?"}, ds[2])
	assert.Equal(t, "TL002", ds[1].Code)
	assert.NotEmpty(t, ds[1].Related)

	clean := tasklet(t, "check", "--format=json", "testdata/check/clean.py")
	assert.Equal(t, result{exitOK, "[]\n", ""}, clean)
}

func TestCheckUsage(t *testing.T) {
	for _, args := range [][]string{{"check"}, {"check", "--format", "xml", "x.py"}, {"check", "-x", "x.py"}} {
		got := tasklet(t, args...)
		assert.Equal(t, exitUsage, got.status, args)
		assert.Empty(t, got.stdout, args)
		assert.Contains(t, got.stderr, "usage: tasklet check [--format text|json] FILE...", args)
	}
	got := tasklet(t, "help", "check")
	assert.Equal(t, exitOK, got.status)
	assert.Contains(t, got.stdout, "\tpath:line:col: severity: message [code]\n")
	assert.Contains(t, tasklet(t, "help").stdout, "\tcheck    report problems")
}

// Imports resolve as the VM resolves them: beside the file, then on
// TASKLETPATH; what they define is checked like the file's own names.
func TestCheckFollowsImports(t *testing.T) {
	t.Setenv("TASKLETPATH", "testdata/check/imports/lib")
	got := tasklet(t, "check", "testdata/check/imports/app.py")
	assert.Equal(t, result{exitProblems, lines(
		"testdata/check/imports/app.py:5:9: error: module 'helpers' has no attribute 'stop': reading it raises AttributeError [unknown-attribute]",
		"testdata/check/imports/app.py:6:21: error: greet() takes 1 positional argument but 2 were given: the call raises TypeError [call-arity]",
	), ""}, got)

	t.Setenv("TASKLETPATH", "")
	got = tasklet(t, "check", "testdata/check/imports/app.py")
	assert.Equal(t, exitProblems, got.status)
	assert.NotContains(t, got.stdout, "greet()", "without TASKLETPATH, shared is unknown and not checked")
}
