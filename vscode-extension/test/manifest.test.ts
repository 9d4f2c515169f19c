// package.json and the code agree: every command the code registers is
// contributed and every contributed one is registered; the views exist.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const root = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function sources(dir: string): string {
  return fs.readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : fs.readFileSync(path.join(dir, e.name), 'utf8')))
    .join('\n');
}

test('commands are contributed and registered alike', () => {
  const registered = [...sources(path.join(root, 'src')).matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
  const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
  assert.deepEqual(registered, contributed);
  for (const [menu, items] of Object.entries(pkg.contributes.menus) as [string, { command: string }[]][]) {
    for (const item of items) {
      assert.ok(contributed.includes(item.command), `${menu}: ${item.command}`);
    }
  }
});

test('the views and the debugger are declared with the ids the code uses', () => {
  assert.deepEqual(pkg.contributes.views.debug.map((v: { id: string }) => v.id), ['tasklet.tasklets', 'tasklet.channels']);
  const dbg = pkg.contributes.debuggers[0];
  assert.equal(dbg.type, 'tasklet');
  assert.deepEqual(Object.keys(dbg.configurationAttributes.launch.properties).sort(),
    ['args', 'cwd', 'env', 'noDebug', 'otherTasklets', 'program', 'stopOnEntry', 'timeslice']);
  assert.deepEqual(dbg.configurationAttributes.launch.properties.otherTasklets.enum, ['run', 'freeze']);
  for (const attrs of [dbg.configurationAttributes.launch, dbg.configurationAttributes.attach]) {
    for (const [name, prop] of Object.entries(attrs.properties) as [string, { description?: string; default?: unknown }][]) {
      assert.ok(prop.description && prop.default !== undefined, name);
    }
  }
});

test('the settings the code reads are declared', () => {
  const declared = Object.keys(pkg.contributes.configuration.properties);
  for (const key of ['tasklet.server.path', 'tasklet.debugger.path', 'tasklet.server.servePythonFiles', 'tasklet.trace.server']) {
    assert.ok(declared.includes(key), key);
  }
});
