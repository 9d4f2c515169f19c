package dap

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each scenario launches a program of testdata through an in-process
// client and checks the requests and events of a debugging session.

// Thread ids are tasklet ids + 1: the main tasklet is thread 1, and in
// pingpong.py ping is tasklet 1 (thread 2) and pong tasklet 2 (thread 3).
const (
	mainThread = 1
	pingThread = 2
	pongThread = 3
)

func setBreakpoints(c *client, program string, bps ...map[string]any) []any {
	c.t.Helper()
	body := c.request("setBreakpoints", map[string]any{
		"source":      map[string]any{"path": testProgram(c.t, program)},
		"breakpoints": bps,
	})
	return body["breakpoints"].([]any)
}

func line(n int) map[string]any { return map[string]any{"line": n} }

func TestLineBreakpointInTasklet(t *testing.T) {
	c := newClient(t)
	var placed []any
	c.start("pingpong.py", nil, func() {
		// Line 12 is `break`, 14 is empty: moved to the next line with
		// code, which is 15 for the blank.
		placed = setBreakpoints(c, "pingpong.py", line(13), line(14), line(100))
	})
	require.Len(t, placed, 3)
	assert.Equal(t, true, placed[0].(map[string]any)["verified"])
	assert.Equal(t, 13, num(placed[0].(map[string]any)["line"]))
	assert.Equal(t, true, placed[1].(map[string]any)["verified"])
	assert.Equal(t, 15, num(placed[1].(map[string]any)["line"]), "a blank line moves to the next line with code")
	assert.Equal(t, false, placed[2].(map[string]any)["verified"])
	assert.Contains(t, placed[2].(map[string]any)["message"], "no code at or after line 100")

	// Line 15 runs first, in the main tasklet.
	ev := c.stopped()
	assert.Equal(t, "breakpoint", ev["reason"])
	assert.Equal(t, mainThread, num(ev["threadId"]))
	c.request("continue", map[string]any{"threadId": mainThread})

	ev = c.stopped()
	assert.Equal(t, "breakpoint", ev["reason"])
	assert.Equal(t, pongThread, num(ev["threadId"]), "the stop is pong's")
	name, ln, frame := c.top(pongThread)
	assert.Equal(t, "pong", name)
	assert.Equal(t, 13, ln)
	locals := c.vars(c.scope(frame, "Locals"))
	assert.Equal(t, "0", locals["v"]["value"])
	assert.Equal(t, "int", locals["v"]["type"])

	threads := c.request("threads", nil)["threads"].([]any)
	var names []string
	for _, th := range threads {
		names = append(names, th.(map[string]any)["name"].(string))
	}
	assert.Equal(t, []string{"0 main (paused)", "1 ping (runnable)", "2 pong (running)"}, names)

	c.request("setBreakpoints", map[string]any{"source": map[string]any{"path": testProgram(t, "pingpong.py")}, "breakpoints": []any{}})
	c.request("continue", map[string]any{"threadId": pongThread})
	assert.Equal(t, 0, num(c.event("exited")["exitCode"]))
	c.event("terminated")
	assert.Equal(t, "[0, 2, 4]\n", c.output("stdout"))
}

func TestConditionHitCountAndLogpoint(t *testing.T) {
	c := newClient(t)
	c.start("pingpong.py", nil, func() {
		setBreakpoints(c, "pingpong.py",
			map[string]any{"line": 13, "condition": "v == 2"},
			map[string]any{"line": 5, "hitCondition": "3"},
			map[string]any{"line": 10, "logMessage": "pong waits {{v}} (out={out})"},
		)
	})
	ev := c.stopped()
	assert.Equal(t, pingThread, num(ev["threadId"]))
	_, _, frame := c.top(pingThread)
	assert.Equal(t, "2", c.vars(c.scope(frame, "Locals"))["i"]["value"], "the third hit of line 5")
	c.request("continue", map[string]any{"threadId": pingThread})

	ev = c.stopped()
	assert.Equal(t, pongThread, num(ev["threadId"]))
	_, _, frame = c.top(pongThread)
	assert.Equal(t, "2", c.vars(c.scope(frame, "Locals"))["v"]["value"], "the condition holds")
	c.request("continue", map[string]any{"threadId": pongThread})
	c.event("terminated")
	assert.Equal(t, "pong waits {v} (out=[])\npong waits {v} (out=[0])\npong waits {v} (out=[0, 2])\npong waits {v} (out=[0, 2, 4])\n", c.output("console"))
}
