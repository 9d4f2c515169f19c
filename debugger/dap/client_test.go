package dap

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"path/filepath"
	"sync"
	"testing"
	"time"

	godap "github.com/google/go-dap"
	"github.com/stretchr/testify/require"
)

// client is an in-process DAP client: it talks to a Session over pipes,
// as an editor does over stdio, and keeps the events it receives in
// order so that a test can wait for each.
type client struct {
	t    *testing.T
	w    io.WriteCloser
	seq  int
	mu   sync.Mutex
	msgs []map[string]any // every message received, in order
	seen int              // messages already consumed by expect
	cond *sync.Cond
}

func newClient(t *testing.T) *client { return newClientWith(t, nil) }

// newClientWith is newClient with a chance to set up the session first.
func newClientWith(t *testing.T, setup func(*Session)) *client {
	t.Helper()
	toServer, fromClient := io.Pipe()
	toClient, fromServer := io.Pipe()
	served := make(chan error, 1)
	session := NewSession(toServer, fromServer)
	if setup != nil {
		setup(session)
	}
	go func() {
		served <- session.Serve()
		fromServer.Close()
	}()
	c := newClientOn(t, toClient, fromClient)
	t.Cleanup(func() {
		c.w.Close()
		select {
		case <-served:
		case <-time.After(10 * time.Second):
			t.Error("the session did not end when its input closed")
		}
	})
	return c
}

// dialClient connects to a DAP server on a TCP port.
func dialClient(t *testing.T, addr string) *client {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	c := newClientOn(t, conn, conn)
	t.Cleanup(func() { conn.Close() })
	return c
}

func newClientOn(t *testing.T, r io.Reader, w io.WriteCloser) *client {
	c := &client{t: t, w: w}
	c.cond = sync.NewCond(&c.mu)
	go c.read(bufio.NewReader(r))
	return c
}

func (c *client) read(r *bufio.Reader) {
	for {
		content, err := godap.ReadBaseMessage(r)
		if err != nil {
			return
		}
		var m map[string]any
		if json.Unmarshal(content, &m) != nil {
			continue
		}
		c.mu.Lock()
		c.msgs = append(c.msgs, m)
		c.cond.Broadcast()
		c.mu.Unlock()
	}
}

// send sends a request and returns its seq.
func (c *client) send(command string, args any) int {
	c.t.Helper()
	c.seq++
	msg := map[string]any{"seq": c.seq, "type": "request", "command": command}
	if args != nil {
		msg["arguments"] = args
	}
	b, err := json.Marshal(msg)
	require.NoError(c.t, err)
	require.NoError(c.t, godap.WriteBaseMessage(c.w, b))
	return c.seq
}

// sendRaw sends bytes as one message, whatever they hold.
func (c *client) sendRaw(content []byte) {
	c.t.Helper()
	require.NoError(c.t, godap.WriteBaseMessage(c.w, content))
}

// waitFor returns the first message not yet consumed that matches, and
// consumes it; the others stay for later waits.
func (c *client) waitFor(what string, match func(m map[string]any) bool) map[string]any {
	c.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	timer := time.AfterFunc(15*time.Second, func() {
		c.mu.Lock()
		c.cond.Broadcast()
		c.mu.Unlock()
	})
	defer timer.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		for i := c.seen; i < len(c.msgs); i++ {
			m := c.msgs[i]
			if m != nil && match(m) {
				c.msgs[i] = nil
				return m
			}
		}
		if time.Now().After(deadline) {
			var got []string
			for _, m := range c.msgs[c.seen:] {
				if m != nil {
					b, _ := json.Marshal(m)
					got = append(got, string(b))
				}
			}
			c.t.Fatalf("timed out waiting for %s; unconsumed messages: %v", what, got)
		}
		c.cond.Wait()
	}
}

// response waits for the answer to request seq and requires success.
func (c *client) response(seq int) map[string]any {
	c.t.Helper()
	m := c.anyResponse(seq)
	require.Equal(c.t, true, m["success"], "request %d failed: %v", seq, m["message"])
	return m
}

