// The Tasklets view's model: the answers of the adapter's custom request
// "tasklets", grouped by state and labeled.
import * as path from 'node:path';

/** A tasklet as the adapter's "tasklets" request lists it. */
export interface TaskletInfo {
  id: number;
  threadId: number;
  name: string;
  function: string;
  state: string;
  file?: string;
  line?: number;
  channel?: string;
  direction?: string;
}

/** The body of the "tasklets" answer. */
export interface TaskletsPage {
  tasklets: TaskletInfo[];
  total: number;
}

/** The arguments of the "tasklets" request. */
export interface TaskletsArguments {
  start: number;
  count: number;
  state?: string;
  function?: string;
}

/** The states the adapter reports, in the order the view shows them. */
export const STATES = ['running', 'runnable', 'blocked', 'in run()', 'removed', 'new'];

/** stateLabel names a state as a user does. */
export function stateLabel(state: string): string {
  return state === 'new' ? 'not started' : state;
}

/** A state's tasklets: those loaded so far, and how many there are. */
export interface TaskletGroup {
  state: string;
  tasklets: TaskletInfo[];
  total: number;
}

/**
 * groupByState groups tasklets in the order of STATES, then any state the
 * adapter adds later in the order met; each group keeps the adapter's
 * order (by id). Empty groups are left out.
 */
export function groupByState(tasklets: TaskletInfo[]): TaskletGroup[] {
  const groups = new Map<string, TaskletGroup>();
  for (const state of STATES) {
    groups.set(state, { state, tasklets: [], total: 0 });
  }
  for (const t of tasklets) {
    let g = groups.get(t.state);
    if (!g) {
      g = { state: t.state, tasklets: [], total: 0 };
      groups.set(t.state, g);
    }
    g.tasklets.push(t);
    g.total++;
  }
  return [...groups.values()].filter((g) => g.total > 0);
}

export function groupLabel(g: TaskletGroup): string {
  return `${stateLabel(g.state)} (${g.total})`;
}

/** taskletLabel is "3 worker": the id and the name. */
export function taskletLabel(t: TaskletInfo): string {
  return `${t.id} ${t.name}`;
}

/** blockedOn is what a blocked tasklet waits for: "receive on channel@prog.py:12". */
export function blockedOn(t: TaskletInfo): string | undefined {
  if (!t.direction) {
    return undefined;
  }
  return `${t.direction} on ${t.channel ?? 'channel'}`;
}

/** location is "prog.py:14", where a tasklet is. */
export function location(file: string | undefined, line: number | undefined): string | undefined {
  if (!file) {
    return undefined;
  }
  return line ? `${path.basename(file)}:${line}` : path.basename(file);
}

/** taskletDescription is what follows the label: what it waits for, and where it is. */
export function taskletDescription(t: TaskletInfo): string {
  const parts = [blockedOn(t), location(t.file, t.line)].filter((p): p is string => p !== undefined);
  if (t.name !== t.function && t.function) {
    parts.unshift(t.function);
  }
  return parts.join(' · ');
}

export function taskletTooltip(t: TaskletInfo): string {
  const lines = [`tasklet ${t.id} (thread ${t.threadId}): ${t.name}`, `function: ${t.function}`, `state: ${stateLabel(t.state)}`];
  const waits = blockedOn(t);
  if (waits) {
    lines.push(`blocked in ${waits}`);
  }
  if (t.file) {
    lines.push(`at ${t.file}${t.line ? `:${t.line}` : ''}`);
  }
  return lines.join('\n');
}

/** A filter of the view, passed on to the adapter. */
export interface TaskletFilter {
  state?: string;
  function?: string;
}

export function filterDescription(f: TaskletFilter): string | undefined {
  const parts: string[] = [];
  if (f.state) {
    parts.push(`state: ${stateLabel(f.state)}`);
  }
  if (f.function) {
    parts.push(`function: ${f.function}`);
  }
  return parts.length ? parts.join(', ') : undefined;
}

/** The arguments that fetch the next page after loaded of a group (or of all tasklets). */
export function nextPage(loaded: number, total: number, pageSize: number, filter: TaskletFilter, state?: string): TaskletsArguments | undefined {
  if (loaded >= total) {
    return undefined;
  }
  const args: TaskletsArguments = { start: loaded, count: pageSize };
  if (state ?? filter.state) {
    args.state = state ?? filter.state;
  }
  if (filter.function) {
    args.function = filter.function;
  }
  return args;
}

export function moreLabel(loaded: number, total: number, pageSize: number): string {
  const rest = total - loaded;
  return rest <= pageSize ? `Show ${rest} more` : `Show ${pageSize} more (${rest} not shown)`;
}

/** A frame of DAP's stackTrace answer, as far as the view needs it. */
export interface FrameInfo {
  id: number;
  name: string;
  line: number;
  column?: number;
  source?: { path?: string; name?: string };
}

export function frameLabel(f: FrameInfo): string {
  return f.name;
}

export function frameDescription(f: FrameInfo): string | undefined {
  return location(f.source?.path ?? f.source?.name, f.line);
}
