package dap

import (
	"bytes"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"tasklet/debugger"
)

// lockedBuffer collects a program's output from the VM's goroutine.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// A program started as by `tasklet run --listen` runs on its own; clients
// attach to it one after the other, stop it, and detach, leaving it
// running.
func TestAttachAndDetach(t *testing.T) {
	flag := filepath.Join(t.TempDir(), "stop")
	var out lockedBuffer
	eng := debugger.New(debugger.Config{Program: testProgram(t, "server.py"), Args: []string{flag},
		Stdout: &out, Stderr: &out, Detached: true}, nil)
	require.NoError(t, eng.Start())
	l, err := Listen(":0")
	require.NoError(t, err)
	assert.True(t, l.Addr().(*net.TCPAddr).IP.IsLoopback(), "no host: loopback only")
	go ServeAttaches(l, eng, io.Discard)

	c := dialClient(t, l.Addr().String())
	c.request("initialize", map[string]any{"adapterID": "tasklet"})
	c.request("attach", nil)
	c.event("initialized")
	setBreakpoints(c, "server.py", line(10))
	c.request("configurationDone", nil)
	ev := c.stopped()
	assert.Equal(t, "breakpoint", ev["reason"])
	assert.Equal(t, 2, num(ev["threadId"]), "the worker tasklet")
	name, ln, frame := c.top(2)
	assert.Equal(t, "worker", name)
	assert.Equal(t, 10, ln)
	r := c.request("evaluate", map[string]any{"expression": "n >= 0", "frameId": frame, "context": "watch"})
	assert.Equal(t, "True", r["result"])
	c.request("disconnect", nil)

	// Detached, the program goes on; a second client pauses it.
	c2 := dialClient(t, l.Addr().String())
	c2.request("initialize", map[string]any{"adapterID": "tasklet"})
	c2.request("attach", nil)
	c2.request("configurationDone", nil)
	c2.request("pause", map[string]any{"threadId": 1})
	assert.Equal(t, "pause", c2.stopped()["reason"])
	threads := c2.request("threads", nil)["threads"].([]any)
	assert.Len(t, threads, 2)
	c2.request("disconnect", nil)

	require.NoError(t, os.WriteFile(flag, []byte("stop"), 0o644))
	select {
	case <-eng.Done():
	case <-time.After(20 * time.Second):
		t.Fatal("the program did not end after the clients detached")
	}
	assert.Equal(t, 0, eng.Status())
	assert.Regexp(t, `^served \d+ True\n$`, out.String())
}