// anyResponse waits for the answer to request seq, successful or not.
func (c *client) anyResponse(seq int) map[string]any {
	c.t.Helper()
	return c.waitFor("the response to request "+itoa(seq), func(m map[string]any) bool {
		return m["type"] == "response" && num(m["request_seq"]) == seq
	})
}

// request sends a request and returns its successful response's body.
func (c *client) request(command string, args any) map[string]any {
	c.t.Helper()
	body, _ := c.response(c.send(command, args))["body"].(map[string]any)
	return body
}

// failure sends a request that must fail and returns its message.
func (c *client) failure(command string, args any) string {
	c.t.Helper()
	m := c.anyResponse(c.send(command, args))
	require.Equal(c.t, false, m["success"], "request %s should have failed", command)
	msg, _ := m["message"].(string)
	return msg
}

// event waits for the next event called name and returns its body.
func (c *client) event(name string) map[string]any {
	c.t.Helper()
	m := c.waitFor("a "+name+" event", func(m map[string]any) bool {
		return m["type"] == "event" && m["event"] == name
	})
	body, _ := m["body"].(map[string]any)
	return body
}

// output collects the output events received so far, of a category.
func (c *client) output(category string) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var s string
	for _, m := range c.msgs {
		if m != nil && m["event"] == "output" {
			if b, ok := m["body"].(map[string]any); ok && b["category"] == category {
				s += b["output"].(string)
			}
		}
	}
	return s
}

// start initializes the session and launches program (in testdata) with
// extra launch attributes; configure runs between launch and
// configurationDone (to set breakpoints).
func (c *client) start(program string, extra map[string]any, configure func()) {
	c.t.Helper()
	c.request("initialize", map[string]any{"adapterID": "tasklet", "linesStartAt1": true, "columnsStartAt1": true})
	args := map[string]any{"program": testProgram(c.t, program)}
	for k, v := range extra {
		args[k] = v
	}
	c.request("launch", args)
	c.event("initialized")
	if configure != nil {
		configure()
	}
	c.request("configurationDone", nil)
}

// startFailure initializes the session and sends a launch that must
// fail; it returns the error message.
func (c *client) startFailure(program string, extra map[string]any) string {
	c.t.Helper()
	c.request("initialize", map[string]any{"adapterID": "tasklet"})
	args := map[string]any{"program": testProgram(c.t, program)}
	for k, v := range extra {
		args[k] = v
	}
	return c.failure("launch", args)
}

// stopped waits for a stopped event and returns it.
func (c *client) stopped() map[string]any {
	c.t.Helper()
	return c.event("stopped")
}

// top returns the innermost frame of thread: its name and line, and its
// id.
func (c *client) top(thread int) (name string, line int, id int) {
	c.t.Helper()
	st := c.request("stackTrace", map[string]any{"threadId": thread})
	frames := st["stackFrames"].([]any)
	require.NotEmpty(c.t, frames)
	f := frames[0].(map[string]any)
	return f["name"].(string), num(f["line"]), num(f["id"])
}

// vars returns the variables of a reference by name, as shown.
func (c *client) vars(ref int) map[string]map[string]any {
	c.t.Helper()
	body := c.request("variables", map[string]any{"variablesReference": ref})
	out := map[string]map[string]any{}
	for _, v := range body["variables"].([]any) {
		m := v.(map[string]any)
		out[m["name"].(string)] = m
	}
	return out
}

// scope returns the variables reference of the named scope of a frame.
func (c *client) scope(frame int, name string) int {
	c.t.Helper()
	body := c.request("scopes", map[string]any{"frameId": frame})
	for _, s := range body["scopes"].([]any) {
		m := s.(map[string]any)
		if m["name"] == name {
			return num(m["variablesReference"])
		}
	}
	c.t.Fatalf("no scope %s", name)
	return 0
}

func testProgram(t *testing.T, name string) string {
	abs, err := filepath.Abs(filepath.Join("testdata", name))
	require.NoError(t, err)
	return abs
}

func num(v any) int {
	f, _ := v.(float64)
	return int(f)
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
