// The binaries' lookup with the real file system, settings and PATH.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { FoundBinary, notFoundMessage, resolveBinary } from './models/binaries';

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** findBinary returns where name is, or throws an error that says where it looked. */
export function findBinary(extensionPath: string, name: string, settingName: string): FoundBinary {
  const [section, ...key] = settingName.split('.');
  const result = resolveBinary(name, {
    extensionPath,
    setting: vscode.workspace.getConfiguration(section).get<string>(key.join('.')),
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    envPath: process.env.PATH,
    platform: process.platform,
    isExecutable,
  });
  if (!result.found) {
    throw new Error(notFoundMessage(name, settingName, result));
  }
  return result.found;
}
