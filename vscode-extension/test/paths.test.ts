import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isUriString } from '../src/models/paths';

test('URIs and paths are told apart', () => {
  assert.equal(isUriString('vscode-remote://127.0.0.1:8080/tmp/prog.py'), true);
  assert.equal(isUriString('file:///tmp/prog.py'), true);
  assert.equal(isUriString('/tmp/prog.py'), false);
  assert.equal(isUriString('C:\\ws\\prog.py'), false);
  assert.equal(isUriString('C://ws/prog.py'), false);
  assert.equal(isUriString('prog.py'), false);
});
