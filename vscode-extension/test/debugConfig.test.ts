import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActiveFile, resolveDebugConfig } from '../src/models/debugConfig';

const program: ActiveFile = { path: '/ws/prog.py', languageId: 'python', isTaskletProgram: true };
const plain: ActiveFile = { path: '/ws/notes.py', languageId: 'python', isTaskletProgram: false };

test('F5 with no launch.json debugs the active tasklet program', () => {
  assert.deepEqual(resolveDebugConfig({}, program), {
    config: { type: 'tasklet', request: 'launch', name: 'Debug tasklet file', program: '/ws/prog.py', noDebug: false, cwd: '/ws' },
  });
});

test('cwd is the workspace folder, else the folder of an absolute program, else left to the adapter', () => {
  const launch = { type: 'tasklet', request: 'launch', name: 'x' };
  const cwd = (over: Record<string, unknown>, folder?: string) => {
    const r = resolveDebugConfig({ ...launch, ...over }, undefined, folder);
    assert.ok('config' in r);
    return r.config.cwd;
  };
  assert.equal(cwd({ program: '/a/b/p.py' }, '/ws'), '/ws');
  assert.equal(cwd({ program: '/a/b/p.py' }), '/a/b');
  assert.equal(cwd({ program: 'p.py' }), undefined);
  assert.equal(cwd({ program: 'p.py', cwd: '' }), undefined);
  assert.equal(cwd({ program: '/a/p.py', cwd: '/elsewhere' }, '/ws'), '/elsewhere');
});

test('F5 on a file that is not a tasklet program, or on nothing, explains', () => {
  for (const active of [plain, undefined]) {
    const r = resolveDebugConfig({}, active);
    assert.ok('error' in r);
    assert.match(r.error, /imports stackless/);
  }
});

test('a launch without a program runs the active file, whatever it is', () => {
  const r = resolveDebugConfig({ type: 'tasklet', request: 'launch', name: 'x', stopOnEntry: true }, plain, '/ws');
  assert.deepEqual(r, { config: { type: 'tasklet', request: 'launch', name: 'x', stopOnEntry: true, program: '/ws/notes.py', cwd: '/ws' } });
  assert.ok('error' in resolveDebugConfig({ type: 'tasklet', request: 'launch', name: 'x', program: '' }, undefined));
});

test('a launch keeps its own program and options', () => {
  const config = { type: 'tasklet', request: 'launch', name: 'x', program: 'main.py', args: ['a'], timeslice: 100, otherTasklets: 'freeze', cwd: '/ws/sub' };
  assert.deepEqual(resolveDebugConfig(config, program, '/ws'), { config });
});

test('bad launch options are refused with the attribute named', () => {
  const base = { type: 'tasklet', request: 'launch', name: 'x', program: 'p.py' };
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ otherTasklets: 'stop' }, /otherTasklets/],
    [{ timeslice: -1 }, /timeslice/],
    [{ timeslice: 1.5 }, /timeslice/],
    [{ args: 'a b' }, /args/],
    [{ program: 3 }, /program/],
    [{ request: 'restart' }, /Unknown request/],
  ];
  for (const [over, message] of cases) {
    const r = resolveDebugConfig({ ...base, ...over }, program);
    assert.ok('error' in r, JSON.stringify(over));
    assert.match(r.error, message);
  }
});

test('attach needs a port and gets the loopback host by default', () => {
  assert.deepEqual(resolveDebugConfig({ type: 'tasklet', request: 'attach', name: 'a', port: 4711 }, undefined), {
    config: { type: 'tasklet', request: 'attach', name: 'a', port: 4711, host: '127.0.0.1' },
  });
  const r = resolveDebugConfig({ type: 'tasklet', request: 'attach', name: 'a', host: 'box', port: 5000 }, undefined);
  assert.deepEqual(r, { config: { type: 'tasklet', request: 'attach', name: 'a', host: 'box', port: 5000 } });
  for (const port of [undefined, 0, 70000, '4711']) {
    const bad = resolveDebugConfig({ type: 'tasklet', request: 'attach', name: 'a', port }, undefined);
    assert.ok('error' in bad && /port/.test(bad.error), String(port));
  }
});
