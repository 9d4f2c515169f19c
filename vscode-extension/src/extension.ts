// The Tasklet extension: the language server for tasklet programs, the
// debugger, and the Tasklets and Channels views of a debugging session.
import * as vscode from 'vscode';
import { registerDebugger } from './debug';
import { TaskletLanguageClient } from './languageClient';
import { isServed } from './models/stackless';
import { ChannelsView } from './views/channels';
import { registerOpenLocation } from './views/openLocation';
import { TaskletSessions } from './views/sessions';
import { TaskletsView } from './views/tasklets';

let languageClient: TaskletLanguageClient | undefined;

// The editor title's Run and Debug buttons show on tasklet programs, which
// for Python files depends on their text.
function updateEditorContext(editor: vscode.TextEditor | undefined): void {
  const isProgram = editor !== undefined && editor.document.uri.scheme === 'file' && isServed(editor.document, true);
  void vscode.commands.executeCommand('setContext', 'tasklet.editorIsTaskletProgram', isProgram);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const client = new TaskletLanguageClient(context.extensionPath);
  languageClient = client;
  const sessions = new TaskletSessions();
  context.subscriptions.push(
    client,
    sessions,
    new TaskletsView(sessions),
    new ChannelsView(sessions),
    registerOpenLocation(),
    vscode.commands.registerCommand('tasklet.restartServer', () => client.restart()),
    vscode.window.onDidChangeActiveTextEditor(updateEditorContext),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (doc === vscode.window.activeTextEditor?.document) {
        updateEditorContext(vscode.window.activeTextEditor);
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tasklet.server')) {
        void client.restart();
      }
    }),
  );
  registerDebugger(context);
  updateEditorContext(vscode.window.activeTextEditor);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await languageClient?.stop();
}
