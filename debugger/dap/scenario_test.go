package dap

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	assert.Equal(t, []string{"0 main (in run())", "1 ping (runnable)", "2 pong (running)"}, names)

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

// A step over ch.receive() ends in the same tasklet, once the value has
// come, though the sender ran in between.
func TestStepOverReceiveFollowsTheTasklet(t *testing.T) {
	c := newClient(t)
	c.start("freeze.py", nil, func() { setBreakpoints(c, "freeze.py", line(8)) })
	const consumer = 2 // tasklet 1
	ev := c.stopped()
	require.Equal(t, consumer, num(ev["threadId"]))
	c.request("next", map[string]any{"threadId": consumer})
	ev = c.stopped()
	assert.Equal(t, "step", ev["reason"])
	assert.Equal(t, consumer, num(ev["threadId"]))
	name, ln, frame := c.top(consumer)
	assert.Equal(t, "consumer", name)
	assert.Equal(t, 9, ln)
	assert.Equal(t, "'hello'", c.vars(c.scope(frame, "Locals"))["v"]["value"])
	// The producer has run meanwhile: it sent, and waits for its turn.
	threads := c.request("threads", nil)["threads"].([]any)
	require.Len(t, threads, 3)
	assert.Equal(t, "2 producer (runnable)", threads[2].(map[string]any)["name"])
	c.request("continue", map[string]any{"threadId": consumer})
	c.event("terminated")
	assert.Equal(t, "hello 1\ndone\n", c.output("stdout"))
}

// With other tasklets frozen, a step that would need them stops where the
// stepped tasklet blocks, and says why.
func TestFrozenStepStopsWhereTheTaskletBlocks(t *testing.T) {
	c := newClient(t)
	c.start("freeze.py", map[string]any{"otherTasklets": "freeze"}, func() { setBreakpoints(c, "freeze.py", line(7)) })
	const consumer = 2
	c.stopped()
	c.request("next", map[string]any{"threadId": consumer})
	ev := c.stopped()
	assert.Equal(t, "step", ev["reason"])
	_, ln, _ := c.top(consumer)
	assert.Equal(t, 8, ln)
	c.request("next", map[string]any{"threadId": consumer})
	ev = c.stopped()
	assert.Equal(t, "step", ev["reason"])
	assert.Equal(t, consumer, num(ev["threadId"]))
	assert.Contains(t, ev["description"], "tasklet 1 (consumer) is blocked on receive from channel@freeze.py:11")
	assert.Contains(t, ev["description"], "other tasklets are frozen")
	_, ln, _ = c.top(consumer)
	assert.Equal(t, 8, ln, "the consumer has not moved")
	assert.Empty(t, c.output("stdout"))
	// Continue lets everybody run.
	c.request("continue", map[string]any{"threadId": consumer})
	c.event("terminated")
	assert.Equal(t, "hello 1\ndone\n", c.output("stdout"))
}

func TestStepInAndOut(t *testing.T) {
	c := newClient(t)
	c.start("exceptions.py", nil, func() { setBreakpoints(c, "exceptions.py", line(12)) })
	c.stopped()
	c.request("stepIn", map[string]any{"threadId": mainThread})
	c.stopped()
	name, ln, _ := c.top(mainThread)
	assert.Equal(t, "careful", name)
	assert.Equal(t, 4, ln)
	c.request("next", map[string]any{"threadId": mainThread})
	c.stopped()
	_, ln, _ = c.top(mainThread)
	assert.Equal(t, 5, ln)
	c.request("stepOut", map[string]any{"threadId": mainThread})
	ev := c.stopped()
	assert.Equal(t, "step", ev["reason"])
	name, ln, _ = c.top(mainThread)
	assert.Equal(t, "<module>", name)
	assert.Equal(t, 12, ln)
	c.request("next", map[string]any{"threadId": mainThread})
	c.stopped()
	_, ln, _ = c.top(mainThread)
	assert.Equal(t, 13, ln)
	c.request("disconnect", nil)
}

