import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BinaryLookup, notFoundMessage, resolveBinary } from '../src/models/binaries';

function lookup(executables: string[], over: Partial<BinaryLookup> = {}): BinaryLookup {
  return {
    extensionPath: '/ext',
    envPath: '/usr/local/bin:/usr/bin',
    platform: 'linux',
    isExecutable: (f) => executables.includes(f),
    ...over,
  };
}

test('the bundled binary comes first', () => {
  const r = resolveBinary('tasklet-lsp', lookup(['/ext/bin/tasklet-lsp', '/opt/tasklet-lsp', '/usr/bin/tasklet-lsp'], { setting: '/opt/tasklet-lsp' }));
  assert.deepEqual(r.found, { path: '/ext/bin/tasklet-lsp', source: 'bundled' });
});

test('then the setting, then PATH in order', () => {
  const both = lookup(['/opt/tasklet-dap', '/usr/bin/tasklet-dap'], { setting: '/opt/tasklet-dap' });
  assert.deepEqual(resolveBinary('tasklet-dap', both).found, { path: '/opt/tasklet-dap', source: 'setting' });
  const path = lookup(['/usr/local/bin/tasklet-dap', '/usr/bin/tasklet-dap']);
  assert.deepEqual(resolveBinary('tasklet-dap', path).found, { path: '/usr/local/bin/tasklet-dap', source: 'PATH' });
});

test('a setting that does not exist falls through to PATH', () => {
  const r = resolveBinary('tasklet-lsp', lookup(['/usr/bin/tasklet-lsp'], { setting: '/nowhere/tasklet-lsp' }));
  assert.equal(r.found?.source, 'PATH');
  assert.deepEqual(r.tried, ['/ext/bin/tasklet-lsp', '/nowhere/tasklet-lsp', '/usr/local/bin/tasklet-lsp', '/usr/bin/tasklet-lsp']);
});

test('a relative setting is read from the workspace folder; a blank one is ignored', () => {
  const rel = lookup(['/ws/bin/tasklet-lsp'], { setting: 'bin/tasklet-lsp', workspaceFolder: '/ws' });
  assert.deepEqual(resolveBinary('tasklet-lsp', rel).found, { path: '/ws/bin/tasklet-lsp', source: 'setting' });
  const blank = resolveBinary('tasklet-lsp', lookup([], { setting: '  ', envPath: '' }));
  assert.deepEqual(blank.tried, ['/ext/bin/tasklet-lsp']);
});

test('empty PATH entries are skipped and Windows looks for .exe', () => {
  const r = resolveBinary('tasklet-lsp', lookup([], { envPath: ':/usr/bin:' }));
  assert.deepEqual(r.tried, ['/ext/bin/tasklet-lsp', '/usr/bin/tasklet-lsp']);
  const win = resolveBinary('tasklet-lsp', lookup(['C:\\tools\\tasklet-lsp.exe'], { extensionPath: 'C:\\ext', envPath: 'C:\\tools;C:\\bin', platform: 'win32' }));
  assert.deepEqual(win.found, { path: 'C:\\tools\\tasklet-lsp.exe', source: 'PATH' });
});

test('nothing found: the message lists where it looked and the setting', () => {
  const r = resolveBinary('tasklet-dap', lookup([], { envPath: '/usr/bin' }));
  assert.equal(r.found, undefined);
  const msg = notFoundMessage('tasklet-dap', 'tasklet.debugger.path', r);
  assert.match(msg, /\/ext\/bin\/tasklet-dap, \/usr\/bin\/tasklet-dap/);
  assert.match(msg, /tasklet\.debugger\.path/);
});
