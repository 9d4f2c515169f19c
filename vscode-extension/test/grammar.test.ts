// The TextMate grammar, tokenized by the same engine VS Code uses.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.join(__dirname, '..', '..');
let grammar: textmate.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => {
      const file = path.join(root, 'syntaxes', 'tasklet.tmLanguage.json');
      return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const g = await registry.loadGrammar('source.tasklet');
  assert.ok(g);
  grammar = g;
});

// tokens returns each token's text with its innermost scope.
function tokens(source: string): [string, string][] {
  const out: [string, string][] = [];
  let stack = textmate.INITIAL;
  for (const line of source.split('\n')) {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) {
      const text = line.slice(t.startIndex, t.endIndex).trim();
      if (text !== '') {
        out.push([text, t.scopes[t.scopes.length - 1]]);
      }
    }
    stack = r.ruleStack;
  }
  return out;
}

function scopeOf(source: string, text: string): string {
  const found = tokens(source).find(([t]) => t === text);
  assert.ok(found, `no token ${JSON.stringify(text)} in ${JSON.stringify(tokens(source))}`);
  return found[1];
}

test('stackless names have their own scope', () => {
  const src = 'ch = stackless.channel()\nstackless.tasklet(f)(ch)\nstackless.run()\nt = getcurrent()\nx = ch.receive()';
  assert.equal(scopeOf(src, 'stackless'), 'support.module.stackless.tasklet');
  for (const name of ['channel', 'tasklet', 'run', 'getcurrent']) {
    assert.equal(scopeOf(src, name), 'support.function.stackless.tasklet', name);
  }
  assert.equal(scopeOf(src, 'receive'), 'support.function.stackless.method.tasklet');
  assert.equal(scopeOf('except TaskletExit:', 'TaskletExit'), 'support.type.exception.stackless.tasklet');
});

test('keywords, constants, builtins and calls', () => {
  const src = 'if x is not None and y:\n    return len(xs), True\nwhile 1: yield from g()\nlambda: ...';
  assert.equal(scopeOf(src, 'if'), 'keyword.control.flow.tasklet');
  assert.equal(scopeOf(src, 'is'), 'keyword.operator.logical.tasklet');
  assert.equal(scopeOf(src, 'None'), 'constant.language.none.tasklet');
  assert.equal(scopeOf(src, 'True'), 'constant.language.boolean.tasklet');
  assert.equal(scopeOf(src, 'len'), 'support.function.builtin.tasklet');
  assert.equal(scopeOf(src, 'g'), 'entity.name.function.call.tasklet');
  assert.equal(scopeOf(src, 'yield'), 'keyword.control.flow.tasklet');
  assert.equal(scopeOf(src, 'lambda'), 'storage.type.function.lambda.tasklet');
  assert.equal(scopeOf(src, '...'), 'constant.language.tasklet');
  assert.equal(scopeOf('raise ValueError("x")', 'ValueError'), 'support.type.exception.tasklet');
  assert.equal(scopeOf('isinstance(x, dict)', 'dict'), 'support.type.tasklet');
  assert.equal(scopeOf('if (n := 3):', ':='), 'keyword.operator.assignment.walrus.tasklet');
});

test('definitions and decorators', () => {
  const src = '@functools.wraps(f)\ndef worker(ch, *args, **kw) -> int:\n    pass\nclass Pinger(stackless.tasklet):\n    pass';
  assert.equal(scopeOf(src, 'functools.wraps'), 'entity.name.function.decorator.tasklet');
  assert.equal(scopeOf(src, 'def'), 'storage.type.function.tasklet');
  assert.equal(scopeOf(src, 'worker'), 'entity.name.function.tasklet');
  assert.equal(scopeOf(src, 'class'), 'storage.type.class.tasklet');
  assert.equal(scopeOf(src, 'Pinger'), 'entity.name.type.class.tasklet');
  assert.equal(scopeOf('from a.b import c', 'a.b'), 'entity.name.namespace.tasklet');
});

test('every string form', () => {
  assert.equal(scopeOf('x = "a\\n"', '\\n'), 'constant.character.escape.tasklet');
  assert.equal(scopeOf("x = r'a\\d'", 'r'), 'storage.type.string.tasklet');
  assert.equal(scopeOf("x = r'a\\d'", '\\d'), 'constant.character.escape.raw.tasklet');
  assert.equal(scopeOf("x = b'\\x00'", '\\x00'), 'constant.character.escape.tasklet');
  assert.equal(scopeOf("x = rb'\\x00' + Br'y'", 'Br'), 'storage.type.string.tasklet');
  const triple = 'x = """one\nif two\n"""\nif y: pass';
  assert.equal(scopeOf(triple, 'if two'), 'string.quoted.triple.tasklet');
  assert.equal(scopeOf(triple, 'if'), 'keyword.control.flow.tasklet');
  assert.equal(scopeOf("s = '''a\nb'''", 'b'), 'string.quoted.triple.tasklet');
  assert.equal(scopeOf('x = "unterminated\ny = 1', 'y'), 'source.tasklet');
});

test('f-strings embed expressions, conversions and format specs', () => {
  const src = 'f"{name!r:>{width}} {{x}} {d[\'k\']}"';
  assert.equal(scopeOf(src, 'name'), 'meta.embedded.expression.tasklet');
  assert.equal(scopeOf(src, '!r'), 'storage.type.format.conversion.tasklet');
  assert.equal(scopeOf(src, '>{width}'), 'constant.other.format-spec.tasklet');
  assert.equal(scopeOf(src, '{{'), 'constant.character.escape.brace.tasklet');
  assert.equal(scopeOf(src, 'k'), 'string.quoted.single.tasklet');
  assert.equal(scopeOf("rf'{len(x)}'", 'len'), 'support.function.builtin.tasklet');
  assert.equal(scopeOf('F"""\n{a + 1}\n"""', '+'), 'keyword.operator.arithmetic.tasklet');
});

test('numbers and comments', () => {
  for (const n of ['0x_ff', '0o17', '0b1010', '1_000']) {
    assert.match(scopeOf(`x = ${n}`, n), /^constant\.numeric\./, n);
  }
  for (const n of ['3.14', '1e-5', '.5', '10.', '1_0.0_1e+1_0']) {
    assert.equal(scopeOf(`x = ${n}`, n), 'constant.numeric.float.tasklet', n);
  }
  assert.equal(scopeOf('x = 1  # a comment "with" if', 'a comment "with" if'), 'comment.line.number-sign.tasklet');
  assert.equal(scopeOf('x.y1 = 2', 'y1'), 'source.tasklet');
});

test('the project\'s programs tokenize with no invalid token and every string closed', () => {
  const repo = path.join(root, '..');
  const dirs = ['examples', 'vm/testdata/stackless', 'vm/testdata/corpus'].map((d) => path.join(repo, d));
  let files = 0;
  for (const dir of dirs) {
    // Programs named syn_err_* are syntax errors on purpose.
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.py') && !f.startsWith('syn_err_'))) {
      files++;
      let stack = textmate.INITIAL;
      const lines = fs.readFileSync(path.join(dir, name), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const r = grammar.tokenizeLine(line, stack);
        for (const t of r.tokens) {
          const bad = t.scopes.find((s) => s.startsWith('invalid'));
          assert.equal(bad, undefined, `${name}:${i + 1}: ${line}`);
        }
        stack = r.ruleStack;
      });
      assert.equal(stack.depth, 1, `${name} ends inside a string or an expression`);
    }
  }
  assert.ok(files > 100, `only ${files} programs`);
});