func TestPauseInABusyLoop(t *testing.T) {
	c := newClient(t)
	c.start("busy.py", nil, nil)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(c.output("stdout"), "ready") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	c.request("pause", map[string]any{"threadId": mainThread})
	ev := c.stopped()
	assert.Equal(t, "pause", ev["reason"])
	_, ln, frame := c.top(mainThread)
	assert.Contains(t, []int{5, 6}, ln)
	n := c.request("evaluate", map[string]any{"expression": "n > 0", "frameId": frame, "context": "watch"})
	assert.Equal(t, "True", n["result"])
	c.request("continue", map[string]any{"threadId": mainThread})
	c.request("pause", map[string]any{"threadId": mainThread})
	c.stopped()
	c.request("terminate", nil)
	c.event("terminated")
}

func TestDeadlockStop(t *testing.T) {
	c := newClient(t)
	c.start("deadlock.py", nil, func() {
		c.request("setExceptionBreakpoints", map[string]any{"filters": []string{"deadlock"}})
	})
	ev := c.stopped()
	assert.Equal(t, "exception", ev["reason"])
	assert.Equal(t, mainThread, num(ev["threadId"]))
	assert.Contains(t, ev["text"], "tasklet 1 (stuck) is blocked on send to channel@deadlock.py:6 at deadlock.py:4")
	assert.Contains(t, ev["text"], "tasklet 0 (main) is running at deadlock.py:10, about to block")
	info := c.request("exceptionInfo", map[string]any{"threadId": mainThread})
	assert.Equal(t, "Deadlock", info["exceptionId"])
	_, ln, _ := c.top(mainThread)
	assert.Equal(t, 10, ln)
	c.request("continue", map[string]any{"threadId": mainThread})
	assert.Equal(t, 1, num(c.event("exited")["exitCode"]))
	assert.Contains(t, c.output("stderr"), "RuntimeError: Deadlock")
}

func TestChannelQueue(t *testing.T) {
	c := newClient(t)
	c.start("queue.py", nil, nil)
	ev := c.stopped()
	assert.Equal(t, "breakpoint", ev["reason"])
	chans := c.request("channels", nil)["channels"].([]any)
	require.Len(t, chans, 1)
	ch := chans[0].(map[string]any)
	assert.Equal(t, 3, num(ch["balance"]))
	queue := ch["queue"].([]any)
	require.Len(t, queue, 3)
	for i, want := range []string{"'a'", "'b'", "'c'"} {
		w := queue[i].(map[string]any)
		assert.Equal(t, want, w["value"])
		assert.Equal(t, "send", w["direction"])
		assert.Equal(t, i+1, num(w["tasklet"]))
	}
	fields := c.vars(num(ch["variablesReference"]))
	assert.Equal(t, "3", fields["balance"]["value"])
	assert.Equal(t, "False", fields["closing"]["value"])
	waiting := c.vars(num(fields["queue"]["variablesReference"]))
	first := waiting["[0]"]
	assert.Contains(t, first["value"], "sender (blocked: send on channel@queue.py:6)")
	tasklet := c.vars(num(first["variablesReference"]))
	assert.Equal(t, "'a'", tasklet["offer"]["value"])
	frames := c.vars(num(tasklet["frames"]["variablesReference"]))
	require.Contains(t, frames, "0 sender")
	assert.Equal(t, "queue.py:4", frames["0 sender"]["value"])
	locals := c.vars(num(frames["0 sender"]["variablesReference"]))
	assert.Equal(t, "'a'", locals["value"]["value"])
	c.request("continue", map[string]any{"threadId": mainThread})
	c.event("terminated")
	assert.Equal(t, "a\nb\nc\n", c.output("stdout"))
}

