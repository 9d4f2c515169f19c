import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOCUMENT_HOOKS, documentFilters } from '../src/models/middleware';

interface Doc {
  name: string;
  served: boolean;
}

test('requests about served documents go on, with their arguments', () => {
  const hooks = documentFilters((d: Doc) => d.served);
  assert.deepEqual(Object.keys(hooks), [...DOCUMENT_HOOKS]);
  const doc: Doc = { name: 'a.py', served: true };
  for (const name of DOCUMENT_HOOKS) {
    const calls: unknown[][] = [];
    const result = hooks[name](doc, 'position', 'token', (...args: unknown[]) => {
      calls.push(args);
      return 'answer';
    });
    assert.equal(result, 'answer', name);
    assert.deepEqual(calls, [[doc, 'position', 'token']], name);
  }
});

test('requests about other documents get no answer and never reach the server', () => {
  const hooks = documentFilters((d: Doc) => d.served);
  for (const name of DOCUMENT_HOOKS) {
    let called = false;
    const result = hooks[name]({ name: 'b.py', served: false }, 'token', () => {
      called = true;
    });
    assert.equal(result, undefined, name);
    assert.equal(called, false, name);
  }
});
