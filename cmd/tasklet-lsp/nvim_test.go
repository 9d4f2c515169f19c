package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNeovim runs the built server under a real client, Neovim's built-in
// LSP client, headless (see testdata/probe.lua). It needs nvim on PATH; as
// root it installs it with testdata/setup-neovim.sh, since a fresh machine
// has none. Under CI (CI set) a missing nvim fails the test instead of
// skipping it.
func TestNeovim(t *testing.T) {
	nvim := findNeovim(t)
	dir := t.TempDir()
	server := filepath.Join(dir, "tasklet-lsp")
	build := exec.Command("go", "build", "-o", server, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))
	src, err := os.ReadFile("testdata/probe.py")
	require.NoError(t, err)
	file := filepath.Join(dir, "probe.py")
	require.NoError(t, os.WriteFile(file, src, 0o644))
	probe, err := filepath.Abs("testdata/probe.lua")
	require.NoError(t, err)

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile "+probe)
	cmd.Env = append(os.Environ(), "TASKLET_LSP="+server, "PROBE_FILE="+file, "HOME="+dir, "XDG_STATE_HOME="+dir, "XDG_DATA_HOME="+dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), stderr.String())

	got := map[string][]json.RawMessage{}
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var entry struct {
			Key   string          `json:"key"`
			Value json.RawMessage `json:"value"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &entry), line)
		got[entry.Key] = append(got[entry.Key], entry.Value)
	}
	require.Equal(t, "true", string(got["diagnostics_arrived"][0]), stdout.String())
	var diags []string
	for _, raw := range got["diagnostic"] {
		var d struct {
			Line int    `json:"line"`
			Code string `json:"code"`
		}
		require.NoError(t, json.Unmarshal(raw, &d))
		diags = append(diags, d.Code)
	}
	assert.ElementsMatch(t, []string{"unused-import", "unknown-attribute"}, diags)

	var hover string
	require.NoError(t, json.Unmarshal(got["hover"][0], &hover))
	assert.Contains(t, hover, "def worker(ch, n)")

	var def struct{ Line, Character int }
	require.NoError(t, json.Unmarshal(got["definition"][0], &def))
	assert.Equal(t, 4, def.Line)
	assert.Equal(t, 4, def.Character)

	var labels []string
	require.NoError(t, json.Unmarshal(got["completion"][0], &labels))
	assert.Contains(t, labels, "schedule")
	assert.Contains(t, labels, "schedule_remove")
}

func findNeovim(t *testing.T) string {
	if nvim, err := exec.LookPath("nvim"); err == nil {
		return nvim
	}
	if os.Geteuid() == 0 {
		out, err := exec.Command("sh", "testdata/setup-neovim.sh").CombinedOutput()
		if nvim, lerr := exec.LookPath("nvim"); lerr == nil {
			return nvim
		}
		t.Logf("testdata/setup-neovim.sh: %v\n%s", err, out)
	}
	if os.Getenv("CI") != "" {
		t.Fatal("nvim is not installed and could not be: the real-client test cannot run")
	}
	t.Skip("nvim not installed: run testdata/setup-neovim.sh as root")
	return ""
}