func TestEvaluateAndSetVariable(t *testing.T) {
	c := newClient(t)
	c.start("pingpong.py", nil, func() { setBreakpoints(c, "pingpong.py", map[string]any{"line": 13, "hitCondition": "1"}) })
	c.stopped()
	_, _, frame := c.top(pongThread)
	r := c.request("evaluate", map[string]any{"expression": "v + 40", "frameId": frame, "context": "hover"})
	assert.Equal(t, "40", r["result"])
	r = c.request("evaluate", map[string]any{"expression": "out", "frameId": frame, "context": "watch"})
	assert.Equal(t, "[]", r["result"])
	assert.Equal(t, "list", r["type"])
	msg := c.failure("evaluate", map[string]any{"expression": "nope", "frameId": frame, "context": "watch"})
	assert.Equal(t, "NameError: name 'nope' is not defined", msg)
	msg = c.failure("evaluate", map[string]any{"expression": "ch.receive()", "frameId": frame, "context": "repl"})
	assert.Contains(t, msg, "the debugger does not run code that blocks or switches tasklets")
	// The console runs statements, and they change the frame.
	r = c.request("evaluate", map[string]any{"expression": "v = 5", "frameId": frame, "context": "repl"})
	assert.Equal(t, "", r["result"])
	locals := c.scope(frame, "Locals")
	assert.Equal(t, "5", c.vars(locals)["v"]["value"])
	// A new name lives on beside the function's frame, for the console.
	c.request("evaluate", map[string]any{"expression": "w = v * 3", "frameId": frame, "context": "repl"})
	r = c.request("evaluate", map[string]any{"expression": "w + 1", "frameId": frame, "context": "repl"})
	assert.Equal(t, "16", r["result"])
	assert.Equal(t, "15", c.vars(c.scope(frame, "Locals"))["w"]["value"])
	set := c.request("setVariable", map[string]any{"variablesReference": c.scope(frame, "Locals"), "name": "w", "value": "2"})
	assert.Equal(t, "2", set["value"])
	assert.Equal(t, "2", c.request("evaluate", map[string]any{"expression": "w", "frameId": frame, "context": "watch"})["result"])
	set = c.request("setVariable", map[string]any{"variablesReference": locals, "name": "v", "value": "v + 1"})
	assert.Equal(t, "6", set["value"])
	set = c.request("setExpression", map[string]any{"expression": "v", "value": "v * 10 - 10", "frameId": frame})
	assert.Equal(t, "50", set["value"])
	r = c.request("evaluate", map[string]any{"expression": "out.append(7)", "frameId": frame, "context": "repl"})
	assert.Equal(t, "None", r["result"])
	comp := c.request("completions", map[string]any{"text": "ou", "column": 3, "frameId": frame})
	var labels []string
	for _, it := range comp["targets"].([]any) {
		labels = append(labels, it.(map[string]any)["label"].(string))
	}
	assert.Contains(t, labels, "out")
	comp = c.request("completions", map[string]any{"text": "out.app", "column": 8, "frameId": frame})
	require.NotEmpty(t, comp["targets"])
	assert.Equal(t, "append", comp["targets"].([]any)[0].(map[string]any)["label"])
	c.request("continue", map[string]any{"threadId": pongThread})
	c.event("terminated")
	assert.Equal(t, "[7, 100, 2, 4]\n", c.output("stdout"))
}

func TestHundredThousandTasklets(t *testing.T) {
	c := newClient(t)
	c.start("many.py", nil, nil)
	c.stopped()
	began := time.Now()
	threads := c.request("threads", nil)["threads"].([]any)
	assert.Less(t, time.Since(began), time.Second, "threads with 100,000 tasklets")
	assert.Len(t, threads, maxThreads)
	began = time.Now()
	page := c.request("tasklets", map[string]any{"start": 99990, "count": 20, "state": "blocked"})
	assert.Less(t, time.Since(began), time.Second, "a page of tasklets")
	assert.Equal(t, 100000, num(page["total"]))
	list := page["tasklets"].([]any)
	require.Len(t, list, 10)
	last := list[9].(map[string]any)
	assert.Equal(t, 100000, num(last["id"]))
	assert.Equal(t, "waiter", last["function"])
	assert.Equal(t, "receive", last["direction"])
	main := c.request("tasklets", map[string]any{"state": "running"})
	assert.Equal(t, 1, num(main["total"]))
	assert.Equal(t, map[string]any{"running": 1.0, "blocked": 100000.0}, main["states"])
	c.request("terminate", nil)
	c.event("terminated")
}

