// Defaults and checks of tasklet debug configurations: what F5 on a file
// with no launch.json starts, and the mistakes worth a clear message
// before the adapter starts.
import * as path from 'node:path';

export interface DebugConfig {
  type?: string;
  request?: string;
  name?: string;
  [key: string]: unknown;
}

/** The editor's file when the configuration is resolved. */
export interface ActiveFile {
  path: string;
  languageId: string;
  /** Whether the file is a tasklet program (see isServed). */
  isTaskletProgram: boolean;
}

export type Resolution = { config: DebugConfig } | { error: string };

export const DEFAULT_ATTACH_HOST = '127.0.0.1';
export const OTHER_TASKLETS = ['run', 'freeze'];

const noProgram = 'Open a tasklet program (a .tpy file, or a .py file that imports stackless) to debug it, or set "program" in launch.json.';

/** launchFile is the configuration that runs or debugs one file. */
export function launchFile(path: string, noDebug: boolean): DebugConfig {
  return {
    type: 'tasklet',
    request: 'launch',
    name: noDebug ? 'Run tasklet file' : 'Debug tasklet file',
    program: path,
    noDebug,
  };
}

/**
 * resolveDebugConfig fills in a configuration: an empty one (F5 with no
 * launch.json) debugs the active file; a launch without a program runs
 * the active file, and one without a cwd runs in the workspace folder (or
 * the program's folder without one); an attach gets the default host.
 */
export function resolveDebugConfig(config: DebugConfig, active: ActiveFile | undefined, workspaceFolder?: string): Resolution {
  if (!config.type && !config.request && !config.name) {
    if (!active?.isTaskletProgram) {
      return { error: noProgram };
    }
    config = launchFile(active.path, false);
  }
  const out: DebugConfig = { ...config, type: config.type ?? 'tasklet', request: config.request ?? 'launch' };
  if (out.request === 'attach') {
    return resolveAttach(out);
  }
  if (out.request !== 'launch') {
    return { error: `Unknown request "${String(out.request)}": a tasklet configuration is "launch" or "attach".` };
  }
  if (out.program === undefined || out.program === '') {
    if (!active) {
      return { error: noProgram };
    }
    out.program = active.path;
  }
  if (typeof out.program !== 'string') {
    return { error: '"program" must be the path of a file.' };
  }
  if (out.otherTasklets !== undefined && !OTHER_TASKLETS.includes(out.otherTasklets as string)) {
    return { error: `"otherTasklets" must be "run" or "freeze", not ${JSON.stringify(out.otherTasklets)}.` };
  }
  if (out.timeslice !== undefined && !(Number.isInteger(out.timeslice) && (out.timeslice as number) >= 0)) {
    return { error: `"timeslice" must be a whole number of VM instructions, 0 or more, not ${JSON.stringify(out.timeslice)}.` };
  }
  if (out.args !== undefined && !(Array.isArray(out.args) && out.args.every((a) => typeof a === 'string'))) {
    return { error: '"args" must be a list of strings.' };
  }
  if (out.cwd === undefined || out.cwd === '') {
    const cwd = workspaceFolder ?? (path.isAbsolute(out.program) ? path.dirname(out.program) : undefined);
    if (cwd === undefined) {
      delete out.cwd;
    } else {
      out.cwd = cwd;
    }
  }
  return { config: out };
}

function resolveAttach(config: DebugConfig): Resolution {
  const port = config.port;
  if (!Number.isInteger(port) || (port as number) <= 0 || (port as number) > 65535) {
    return { error: `"port" must be the port that "tasklet run --listen" listens on (1 to 65535), not ${JSON.stringify(port)}.` };
  }
  return { config: { ...config, host: config.host || DEFAULT_ATTACH_HOST } };
}
