// The debugger: configurations, the adapter (tasklet-dap over stdio for
// launch, the program's --listen port for attach), and the commands that
// run or debug the file in the editor.
import * as vscode from 'vscode';
import { findBinary } from './binaries';
import { ActiveFile, DebugConfig, launchFile, resolveDebugConfig } from './models/debugConfig';
import { isServed } from './models/stackless';

function activeFile(): ActiveFile | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.uri.scheme !== 'file') {
    return undefined;
  }
  // Debugging a Python file is asked for explicitly here, so the setting
  // that limits the language server does not apply.
  return { path: doc.uri.fsPath, languageId: doc.languageId, isTaskletProgram: isServed(doc, true) };
}

class ConfigurationProvider implements vscode.DebugConfigurationProvider {
  resolveDebugConfiguration(folder: vscode.WorkspaceFolder | undefined, config: vscode.DebugConfiguration): vscode.DebugConfiguration | undefined {
    const result = resolveDebugConfig(config as DebugConfig, activeFile(), folder?.uri.fsPath);
    if ('error' in result) {
      void vscode.window.showErrorMessage(result.error);
      return undefined;
    }
    return result.config as vscode.DebugConfiguration;
  }
}

class AdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly extensionPath: string) {}

  createDebugAdapterDescriptor(session: vscode.DebugSession): vscode.DebugAdapterDescriptor {
    const config = session.configuration;
    if (config.request === 'attach') {
      return new vscode.DebugAdapterServer(config.port as number, config.host as string);
    }
    const adapter = findBinary(this.extensionPath, 'tasklet-dap', 'tasklet.debugger.path');
    return new vscode.DebugAdapterExecutable(adapter.path, []);
  }
}

async function startFile(uri: vscode.Uri | string | undefined, noDebug: boolean): Promise<void> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target || target.scheme !== 'file') {
    void vscode.window.showErrorMessage('Open a tasklet program saved on disk to run or debug it.');
    return;
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (doc?.isDirty) {
    await doc.save();
  }
  const folder = vscode.workspace.getWorkspaceFolder(target);
  await vscode.debug.startDebugging(folder, launchFile(target.fsPath, noDebug) as vscode.DebugConfiguration, { noDebug });
}

export function registerDebugger(context: vscode.ExtensionContext): void {
  const run = (uri?: vscode.Uri | string) => startFile(uri, true);
  const debug = (uri?: vscode.Uri | string) => startFile(uri, false);
  context.subscriptions.push(
    vscode.debug.registerDebugConfigurationProvider('tasklet', new ConfigurationProvider()),
    vscode.debug.registerDebugAdapterDescriptorFactory('tasklet', new AdapterFactory(context.extensionPath)),
    vscode.commands.registerCommand('tasklet.runFile', run),
    vscode.commands.registerCommand('tasklet.debugFile', debug),
    // The language server's "Run | Debug" lens names these two.
    vscode.commands.registerCommand('tasklet.run', run),
    vscode.commands.registerCommand('tasklet.debug', debug),
  );
}
