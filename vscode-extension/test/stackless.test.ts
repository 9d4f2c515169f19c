import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importsStackless, isServed } from '../src/models/stackless';

test('imports of stackless are found', () => {
  for (const text of [
    'import stackless\n',
    'import os\nimport stackless as sl\n',
    'import os, stackless\n',
    'import os.path as p, stackless\n',
    'def f():\n    import stackless\n',
    'from stackless import tasklet, channel\n',
    'x = 1\r\nimport stackless\r\n',
  ]) {
    assert.equal(importsStackless(text), true, text);
  }
});

test('other text is not an import of stackless', () => {
  for (const text of [
    '',
    'import stacklessx\n',
    'import stackless_helpers\n',
    'import mystackless\n',
    '# import stackless\n',
    'print("import stackless")\n',
    '"""\nimport stackless\n"""\nx = 1\n',
    "x = '''doc\nimport stackless'''\n",
    'from stacklesslib import x\n',
    'import stackless.foo\n',
  ]) {
    assert.equal(importsStackless(text), false, text);
  }
});

test('a triple-quoted string that ends lets the next import count', () => {
  assert.equal(importsStackless('"""doc"""\nimport stackless\n'), true);
  assert.equal(importsStackless('x = "a # b"\nimport stackless\n'), true);
  assert.equal(importsStackless('x = "\\"\\"\\""\nimport stackless\n'), true);
});

test('tasklet documents are always served; python ones by setting and text', () => {
  const doc = (languageId: string, text: string) => ({ languageId, getText: () => text });
  assert.equal(isServed(doc('tasklet', ''), false), true);
  assert.equal(isServed(doc('python', 'import stackless\n'), true), true);
  assert.equal(isServed(doc('python', 'import stackless\n'), false), false);
  assert.equal(isServed(doc('python', 'import os\n'), true), false);
  assert.equal(isServed(doc('javascript', 'import stackless\n'), true), false);
});
