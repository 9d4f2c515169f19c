'use strict';

// Scenarios of debugger/dap/scenario_test.go, driven by Microsoft's
// DebugClient over the adapter's stdio. Thread ids are tasklet ids + 1:
// the main tasklet is thread 1.

const test = require('node:test');
const assert = require('node:assert/strict');
const { open, launch, program } = require('./session');

const mainThread = 1;

// A request that the adapter never answers fails its test here, not the
// whole run at the Go test's deadline.
const limit = { timeout: 20000 };

test('a line breakpoint in a tasklet stops there, in its thread, with its stack', limit, async (t) => {
  const { dc, heard } = open(t);
  const pingpong = program('pingpong.py');
  // Line 13 is `out.append(v * 2)` in pong, tasklet 2: thread 3.
  const [, , trace] = await dc.hitBreakpoint({ program: pingpong }, { path: pingpong, line: 13 });
  assert.equal(heard.stopped.length, 1);
  assert.equal(heard.stopped[0].threadId, 3, 'the stop is pong\'s thread');
  assert.equal(heard.stopped[0].allThreadsStopped, true);
  const frames = trace.body.stackFrames;
  assert.deepEqual(frames.map((f) => f.name), ['pong']);
  assert.equal(frames[0].source.path, pingpong);
  assert.equal(trace.body.totalFrames, 1);

  const threads = (await dc.threadsRequest()).body.threads;
  assert.deepEqual(threads.map((th) => [th.id, th.name]),
    [[1, '0 main (in run())'], [2, '1 ping (runnable)'], [3, '2 pong (running)']]);

  const scopes = (await dc.scopesRequest({ frameId: frames[0].id })).body.scopes;
  assert.deepEqual(scopes.map((s) => s.name), ['Locals', 'Globals', 'Tasklet']);
  const locals = (await dc.variablesRequest({ variablesReference: scopes[0].variablesReference })).body.variables;
  const v = locals.find((x) => x.name === 'v');
  assert.ok(v, 'pong has a local v');
  assert.equal(v.value, '0');

  // The main tasklet's stack is there too, stopped in stackless.run().
  const mainTrace = (await dc.stackTraceRequest({ threadId: mainThread })).body;
  assert.equal(mainTrace.stackFrames[0].name, '<module>');
  assert.equal(mainTrace.stackFrames[0].line, 19);

  await dc.setBreakpointsRequest({ source: { path: pingpong }, breakpoints: [] });
  await Promise.all([dc.waitForEvent('terminated'), dc.continueRequest({ threadId: 3 })]);
});

test('a step over ch.receive() ends in the same tasklet, on the next line, after the sender ran', limit, async (t) => {
  const { dc, heard } = open(t);
  const freeze = program('freeze.py');
  const consumer = 2; // tasklet 1
  await dc.hitBreakpoint({ program: freeze }, { path: freeze, line: 8 });
  const [, trace] = await Promise.all([
    dc.nextRequest({ threadId: consumer }),
    dc.assertStoppedLocation('step', { path: freeze, line: 9 }),
  ]);
  assert.equal(heard.stopped.at(-1).threadId, consumer, 'the step ends in the consumer');
  const frame = trace.body.stackFrames[0];
  assert.equal(frame.name, 'consumer');
  const v = await dc.evaluateRequest({ expression: 'v', frameId: frame.id, context: 'watch' });
  assert.equal(v.body.result, '\'hello\'', 'the producer sent its value');
  const threads = (await dc.threadsRequest()).body.threads;
  assert.deepEqual(threads.map((th) => th.name),
    ['0 main (in run())', '1 consumer (running)', '2 producer (runnable)']);
  await Promise.all([dc.waitForEvent('terminated'), dc.continueRequest({ threadId: consumer })]);
});

