'use strict';

// A session of Microsoft's DebugClient with the tasklet-dap binary that
// TASKLET_DAP names, spawned here and driven over its stdin and stdout as
// VS Code does.

const { spawn } = require('node:child_process');
const path = require('node:path');
const { DebugClient } = require('@vscode/debugadapter-testsupport');

// The programs are those of the Go scenario tests, one directory up.
const testdata = path.resolve(__dirname, '..');

function program(name) {
  return path.join(testdata, name);
}

// open starts the adapter for test t and returns the client, the process,
// and what the client heard: output by category, and every stopped event.
// The adapter is disconnected when t ends, and must then exit by itself,
// with status 0.
function open(t) {
  const binary = process.env.TASKLET_DAP;
  if (!binary) {
    throw new Error('TASKLET_DAP names no adapter: run `go test ./debugger/dap -run TestMicrosoftDebugClient`');
  }
  const proc = spawn(binary, [], { stdio: ['pipe', 'pipe', 'pipe'] });
  const heard = { output: {}, stopped: [], stderr: '' };
  proc.stderr.on('data', (d) => { heard.stderr += d; });
  // Writing to an adapter that has exited fails (EPIPE): its exit status,
  // checked when the test ends, tells why.
  proc.stdin.on('error', () => {});
  const exited = new Promise((resolve) => {
    proc.on('exit', (code, signal) => resolve({ code, signal }));
  });

  const dc = new DebugClient('tasklet-dap', binary, 'tasklet');
  dc.defaultTimeout = 10000;
  dc.connect(proc.stdout, proc.stdin);
  dc.on('output', (e) => {
    const c = e.body.category || 'console';
    heard.output[c] = (heard.output[c] || '') + e.body.output;
  });
  dc.on('stopped', (e) => heard.stopped.push(e.body));

  t.after(async () => {
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
    // Disconnect, as VS Code does at the end; an adapter that the test
    // disconnected already has exited, or soon will, and answers nothing.
    await Promise.race([dc.disconnectRequest({}).catch(() => {}), exited]);
    proc.stdin.end();
    const end = await exited;
    clearTimeout(timer);
    if (end.code !== 0) {
      throw new Error(`tasklet-dap ended with ${end.signal || 'status ' + end.code}; its stderr:\n${heard.stderr}`);
    }
  });
  return { dc, proc, heard };
}

// launch initializes the session and launches a program of testdata;
// configure runs once the adapter says it is initialized, before
// configurationDone (to set breakpoints).
async function launch(dc, name, extra = {}, configure = async () => {}) {
  await Promise.all([
    dc.waitForEvent('initialized').then(async () => {
      await configure();
      await dc.configurationDoneRequest();
    }),
    dc.launch({ program: program(name), ...extra }),
  ]);
}

module.exports = { open, launch, program };
