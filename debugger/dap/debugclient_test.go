package dap

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// TestMicrosoftDebugClient drives the tasklet-dap binary over stdio with
// Microsoft's DebugClient (npm @vscode/debugadapter-testsupport, the
// client of VS Code's own adapter tests) through a few of the scenarios
// of scenario_test.go: testdata/debugclient runs them under `node
// --test`. The first run installs the client there with `npm ci`.
func TestMicrosoftDebugClient(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	dir, err := filepath.Abs(filepath.Join("testdata", "debugclient"))
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "tasklet-dap")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	runTool(ctx, t, "", nil, "go", "build", "-o", bin, "tasklet/cmd/tasklet-dap")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@vscode", "debugadapter-testsupport")); err != nil {
		runTool(ctx, t, dir, nil, "npm", "ci", "--no-audit", "--no-fund")
	}
	runTool(ctx, t, dir, []string{"TASKLET_DAP=" + bin}, "node", "--test", "--test-reporter=spec")
}

// runTool runs a command in dir with env added to the test's, and fails
// the test with its output unless it succeeds in time.
func runTool(ctx context.Context, t *testing.T, dir string, env []string, name string, args ...string) {
	t.Helper()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.WaitDelay = 5 * time.Second
	began := time.Now()
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("%s %v did not end within the test's 60 s: %v\n%s", name, args, ctx.Err(), out)
	}
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	t.Logf("%s %v took %v\n%s", name, args, time.Since(began).Round(time.Millisecond), out)
}
