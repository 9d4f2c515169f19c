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