func TestFunctionBreakpoint(t *testing.T) {
	c := newClient(t)
	c.start("pingpong.py", nil, func() {
		body := c.request("setFunctionBreakpoints", map[string]any{"breakpoints": []any{map[string]any{"name": "pong"}}})
		assert.Equal(t, true, body["breakpoints"].([]any)[0].(map[string]any)["verified"])
	})
	ev := c.stopped()
	assert.Equal(t, "function breakpoint", ev["reason"])
	assert.Equal(t, pongThread, num(ev["threadId"]))
	name, ln, _ := c.top(pongThread)
	assert.Equal(t, "pong", name)
	assert.Equal(t, 9, ln)
	c.request("continue", map[string]any{"threadId": pongThread})
	c.event("terminated")
}

func TestExceptionBreakpoints(t *testing.T) {
	c := newClient(t)
	c.start("exceptions.py", nil, func() {
		c.request("setExceptionBreakpoints", map[string]any{"filters": []string{"raised", "uncaught"}})
	})
	ev := c.stopped()
	assert.Equal(t, "exception", ev["reason"])
	assert.Equal(t, "ValueError: invalid literal for int() with base 10: 'x'", ev["text"])
	_, ln, _ := c.top(mainThread)
	assert.Equal(t, 5, ln)
	c.request("continue", map[string]any{"threadId": mainThread})

	// Raised and uncaught: one stop, that says the more.
	ev = c.stopped()
	assert.Equal(t, "KeyError: 'missing'", ev["text"])
	assert.Equal(t, 2, num(ev["threadId"]))
	assert.Contains(t, ev["description"], "uncaught exception: it ends tasklet 1 and is raised again in the main tasklet")
	info := c.request("exceptionInfo", map[string]any{"threadId": 2})
	assert.Equal(t, "KeyError", info["exceptionId"])
	assert.Equal(t, "unhandled", info["breakMode"])
	details := info["details"].(map[string]any)
	assert.Contains(t, details["stackTrace"], "line 10, in careless")
	c.request("setExceptionBreakpoints", map[string]any{"filters": []string{}})
	c.request("continue", map[string]any{"threadId": 2})
	assert.Equal(t, 1, num(c.event("exited")["exitCode"]))
	assert.Contains(t, c.output("stderr"), "KeyError: 'missing'")
}

func TestStopOnEntryAndRestart(t *testing.T) {
	c := newClient(t)
	c.start("pingpong.py", map[string]any{"stopOnEntry": true}, nil)
	ev := c.stopped()
	assert.Equal(t, "entry", ev["reason"])
	_, ln, _ := c.top(mainThread)
	assert.Equal(t, 1, ln)
	setBreakpoints(c, "pingpong.py", line(20))
	c.request("continue", map[string]any{"threadId": mainThread})
	c.stopped()
	_, ln, _ = c.top(mainThread)
	assert.Equal(t, 20, ln)
	c.request("restart", nil)
	ev = c.stopped()
	assert.Equal(t, "entry", ev["reason"])
	c.request("continue", map[string]any{"threadId": mainThread})
	ev = c.stopped()
	assert.Equal(t, "breakpoint", ev["reason"])
	c.request("continue", map[string]any{"threadId": mainThread})
	c.event("terminated")
	assert.Equal(t, "[0, 2, 4]\n", c.output("stdout"), "the first run was ended before it printed")
}

func TestMalformedRequests(t *testing.T) {
	c := newClient(t)
	assert.Contains(t, c.failure("frobnicate", nil), "unsupported request \"frobnicate\"")
	assert.Contains(t, c.failure("launch", map[string]any{"program": 42}), "launch")
	assert.Contains(t, c.failure("launch", map[string]any{}), "no \"program\"")
	assert.Contains(t, c.failure("stackTrace", map[string]any{"threadId": 1}), "launch or attach first")
	assert.Contains(t, c.failure("variables", map[string]any{"variablesReference": 9}), "no variables 9")
	c.sendRaw([]byte("{not json"))
	c.sendRaw([]byte(`{"seq": 5, "type": "request", "command": "next", "arguments": "oops"}`))
	m := c.anyResponse(5)
	assert.Equal(t, false, m["success"])
	// Still answering.
	c.request("initialize", map[string]any{"adapterID": "tasklet"})
}

