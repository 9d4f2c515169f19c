import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ChannelInfo, balanceLabel, channelDescription, channelTooltip, parseLocation, preferenceLabel, queue,
  waiterDescription, waiterLabel, waiterTooltip,
} from '../src/models/channels';

const ch: ChannelInfo = {
  name: 'channel@prog.py:10',
  created: '/ws/prog.py:10',
  balance: 2,
  preference: -1,
  closing: false,
  queue: [
    { tasklet: 1, name: 'producer', direction: 'send', value: '42', file: '/ws/prog.py', line: 4 },
    { tasklet: 2, name: 'producer', direction: 'send', value: "'done'", file: '/ws/prog.py', line: 6 },
  ],
  variablesReference: 7,
};

test('a channel shows its balance and preference', () => {
  assert.equal(channelDescription(ch), 'balance 2 · prefers receiver');
  assert.equal(channelDescription({ ...ch, preference: 1, closing: true }), 'balance 2 · prefers sender · closing');
  assert.match(channelTooltip(ch), /created at \/ws\/prog.py:10\nbalance 2: 2 senders waiting/);
});

test('balance and preference are worded as Stackless defines them', () => {
  assert.equal(balanceLabel(-1), 'balance -1: 1 receiver waiting');
  assert.equal(balanceLabel(-3), 'balance -3: 3 receivers waiting');
  assert.equal(balanceLabel(1), 'balance 1: 1 sender waiting');
  assert.equal(balanceLabel(0), 'balance 0');
  assert.deepEqual([-1, 0, 1].map(preferenceLabel), ['prefers receiver', 'no preference', 'prefers sender']);
});

test('the queue keeps its order, with the values senders offer', () => {
  const items = queue(ch).map((w, i) => [waiterLabel(w, i), waiterDescription(w)]);
  assert.deepEqual(items, [
    ['1. tasklet 1 producer', 'send 42 · prog.py:4'],
    ['2. tasklet 2 producer', "send 'done' · prog.py:6"],
  ]);
  assert.match(waiterTooltip(queue(ch)[0]), /offers 42\nat \/ws\/prog.py:4/);
});

test('a receiver has no value and a queue may be null', () => {
  assert.equal(waiterDescription({ tasklet: 3, name: 'c', direction: 'receive', file: '/ws/p.py', line: 9 }), 'receive · p.py:9');
  assert.equal(waiterDescription({ tasklet: 3, name: 'c', direction: 'receive' }), 'receive');
  assert.deepEqual(queue({ ...ch, queue: null }), []);
});

test('where a channel was made is parsed from "path:line"', () => {
  assert.deepEqual(parseLocation('/ws/prog.py:10'), { file: '/ws/prog.py', line: 10 });
  assert.deepEqual(parseLocation('C:\\ws\\prog.py:3'), { file: 'C:\\ws\\prog.py', line: 3 });
  assert.equal(parseLocation('?'), undefined);
  assert.equal(parseLocation('prog.py'), undefined);
});
