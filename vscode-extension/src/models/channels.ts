// The Channels view's model: the answer of the adapter's custom request
// "channels", labeled.
import { location } from './tasklets';

/** A tasklet in a channel's queue. */
export interface Waiter {
  tasklet: number;
  name: string;
  direction: string;
  /** What a sender offers (its repr), or the exception it sends. */
  value?: string;
  file?: string;
  line?: number;
}

/** A channel as the "channels" request lists it. */
export interface ChannelInfo {
  name: string;
  /** Where the program made it: "path:line". */
  created: string;
  balance: number;
  preference: number;
  closing: boolean;
  queue: Waiter[] | null;
  variablesReference?: number;
}

/** preferenceLabel words channel.preference as Stackless defines it. */
export function preferenceLabel(preference: number): string {
  if (preference < 0) {
    return 'prefers receiver';
  }
  if (preference > 0) {
    return 'prefers sender';
  }
  return 'no preference';
}

/** balanceLabel says what the balance means: negative for waiting receivers, positive for senders. */
export function balanceLabel(balance: number): string {
  if (balance < 0) {
    return `balance ${balance}: ${-balance} receiver${balance === -1 ? '' : 's'} waiting`;
  }
  if (balance > 0) {
    return `balance ${balance}: ${balance} sender${balance === 1 ? '' : 's'} waiting`;
  }
  return 'balance 0';
}

export function channelLabel(c: ChannelInfo): string {
  return c.name;
}

export function channelDescription(c: ChannelInfo): string {
  const parts = [`balance ${c.balance}`, preferenceLabel(c.preference)];
  if (c.closing) {
    parts.push('closing');
  }
  return parts.join(' · ');
}

export function channelTooltip(c: ChannelInfo): string {
  const lines = [`${c.name}, created at ${c.created}`, balanceLabel(c.balance), preferenceLabel(c.preference)];
  if (c.closing) {
    lines.push('closing: no new senders');
  }
  return lines.join('\n');
}

/** queue is the channel's waiters in order: the first is served first. */
export function queue(c: ChannelInfo): Waiter[] {
  return c.queue ?? [];
}

/** waiterLabel is "1. tasklet 3 producer": its place in the queue, the tasklet. */
export function waiterLabel(w: Waiter, index: number): string {
  return `${index + 1}. tasklet ${w.tasklet} ${w.name}`;
}

/** waiterDescription is "send 42 · prog.py:13" or "receive · prog.py:20". */
export function waiterDescription(w: Waiter): string {
  const what = w.direction === 'send' && w.value !== undefined ? `send ${w.value}` : w.direction;
  const where = location(w.file, w.line);
  return where ? `${what} · ${where}` : what;
}

export function waiterTooltip(w: Waiter): string {
  const lines = [`tasklet ${w.tasklet} (${w.name}) waits to ${w.direction}`];
  if (w.value !== undefined) {
    lines.push(`offers ${w.value}`);
  }
  if (w.file) {
    lines.push(`at ${w.file}${w.line ? `:${w.line}` : ''}`);
  }
  return lines.join('\n');
}

/** parseLocation splits "path:line" (the path may hold colons itself). */
export function parseLocation(s: string): { file: string; line: number } | undefined {
  const m = /^(.*):(\d+)$/.exec(s);
  if (!m || m[1] === '' || m[1] === '?') {
    return undefined;
  }
  return { file: m[1], line: Number(m[2]) };
}