// Errors of requests a client repeats at every stop (watches, hovers)
// are not shown as notifications; errors of what the user did once are.
func TestWhichErrorsAreShown(t *testing.T) {
	c := newClient(t)
	showUser := func(command string, args any) any {
		m := c.anyResponse(c.send(command, args))
		require.Equal(t, false, m["success"])
		return m["body"].(map[string]any)["error"].(map[string]any)["showUser"]
	}
	assert.Equal(t, false, showUser("evaluate", map[string]any{"expression": "x", "context": "watch"}))
	assert.Equal(t, true, showUser("launch", map[string]any{}))
}

// Code without a file on disk (the VM's built-in Python modules) comes by
// sourceReference; loadedSources lists what the program loaded.
func TestSourcesWithoutAFile(t *testing.T) {
	c := newClient(t)
	c.start("libs.py", nil, func() { setBreakpoints(c, "libs.py", line(5)) })
	c.stopped()
	c.request("stepIn", map[string]any{"threadId": mainThread})
	c.stopped()
	st := c.request("stackTrace", map[string]any{"threadId": mainThread})
	top := st["stackFrames"].([]any)[0].(map[string]any)
	assert.Equal(t, "heappush", top["name"])
	src := top["source"].(map[string]any)
	assert.Equal(t, "<frozen heapq>", src["name"])
	ref := num(src["sourceReference"])
	require.NotZero(t, ref)
	text := c.request("source", map[string]any{"sourceReference": ref, "source": src})["content"].(string)
	assert.Contains(t, text, "def heappush(")
	var names []string
	for _, s := range c.request("loadedSources", nil)["sources"].([]any) {
		names = append(names, s.(map[string]any)["name"].(string))
	}
	assert.Contains(t, names, "libs.py")
	assert.Contains(t, names, "<frozen heapq>")
	c.request("continue", map[string]any{"threadId": mainThread})
	c.event("terminated")
}

// A client can load a deep stack a page at a time.
func TestStackTracePaging(t *testing.T) {
	c := newClient(t)
	c.start("deep.py", nil, nil)
	c.stopped()
	st := c.request("stackTrace", map[string]any{"threadId": mainThread, "startFrame": 0, "levels": 20})
	assert.Equal(t, 52, num(st["totalFrames"]))
	assert.Len(t, st["stackFrames"], 20)
	st = c.request("stackTrace", map[string]any{"threadId": mainThread, "startFrame": 40, "levels": 20})
	frames := st["stackFrames"].([]any)
	require.Len(t, frames, 12)
	last := frames[11].(map[string]any)
	assert.Equal(t, "<module>", last["name"])
	assert.Equal(t, 7, num(last["line"]))
	c.request("continue", map[string]any{"threadId": mainThread})
	c.event("terminated")
	assert.Equal(t, "50\n", c.output("stdout"))
}

// The launch options env, cwd, noDebug and timeslice.
func TestLaunchOptions(t *testing.T) {
	dir := t.TempDir()
	c := newClient(t)
	c.start("libs.py", map[string]any{"env": map[string]any{"TASKLET_DAP_TEST": "from-env"}, "cwd": dir, "noDebug": true},
		func() { setBreakpoints(c, "libs.py", line(5)) })
	c.event("terminated")
	assert.Equal(t, "from-env "+filepath.Base(dir)+"\n", c.output("stdout"), "noDebug: the breakpoint does not stop")

	c = newClient(t)
	c.start("spin.py", map[string]any{"timeslice": 1000}, nil)
	c.event("terminated")
	assert.Equal(t, "['a', 'b', 'a', 'b', 'a', 'b']\n", c.output("stdout"))

	assert.Contains(t, newClient(t).startFailure("spin.py", map[string]any{"otherTasklets": "sometimes"}), `"otherTasklets" is "sometimes"`)
}