test('the custom channels request shows a queue with its pending values', limit, async (t) => {
  const { dc } = open(t);
  // queue.py calls breakpoint() at line 10 with three senders waiting.
  await Promise.all([
    launch(dc, 'queue.py'),
    dc.assertStoppedLocation('breakpoint', { path: program('queue.py'), line: 10 }),
  ]);
  const res = await dc.customRequest('channels');
  assert.equal(res.command, 'channels');
  const channels = res.body.channels;
  assert.equal(channels.length, 1);
  const ch = channels[0];
  assert.equal(ch.balance, 3);
  assert.deepEqual(ch.queue.map((w) => [w.tasklet, w.direction, w.value]),
    [[1, 'send', '\'a\''], [2, 'send', '\'b\''], [3, 'send', '\'c\'']]);
  const fields = (await dc.variablesRequest({ variablesReference: ch.variablesReference })).body.variables;
  assert.equal(fields.find((f) => f.name === 'balance').value, '3');

  const page = await dc.customRequest('tasklets', { state: 'blocked', function: 'sender' });
  assert.equal(page.body.total, 3);
  assert.deepEqual(page.body.tasklets.map((x) => x.threadId), [2, 3, 4]);
  await Promise.all([
    dc.assertOutput('stdout', 'a\nb\nc\n'),
    dc.waitForEvent('terminated'),
    dc.continueRequest({ threadId: mainThread }),
  ]);
});

test('evaluate runs in the frame it names', limit, async (t) => {
  const { dc } = open(t);
  const pingpong = program('pingpong.py');
  const [, , trace] = await dc.hitBreakpoint({ program: pingpong }, { path: pingpong, line: 5 });
  // ping's first pass: i is 0, n is 3; the main tasklet's frame has no i.
  const ping = trace.body.stackFrames[0];
  let r = await dc.evaluateRequest({ expression: 'i + n * 10', frameId: ping.id, context: 'hover' });
  assert.equal(r.body.result, '30');
  assert.equal(r.body.type, 'int');
  const main = (await dc.stackTraceRequest({ threadId: mainThread })).body.stackFrames[0];
  r = await dc.evaluateRequest({ expression: 'out', frameId: main.id, context: 'watch' });
  assert.equal(r.body.result, '[]');
  assert.equal(r.body.type, 'list');
  await assert.rejects(dc.evaluateRequest({ expression: 'i', frameId: main.id, context: 'watch' }),
    { message: 'NameError: name \'i\' is not defined' });
  await assert.rejects(dc.evaluateRequest({ expression: 'ch.receive()', frameId: main.id, context: 'repl' }),
    /the debugger does not run code that blocks or switches tasklets/);
  // Lengths count bytes, in both directions.
  r = await dc.evaluateRequest({ expression: '"ünï✓" * 2', frameId: ping.id, context: 'repl' });
  assert.equal(r.body.result, '\'ünï✓ünï✓\'');
  // The console runs statements: this one changes what ping sends.
  r = await dc.evaluateRequest({ expression: 'i = 20', frameId: ping.id, context: 'repl' });
  assert.equal(r.body.result, '');
  await dc.setBreakpointsRequest({ source: { path: pingpong }, breakpoints: [] });
  await Promise.all([
    dc.assertOutput('stdout', '[40, 2, 4]\n'),
    dc.waitForEvent('terminated'),
    dc.continueRequest({ threadId: 2 }),
  ]);
});

test('the program\'s output arrives as output events, then exited and terminated', limit, async (t) => {
  const { dc } = open(t);
  const exited = dc.waitForEvent('exited');
  const order = [];
  for (const name of ['output', 'exited', 'terminated']) {
    dc.on(name, () => order.push(name));
  }
  await Promise.all([
    launch(dc, 'pingpong.py'),
    dc.assertOutput('stdout', '[0, 2, 4]\n'),
    dc.waitForEvent('terminated'),
  ]);
  assert.equal((await exited).body.exitCode, 0);
  assert.deepEqual(order.slice(-3), ['output', 'exited', 'terminated']);

  // An uncaught exception ends the program with status 1 and its
  // traceback on stderr.
  const second = open(t).dc;
  const failed = second.waitForEvent('exited');
  await Promise.all([
    launch(second, 'exceptions.py', {}, () => second.setExceptionBreakpointsRequest({ filters: [] })),
    second.assertOutput('stderr', 'Traceback (most recent call last):\n'),
    second.waitForEvent('terminated'),
  ]);
  assert.equal((await failed).body.exitCode, 1);
});

