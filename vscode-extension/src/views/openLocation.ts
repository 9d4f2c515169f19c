// Opening a file at a line from the views. Tree items carry the adapter's
// path, which is a URI when VS Code rewrote it (see models/paths), and
// this command makes the right vscode.Uri of either.
import * as vscode from 'vscode';
import { isUriString } from '../models/paths';

/** openLocationCommand is a tree item's command that opens file (a path or a URI) at line (1-based). */
export function openLocationCommand(file: string, line: number | undefined): vscode.Command {
  return { title: 'Open', command: 'tasklet.openLocation', arguments: [file, line ?? 1] };
}

export async function openLocation(file: string, line: number): Promise<void> {
  const at = new vscode.Position(Math.max(line - 1, 0), 0);
  const uri = isUriString(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(at, at), preserveFocus: false });
}

export function registerOpenLocation(): vscode.Disposable {
  return vscode.commands.registerCommand('tasklet.openLocation', openLocation);
}