// A breakpoint that another tasklet hits during a step stops there, and
// the stop says so.
func TestBreakpointOfAnotherTaskletDuringAStep(t *testing.T) {
	c := newClient(t)
	c.start("pingpong.py", nil, func() { setBreakpoints(c, "pingpong.py", line(10)) })
	ev := c.stopped()
	require.Equal(t, pongThread, num(ev["threadId"]))
	// The first receive finds ping waiting with its value; at the second,
	// pong blocks and ping runs.
	c.request("continue", map[string]any{"threadId": pongThread})
	c.stopped()
	setBreakpoints(c, "pingpong.py", line(5))
	c.request("next", map[string]any{"threadId": pongThread})
	ev = c.stopped()
	assert.Equal(t, "breakpoint", ev["reason"])
	assert.Equal(t, pingThread, num(ev["threadId"]))
	assert.Contains(t, ev["description"], "in tasklet 1, during a step of tasklet 2")
	c.request("disconnect", nil)
}

// Pause and terminate reach a program in time.sleep without waiting for
// the end of the sleep.
func TestPauseInSleep(t *testing.T) {
	c := newClient(t)
	c.start("sleepy.py", nil, nil)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(c.output("stdout"), "sleeping") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	began := time.Now()
	c.request("pause", map[string]any{"threadId": mainThread})
	assert.Equal(t, "pause", c.stopped()["reason"])
	_, ln, _ := c.top(mainThread)
	assert.Equal(t, 3, ln)
	c.request("continue", map[string]any{"threadId": mainThread})
	c.request("terminate", nil)
	c.event("terminated")
	assert.Less(t, time.Since(began), 5*time.Second)
	assert.NotContains(t, c.output("stdout"), "woke")
}

// A tasklet that has not started shows its bound function as its one
// frame; stepping it stops at its first line once it runs.
func TestStepATaskletNotStarted(t *testing.T) {
	c := newClient(t)
	c.start("notstarted.py", nil, nil)
	c.stopped()
	st := c.request("stackTrace", map[string]any{"threadId": 2})
	frames := st["stackFrames"].([]any)
	require.Len(t, frames, 1)
	assert.Equal(t, "worker (not started)", frames[0].(map[string]any)["name"])
	assert.Equal(t, 3, num(frames[0].(map[string]any)["line"]))
	c.request("next", map[string]any{"threadId": 2})
	ev := c.stopped()
	assert.Equal(t, "step", ev["reason"])
	assert.Equal(t, 2, num(ev["threadId"]))
	name, ln, _ := c.top(2)
	assert.Equal(t, "worker", name)
	assert.Equal(t, 4, ln)
	c.request("continue", map[string]any{"threadId": 2})
	c.event("terminated")
	assert.Equal(t, "worker 42\ndone\n", c.output("stdout"))
}

// Every resume says so with a continued event, sent after the response
// and before the stop that ends it.
func TestContinuedBeforeTheNextStop(t *testing.T) {
	// The stop comes before the answer, the order that a real client
	// sometimes sees.
	c := newClientWith(t, func(s *Session) {
		s.afterRun = func(command string) {
			if command == "launch" || command == "configurationDone" {
				return
			}
			for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
				s.wmu.Lock()
				stopped := len(s.held) > 0
				s.wmu.Unlock()
				if stopped {
					return
				}
			}
		}
	})
	c.start("loop.py", nil, func() { setBreakpoints(c, "loop.py", line(6)) })
	c.stopped()
	for _, command := range []string{"next", "stepIn", "continue"} {
		seq := c.send(command, map[string]any{"threadId": mainThread})
		resp := c.waitFor("the response", func(m map[string]any) bool { return num(m["request_seq"]) == seq })
		cont := c.waitFor("continued", func(m map[string]any) bool { return m["event"] == "continued" })
		stop := c.waitFor("stopped", func(m map[string]any) bool { return m["event"] == "stopped" })
		assert.Less(t, num(resp["seq"]), num(cont["seq"]), command)
		assert.Less(t, num(cont["seq"]), num(stop["seq"]), command)
		assert.Equal(t, true, cont["body"].(map[string]any)["allThreadsContinued"])
	}
	c.request("disconnect", nil)
}