test('a malformed request gets an error response, and the adapter keeps answering', limit, async (t) => {
  const { dc, proc, heard } = open(t);
  await assert.rejects(dc.customRequest('frobnicate'), /unsupported request "frobnicate"/);
  await assert.rejects(dc.stackTraceRequest({ threadId: 1 }), /launch or attach first/);
  await assert.rejects(dc.stackTraceRequest({ threadId: 'one' }), /malformed "stackTrace" request/);
  await assert.rejects(dc.launchRequest({ program: 42 }), /invalid launch arguments/);
  await assert.rejects(dc.launchRequest({ program: program('nothere.py') }), /cannot run .*nothere\.py/);
  // Bytes that are no JSON, and a header without a length: no request
  // to answer, and the adapter reads on.
  const garbage = '{not json';
  proc.stdin.write(`Content-Length: ${garbage.length}\r\n\r\n${garbage}`);
  proc.stdin.write('Content-Length: many\r\n\r\n');
  const init = await dc.initializeRequest();
  assert.equal(init.body.supportsConfigurationDoneRequest, true);
  assert.deepEqual(init.body.exceptionBreakpointFilters.map((f) => f.filter), ['raised', 'uncaught', 'deadlock']);
  assert.match(heard.output.console || '', /ignored a message that is not a request/);

  await Promise.all([
    launch(dc, 'pingpong.py'),
    dc.assertOutput('stdout', '[0, 2, 4]\n'),
    dc.waitForEvent('terminated'),
  ]);
});

test('continue and steps are answered before the stop they lead to', limit, async (t) => {
  // VS Code takes these responses for news that the thread runs again:
  // a stopped event that overtook one left the stopped program shown
  // as running. busy.py's loop stops at its breakpoint again at once.
  const { dc } = open(t);
  const busy = program('busy.py');
  await dc.hitBreakpoint({ program: busy }, { path: busy, line: 6 });
  const resume = [
    () => dc.continueRequest({ threadId: mainThread }),
    () => dc.nextRequest({ threadId: mainThread }),
    () => dc.stepInRequest({ threadId: mainThread }),
  ];
  for (let i = 0; i < 150; i++) {
    const [answer, stop] = await Promise.all([resume[i % 3](), dc.waitForEvent('stopped')]);
    assert.ok(answer.seq < stop.seq, `round ${i}: the stop (seq ${stop.seq}) came before the response to ${answer.command} (seq ${answer.seq})`);
  }
  await Promise.all([dc.waitForEvent('terminated'), dc.terminateRequest()]);
});

test('a client that counts lines and columns from 0 gets them so', limit, async (t) => {
  const { dc, heard } = open(t);
  const pingpong = program('pingpong.py');
  const initialized = dc.waitForEvent('initialized');
  await dc.initializeRequest({ adapterID: 'tasklet', linesStartAt1: false, columnsStartAt1: false, pathFormat: 'path' });
  await dc.launchRequest({ program: pingpong });
  await initialized;
  // Line 12 from 0 is `out.append(v * 2)` in pong.
  const placed = await dc.setBreakpointsRequest({ source: { path: pingpong }, breakpoints: [{ line: 12 }] });
  assert.equal(placed.body.breakpoints[0].line, 12);
  const [, trace] = await Promise.all([
    dc.configurationDoneRequest(),
    dc.assertStoppedLocation('breakpoint', { path: pingpong, line: 12, column: 8 }),
  ]);
  assert.equal(heard.stopped.at(-1).threadId, 3);
  const completions = await dc.completionsRequest({ text: 'x = ou', column: 6, frameId: trace.body.stackFrames[0].id });
  const out = completions.body.targets.find((c) => c.label === 'out');
  assert.deepEqual([out.start, out.length], [4, 2]);
});
