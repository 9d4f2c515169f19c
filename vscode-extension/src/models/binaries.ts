// Where the extension finds tasklet-lsp and tasklet-dap. The lookup is
// given its file system and environment so that tests can fake them.
import * as path from 'node:path';

export type BinarySource = 'bundled' | 'setting' | 'PATH';

export interface BinaryLookup {
  /** The extension's install folder; bundled binaries live in its bin/. */
  extensionPath: string;
  /** The user's setting (tasklet.server.path or tasklet.debugger.path), if any. */
  setting?: string;
  /** The folder a relative setting is read from: the first workspace folder. */
  workspaceFolder?: string;
  /** The PATH environment variable. */
  envPath?: string;
  platform: NodeJS.Platform;
  isExecutable(file: string): boolean;
}

export interface FoundBinary {
  path: string;
  source: BinarySource;
}

export interface BinaryResult {
  found?: FoundBinary;
  /** Every place looked at, in order, for the error message when nothing is found. */
  tried: string[];
}

function executableName(name: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? `${name}.exe` : name;
}

/**
 * resolveBinary looks for name in the extension's bin/, then at the path
 * of the setting, then in each folder of PATH, and returns the first that
 * is executable.
 */
export function resolveBinary(name: string, lookup: BinaryLookup): BinaryResult {
  const file = executableName(name, lookup.platform);
  const pathApi = lookup.platform === 'win32' ? path.win32 : path.posix;
  const candidates: FoundBinary[] = [{ path: pathApi.join(lookup.extensionPath, 'bin', file), source: 'bundled' }];
  const setting = lookup.setting?.trim();
  if (setting) {
    const absolute = pathApi.isAbsolute(setting) || !lookup.workspaceFolder
      ? setting
      : pathApi.join(lookup.workspaceFolder, setting);
    candidates.push({ path: absolute, source: 'setting' });
  }
  const separator = lookup.platform === 'win32' ? ';' : ':';
  for (const dir of (lookup.envPath ?? '').split(separator)) {
    if (dir !== '') {
      candidates.push({ path: pathApi.join(dir, file), source: 'PATH' });
    }
  }
  const tried: string[] = [];
  for (const candidate of candidates) {
    tried.push(candidate.path);
    if (lookup.isExecutable(candidate.path)) {
      return { found: candidate, tried };
    }
  }
  return { tried };
}

/** notFoundMessage tells the user what was looked for and how to fix it. */
export function notFoundMessage(name: string, settingName: string, result: BinaryResult): string {
  return `Cannot find ${name}: looked in ${result.tried.join(', ')}. ` +
    `Build it with "go build -o bin/${name} ./cmd/${name}" and set "${settingName}" to its path, or put it on PATH.`;
}
