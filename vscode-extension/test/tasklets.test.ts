import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  TaskletInfo, filterDescription, frameDescription, groupByState, groupLabel, moreLabel, nextPage,
  taskletDescription, taskletLabel, taskletTooltip,
} from '../src/models/tasklets';

function tasklet(id: number, state: string, over: Partial<TaskletInfo> = {}): TaskletInfo {
  return { id, threadId: id + 1, name: `t${id}`, function: `t${id}`, state, file: '/ws/prog.py', line: 10 + id, ...over };
}

test('tasklets are grouped by state in a fixed order, keeping their order within a group', () => {
  const list = [
    tasklet(0, 'blocked'), tasklet(1, 'new'), tasklet(2, 'running'), tasklet(3, 'blocked'),
    tasklet(4, 'in run()'), tasklet(5, 'runnable'), tasklet(6, 'removed'),
  ];
  const groups = groupByState(list);
  assert.deepEqual(groups.map((g) => g.state), ['running', 'runnable', 'blocked', 'in run()', 'removed', 'new']);
  assert.deepEqual(groups[2].tasklets.map((t) => t.id), [0, 3]);
  assert.deepEqual(groups.map(groupLabel), ['running (1)', 'runnable (1)', 'blocked (2)', 'in run() (1)', 'removed (1)', 'not started (1)']);
});

test('empty groups are left out and unknown states come last', () => {
  const groups = groupByState([tasklet(1, 'zombie'), tasklet(2, 'blocked'), tasklet(3, 'zombie')]);
  assert.deepEqual(groups.map((g) => [g.state, g.total]), [['blocked', 1], ['zombie', 2]]);
  assert.deepEqual(groupByState([]), []);
});

test('a blocked tasklet says on what channel and in which direction', () => {
  const t = tasklet(3, 'blocked', { name: 'worker', function: 'worker', channel: 'channel@prog.py:12', direction: 'receive', line: 14 });
  assert.equal(taskletLabel(t), '3 worker');
  assert.equal(taskletDescription(t), 'receive on channel@prog.py:12 · prog.py:14');
  assert.match(taskletTooltip(t), /blocked in receive on channel@prog.py:12/);
  assert.match(taskletTooltip(t), /thread 4/);
});

test('a named tasklet shows its function too; one without a file shows no place', () => {
  assert.equal(taskletDescription(tasklet(2, 'runnable', { name: 'pinger', function: 'ping' })), 'ping · prog.py:12');
  assert.equal(taskletDescription(tasklet(2, 'runnable', { file: undefined, line: undefined })), '');
  assert.match(taskletTooltip(tasklet(1, 'new')), /state: not started/);
});

test('the filter is described and passed on with each page', () => {
  assert.equal(filterDescription({}), undefined);
  assert.equal(filterDescription({ state: 'new', function: 'work' }), 'state: not started, function: work');
  assert.deepEqual(nextPage(0, 1, 200, {}), { start: 0, count: 200 });
  assert.deepEqual(nextPage(200, 450, 200, { function: 'w' }, 'blocked'), { start: 200, count: 200, state: 'blocked', function: 'w' });
  assert.deepEqual(nextPage(0, 5, 200, { state: 'runnable' }), { start: 0, count: 200, state: 'runnable' });
  assert.equal(nextPage(450, 450, 200, {}), undefined);
});

test('the "more" item counts what is left', () => {
  assert.equal(moreLabel(200, 250, 200), 'Show 50 more');
  assert.equal(moreLabel(200, 100000, 200), 'Show 200 more (99800 not shown)');
});

test('a frame is described by its file and line', () => {
  assert.equal(frameDescription({ id: 1, name: 'f', line: 7, source: { path: '/ws/a/prog.py' } }), 'prog.py:7');
  assert.equal(frameDescription({ id: 1, name: '<string>', line: 1, source: { name: '<string>' } }), '<string>:1');
  assert.equal(frameDescription({ id: 1, name: 'f', line: 0 }), undefined);
});
