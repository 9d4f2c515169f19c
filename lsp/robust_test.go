package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.lsp.dev/jsonrpc2"
)

// rawClient talks to a server byte by byte, to send what no well-behaved
// client would. A goroutine reads every message the server writes, since a
// pipe blocks the writer until the reader takes the bytes.
type rawClient struct {
	t      *testing.T
	conn   net.Conn
	bodies chan map[string]any
}

func newRawClient(t *testing.T) *rawClient {
	server, client := net.Pipe()
	go Serve(context.Background(), server, io.Discard)
	t.Cleanup(func() { client.Close() })
	c := &rawClient{t: t, conn: client, bodies: make(chan map[string]any, 100)}
	go func() {
		in := bufio.NewReader(client)
		for {
			length := 0
			for {
				line, err := in.ReadString('\n')
				if err != nil {
					close(c.bodies)
					return
				}
				line = strings.TrimSpace(line)
				if line == "" {
					break
				}
				if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
					length, _ = strconv.Atoi(v)
				}
			}
			body := make([]byte, length)
			if _, err := io.ReadFull(in, body); err != nil {
				close(c.bodies)
				return
			}
			var m map[string]any
			if json.Unmarshal(body, &m) == nil {
				c.bodies <- m
			}
		}
	}()
	return c
}

func (c *rawClient) write(s string) {
	c.t.Helper()
	_, err := io.WriteString(c.conn, s)
	require.NoError(c.t, err)
}

func frame(body string) string { return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) }

// response waits for the response to id; "null" waits for one with a null
// id.
func (c *rawClient) response(id string) map[string]any {
	c.t.Helper()
	deadline := time.After(timeout)
	for {
		select {
		case m, ok := <-c.bodies:
			require.True(c.t, ok, "connection closed")
			if _, isNotification := m["method"]; isNotification {
				continue
			}
			if fmt.Sprint(m["id"]) == id || id == "null" && m["id"] == nil {
				return m
			}
		case <-deadline:
			c.t.Fatalf("no response to %s", id)
		}
	}
}

// TestMalformedMessages sends bodies that are not JSON-RPC, then checks
// that the server still answers.
func TestMalformedMessages(t *testing.T) {
	c := newRawClient(t)
	for _, body := range []string{
		"hello",
		"{",
		`{"jsonrpc":"2.0"}`,
		`[1, 2, 3]`,
		"\xff\xfe{}",
		`{"jsonrpc":"2.0","id":7,"method":"initialize","params":"not an object"}`,
	} {
		c.write(frame(body))
	}
	c.write("Content-Length: banana\r\n\r\n")
	c.write("X-Unknown: 1\r\n\r\n")
	c.write(frame(`{"jsonrpc":"2.0","id":8,"method":"initialize","params":{"capabilities":{}}}`))
	resp := c.response("8")
	assert.Contains(t, resp, "result")
	c.write(frame(`{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.py"},"position":{"line":"x"}}}`))
	resp = c.response("9")
	assert.Equal(t, float64(jsonrpc2.InvalidParams), resp["error"].(map[string]any)["code"])
	c.write(frame(`{"jsonrpc":"2.0","id":10,"method":"shutdown"}`))
	assert.Contains(t, c.response("10"), "result")
}

// TestParseErrorReply checks the reply to a body that is not JSON: a
// parse error with a null id, as JSON-RPC specifies.
func TestParseErrorReply(t *testing.T) {
	c := newRawClient(t)
	c.write(frame("not json"))
	m := c.response("null")
	assert.Equal(t, float64(jsonrpc2.ParseError), m["error"].(map[string]any)["code"])
}

// TestHandlerPanicIsAnError checks that a panic in a handler becomes an
// error reply and the session goes on.
func TestHandlerPanicIsAnError(t *testing.T) {
	methods["test/panic"] = func(*Server, context.Context, json.RawMessage) (any, error) { panic("boom") }
	defer delete(methods, "test/panic")
	e, _ := start(t)
	var out any
	err := e.call("test/panic", map[string]any{}, &out)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "boom")
	u := e.open("after.py", "x = 1\n")
	assert.Empty(t, e.diagnostics(u))
}
