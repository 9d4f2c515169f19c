import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stateAfterAdapterMessage, stateAfterClientMessage } from '../src/models/session';

test('the adapter\'s events say when the program stops, runs and ends', () => {
  assert.equal(stateAfterAdapterMessage({ type: 'event', event: 'stopped' }), 'stopped');
  assert.equal(stateAfterAdapterMessage({ type: 'event', event: 'continued' }), 'running');
  assert.equal(stateAfterAdapterMessage({ type: 'event', event: 'exited' }), 'ended');
  assert.equal(stateAfterAdapterMessage({ type: 'event', event: 'terminated' }), 'ended');
  assert.equal(stateAfterAdapterMessage({ type: 'event', event: 'output' }), undefined);
  assert.equal(stateAfterAdapterMessage({ type: 'response', command: 'continue' }), undefined);
});

test('requests that resume the program mean it runs', () => {
  for (const command of ['continue', 'next', 'stepIn', 'stepOut']) {
    assert.equal(stateAfterClientMessage({ type: 'request', command }), 'running', command);
  }
  for (const command of ['threads', 'stackTrace', 'tasklets', 'channels', 'evaluate']) {
    assert.equal(stateAfterClientMessage({ type: 'request', command }), undefined, command);
  }
});
