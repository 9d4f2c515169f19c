// The language client: tasklet-lsp over stdio for tasklet documents and,
// with tasklet.server.servePythonFiles, for Python files that import
// stackless.
import * as vscode from 'vscode';
import {
  DidOpenTextDocumentNotification,
  LanguageClient,
  LanguageClientOptions,
  Middleware,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { findBinary } from './binaries';
import { documentFilters } from './models/middleware';
import { isServed } from './models/stackless';

export class TaskletLanguageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  // Python documents the server has been told about.
  private readonly servedPython = new Set<string>();
  private readonly status: vscode.StatusBarItem;
  private readonly output: vscode.OutputChannel;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionPath: string) {
    this.output = vscode.window.createOutputChannel('Tasklet Language Server');
    this.status = vscode.window.createStatusBarItem('tasklet.serverStatus', vscode.StatusBarAlignment.Left, 10);
    this.status.name = 'Tasklet Language Server';
    this.status.command = 'tasklet.restartServer';
    this.showStatus('$(sync~spin) Tasklet', 'Starting tasklet-lsp');
    this.status.show();
    this.disposables.push(this.output, this.status);
  }

  private servePythonFiles(): boolean {
    return vscode.workspace.getConfiguration('tasklet.server').get<boolean>('servePythonFiles', true);
  }

  private served(doc: vscode.TextDocument): boolean {
    return doc.languageId !== 'python' || this.servedPython.has(doc.uri.toString());
  }

  private middleware(): Middleware {
    return {
      ...documentFilters((doc: vscode.TextDocument) => this.served(doc)),
      didOpen: (doc, next) => {
        if (doc.languageId !== 'python') {
          return next(doc);
        }
        if (isServed(doc, this.servePythonFiles())) {
          this.servedPython.add(doc.uri.toString());
          return next(doc);
        }
        return Promise.resolve();
      },
      didChange: (event, next) => {
        if (this.served(event.document)) {
          return next(event);
        }
        return this.openIfNowServed(event.document);
      },
      didClose: (doc, next) => {
        const served = this.served(doc);
        this.servedPython.delete(doc.uri.toString());
        return served ? next(doc) : Promise.resolve();
      },
    };
  }

  // openIfNowServed tells the server about a Python file that an edit
  // made a tasklet program (it now imports stackless): the open carries
  // the edited text, so the edit itself is not sent.
  private async openIfNowServed(doc: vscode.TextDocument): Promise<void> {
    const client = this.client;
    if (!client?.isRunning() || !isServed(doc, this.servePythonFiles())) {
      return;
    }
    this.servedPython.add(doc.uri.toString());
    await client.sendNotification(DidOpenTextDocumentNotification.type, client.code2ProtocolConverter.asOpenTextDocumentParams(doc));
  }

  private showStatus(text: string, tooltip: string): void {
    this.status.text = text;
    this.status.tooltip = `${tooltip}\nClick to restart the language server.`;
  }

  async start(): Promise<void> {
    let command: string;
    try {
      command = findBinary(this.extensionPath, 'tasklet-lsp', 'tasklet.server.path').path;
    } catch (err) {
      const message = (err as Error).message;
      this.showStatus('$(error) Tasklet', message);
      void vscode.window.showErrorMessage(message);
      return;
    }
    // No transport: the client then talks over stdio without adding a
    // --stdio flag, which tasklet-lsp refuses.
    const serverOptions: ServerOptions = { command };
    const selector: LanguageClientOptions['documentSelector'] = [
      { scheme: 'file', language: 'tasklet' },
      { scheme: 'untitled', language: 'tasklet' },
    ];
    if (this.servePythonFiles()) {
      selector.push({ scheme: 'file', language: 'python' }, { scheme: 'untitled', language: 'python' });
    }
    const clientOptions: LanguageClientOptions = {
      documentSelector: selector,
      outputChannel: this.output,
      // The server reads tasklet.disabledChecks from the notification a change sends.
      synchronize: { configurationSection: 'tasklet' },
      middleware: this.middleware(),
    };
    // The id "tasklet" makes the client read its trace level from tasklet.trace.server.
    const client = new LanguageClient('tasklet', 'Tasklet Language Server', serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        this.showStatus('$(check) Tasklet', `tasklet-lsp is running (${command})`);
      } else if (e.newState === State.Starting) {
        this.showStatus('$(sync~spin) Tasklet', `Starting ${command}`);
      } else {
        this.showStatus('$(circle-slash) Tasklet', 'tasklet-lsp is stopped');
      }
    });
    try {
      await client.start();
    } catch (err) {
      this.showStatus('$(error) Tasklet', `tasklet-lsp failed to start: ${(err as Error).message}`);
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.servedPython.clear();
    if (client?.isRunning()) {
      await client.stop();
    } else if (client) {
      await client.dispose();
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  dispose(): void {
    void this.stop();
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
