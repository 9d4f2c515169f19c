package main

import (
	"bufio"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestArguments: the server runs with no argument or --stdio, as clients
// start it, and refuses anything else with status 2.
func TestArguments(t *testing.T) {
	server := filepath.Join(t.TempDir(), "tasklet-lsp")
	out, err := exec.Command("go", "build", "-o", server, ".").CombinedOutput()
	require.NoError(t, err, string(out))

	for _, args := range [][]string{nil, {"--stdio"}} {
		cmd := exec.Command(server, args...)
		stdin, err := cmd.StdinPipe()
		require.NoError(t, err)
		stdout, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		in := bufio.NewReader(stdout)
		for id, msg := range []string{
			`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`,
			`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`,
		} {
			fmt.Fprintf(stdin, "Content-Length: %d\r\n\r\n%s", len(msg), msg)
			assert.Contains(t, readMessage(t, in), fmt.Sprintf(`"id":%d`, id+1), args)
		}
		exit := `{"jsonrpc":"2.0","method":"exit"}`
		fmt.Fprintf(stdin, "Content-Length: %d\r\n\r\n%s", len(exit), exit)
		assert.NoError(t, cmd.Wait(), args)
	}

	for _, args := range [][]string{{"--tcp"}, {"--stdio", "x"}} {
		err := exec.Command(server, args...).Run()
		var exitErr *exec.ExitError
		require.ErrorAs(t, err, &exitErr, args)
		assert.Equal(t, 2, exitErr.ExitCode(), args)
	}
}

func readMessage(t *testing.T, in *bufio.Reader) string {
	length := 0
	for {
		line, err := in.ReadString('\n')
		require.NoError(t, err)
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
			length, err = strconv.Atoi(v)
			require.NoError(t, err)
		}
	}
	body := make([]byte, length)
	_, err := io.ReadFull(in, body)
	require.NoError(t, err)
	return string(body)
}
