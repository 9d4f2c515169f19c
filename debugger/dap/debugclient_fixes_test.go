package dap

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Fixes for what Microsoft's DebugClient found (see
// debugclient_test.go), each kept by an in-process scenario.

// A request that lets the program run is answered before any event of
// that run: VS Code takes the response to continue or to a step for the
// news that the thread runs again, so a stopped event sent before it
// could leave a stopped program shown as running. The breakpoint in
// busy.py's loop stops the program again at once, which made the stop
// overtake the response about one time in seven.
func TestResumeIsAnsweredBeforeTheNextStop(t *testing.T) {
	c := newClient(t)
	c.request("initialize", map[string]any{"adapterID": "tasklet"})
	c.request("launch", map[string]any{"program": testProgram(t, "busy.py"), "stopOnEntry": true})
	c.event("initialized")
	setBreakpoints(c, "busy.py", line(6))
	c.responseBeforeStop(c.send("configurationDone", nil))
	for i := 0; i < 150; i++ {
		command := []string{"continue", "next", "stepIn"}[i%3]
		c.responseBeforeStop(c.send(command, map[string]any{"threadId": mainThread}))
	}
	c.request("terminate", nil)
	c.event("terminated")
}

// responseBeforeStop requires the response to request seq to come before
// the stopped event that follows it.
func (c *client) responseBeforeStop(seq int) {
	c.t.Helper()
	stop := c.waitFor("a stopped event", func(m map[string]any) bool { return m["type"] == "event" && m["event"] == "stopped" })
	answer := c.response(seq)
	require.Less(c.t, num(answer["seq"]), num(stop["seq"]), "the stop came before the response to %s", answer["command"])
}

// A client whose initialize says linesStartAt1 and columnsStartAt1 false
// counts lines and columns from 0, in what it sends and what it gets;
// the adapter counted from 1 whatever the client said. A client that
// says nothing counts from 1, the protocol's default.
func TestLinesAndColumnsFromZero(t *testing.T) {
	c := newClient(t)
	c.request("initialize", map[string]any{"adapterID": "tasklet", "linesStartAt1": false, "columnsStartAt1": false})
	c.request("launch", map[string]any{"program": testProgram(t, "pingpong.py")})
	c.event("initialized")
	// Line 12 from 0 is `out.append(v * 2)`, line 13 from 1; 13 from 0
	// is blank, and the breakpoint moves to the next line with code.
	placed := setBreakpoints(c, "pingpong.py", line(12), line(13))
	require.Len(t, placed, 2)
	require.Equal(t, 12, num(placed[0].(map[string]any)["line"]))
	require.Equal(t, 14, num(placed[1].(map[string]any)["line"]))
	c.request("configurationDone", nil)
	c.stopped()
	_, ln, _ := c.top(mainThread)
	require.Equal(t, 14, ln, "main stops first, at the moved breakpoint")
	c.request("continue", map[string]any{"threadId": mainThread})
	ev := c.stopped()
	require.Equal(t, pongThread, num(ev["threadId"]))
	st := c.request("stackTrace", map[string]any{"threadId": pongThread})
	f := st["stackFrames"].([]any)[0].(map[string]any)
	require.Equal(t, "pong", f["name"])
	require.Equal(t, 12, num(f["line"]))
	require.Equal(t, 8, num(f["column"]), "`out` is 8 columns in, counted from 0")
	require.Equal(t, 12, num(f["endLine"]))
	comp := c.request("completions", map[string]any{"text": "x = ou", "column": 6, "frameId": num(f["id"])})
	var out map[string]any
	for _, it := range comp["targets"].([]any) {
		if it.(map[string]any)["label"] == "out" {
			out = it.(map[string]any)
		}
	}
	require.NotNil(t, out, "completions of ou")
	require.Equal(t, 4, num(out["start"]), "the word begins 4 columns in, counted from 0")
	require.Equal(t, 2, num(out["length"]))
	c.request("disconnect", nil)

	c = newClient(t)
	c.request("initialize", map[string]any{"adapterID": "tasklet"})
	c.request("launch", map[string]any{"program": testProgram(t, "pingpong.py")})
	c.event("initialized")
	placed = setBreakpoints(c, "pingpong.py", line(13))
	require.Equal(t, 13, num(placed[0].(map[string]any)["line"]))
	c.request("configurationDone", nil)
	c.stopped()
	st = c.request("stackTrace", map[string]any{"threadId": pongThread})
	f = st["stackFrames"].([]any)[0].(map[string]any)
	require.Equal(t, 13, num(f["line"]))
	require.Equal(t, 9, num(f["column"]))
	c.request("disconnect", nil)
}
