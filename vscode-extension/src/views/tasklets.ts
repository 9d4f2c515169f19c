// The Tasklets view: every tasklet of the stopped program grouped by
// state, each expanding to its stack, with commands that step it.
import * as vscode from 'vscode';
import {
  FrameInfo, STATES, TaskletFilter, TaskletGroup, TaskletInfo, TaskletsArguments, TaskletsPage,
  filterDescription, frameDescription, frameLabel, groupByState, groupLabel, moreLabel, nextPage,
  stateLabel, taskletDescription, taskletLabel, taskletTooltip,
} from '../models/tasklets';
import { openLocationCommand } from './openLocation';
import { SessionChange, TaskletSessions } from './sessions';

// How many tasklets one request asks for; a program may have 100,000.
const PAGE_SIZE = 200;
// How many frames of a tasklet's stack the view shows.
const STACK_LEVELS = 100;

type Node =
  | { kind: 'group'; group: TaskletGroup }
  | { kind: 'tasklet'; tasklet: TaskletInfo }
  | { kind: 'frame'; tasklet: TaskletInfo; frame: FrameInfo }
  | { kind: 'more'; group: TaskletGroup };

export class TaskletsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private groups: TaskletGroup[] = [];
  private filter: TaskletFilter = {};
  private selected: TaskletInfo | undefined;
  // Counts refreshes, so that an answer to an older one is dropped.
  private generation = 0;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly sessions: TaskletSessions) {
    this.view = vscode.window.createTreeView('tasklet.tasklets', { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [
      this.view,
      this.changed,
      this.view.onDidChangeSelection((e) => {
        const node = e.selection[0];
        if (node && node.kind !== 'group' && node.kind !== 'more') {
          this.selected = node.tasklet;
        }
      }),
      sessions.onDidChange((change) => this.onSessionChange(change)),
      vscode.commands.registerCommand('tasklet.filterTasklets', () => this.askFilter()),
      vscode.commands.registerCommand('tasklet.clearTaskletFilter', () => this.setFilter({})),
      vscode.commands.registerCommand('tasklet.refreshTasklets', () => this.refresh()),
      vscode.commands.registerCommand('tasklet.stepOverTasklet', (n?: Node) => this.step('next', n)),
      vscode.commands.registerCommand('tasklet.stepIntoTasklet', (n?: Node) => this.step('stepIn', n)),
      vscode.commands.registerCommand('tasklet.stepOutTasklet', (n?: Node) => this.step('stepOut', n)),
      vscode.commands.registerCommand('tasklet.continue', (n?: Node) => this.step('continue', n)),
      vscode.commands.registerCommand('tasklet.showMoreTasklets', (n: Node) => this.showMore(n)),
    ];
    this.show(undefined, 'Tasklets appear here when a tasklet program stops in the debugger.');
  }

  private onSessionChange(change: SessionChange | undefined): void {
    const current = this.sessions.current;
    if (change && change.session !== current?.session && change.state !== 'ended') {
      return;
    }
    void this.refresh();
  }

  private show(groups: TaskletGroup[] | undefined, message: string | undefined): void {
    this.groups = groups ?? [];
    this.view.message = message;
    this.view.description = filterDescription(this.filter);
    this.changed.fire(undefined);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const current = this.sessions.current;
    if (!current) {
      this.selected = undefined;
      this.show(undefined, 'Tasklets appear here when a tasklet program stops in the debugger.');
      return;
    }
    if (current.state !== 'stopped') {
      this.show(undefined, 'The program is running: tasklets are listed when it stops.');
      return;
    }
    try {
      const groups = await vscode.window.withProgress({ location: { viewId: 'tasklet.tasklets' } }, () => this.load(current.session));
      if (generation === this.generation) {
        const none = filterDescription(this.filter) ? 'No tasklet matches the filter.' : 'The program has no tasklets.';
        this.show(groups, groups.length ? undefined : none);
      }
    } catch (err) {
      if (generation === this.generation) {
        this.show(undefined, `Cannot list tasklets: ${(err as Error).message}`);
      }
    }
  }

  // load asks for the first page of tasklets; when there are more than a
  // page, it asks for each state's first page, so that every group is
  // there with its count.
  private async load(session: vscode.DebugSession): Promise<TaskletGroup[]> {
    const first = await this.request(session, nextPage(0, 1, PAGE_SIZE, this.filter)!);
    if (first.tasklets.length >= first.total) {
      return groupByState(first.tasklets);
    }
    const states = this.filter.state ? [this.filter.state] : STATES;
    const pages = await Promise.all(states.map((state) => this.request(session, nextPage(0, 1, PAGE_SIZE, this.filter, state)!)));
    return states
      .map((state, i) => ({ state, tasklets: pages[i].tasklets, total: pages[i].total }))
      .filter((g) => g.total > 0);
  }

  private async request(session: vscode.DebugSession, args: TaskletsArguments): Promise<TaskletsPage> {
    const body = (await session.customRequest('tasklets', args)) as TaskletsPage;
    return { tasklets: body.tasklets ?? [], total: body.total ?? 0 };
  }

  private async showMore(node: Node): Promise<void> {
    const current = this.sessions.current;
    if (node.kind !== 'more' || current?.state !== 'stopped') {
      return;
    }
    const g = node.group;
    const args = nextPage(g.tasklets.length, g.total, PAGE_SIZE, this.filter, g.state);
    if (!args) {
      return;
    }
    try {
      const page = await this.request(current.session, args);
      g.tasklets.push(...page.tasklets);
      this.changed.fire(undefined);
    } catch (err) {
      void vscode.window.showErrorMessage(`Cannot list more tasklets: ${(err as Error).message}`);
    }
  }

  private async askFilter(): Promise<void> {
    const anyState = '$(list-flat) Any state';
    const picked = await vscode.window.showQuickPick([anyState, ...STATES.map(stateLabel)], {
      title: 'Filter tasklets (1/2): state',
      placeHolder: this.filter.state ? `now: ${stateLabel(this.filter.state)}` : 'any state',
    });
    if (picked === undefined) {
      return;
    }
    const fn = await vscode.window.showInputBox({
      title: 'Filter tasklets (2/2): function',
      prompt: 'Part of the function or name of the tasklets to list (empty for any)',
      value: this.filter.function ?? '',
    });
    if (fn === undefined) {
      return;
    }
    const state = STATES.find((s) => stateLabel(s) === picked);
    this.setFilter({ state, function: fn.trim() || undefined });
  }

  private setFilter(filter: TaskletFilter): void {
    this.filter = filter;
    void vscode.commands.executeCommand('setContext', 'tasklet.taskletsFiltered', filterDescription(filter) !== undefined);
    void this.refresh();
  }

  private async step(command: 'next' | 'stepIn' | 'stepOut' | 'continue', node: Node | undefined): Promise<void> {
    const tasklet = node && node.kind !== 'group' && node.kind !== 'more' ? node.tasklet : this.selected;
    const current = this.sessions.current;
    if (!current) {
      return;
    }
    if (!tasklet) {
      void vscode.window.showInformationMessage('Select a tasklet in the Tasklets view first.');
      return;
    }
    try {
      await current.session.customRequest(command, { threadId: tasklet.threadId });
    } catch (err) {
      void vscode.window.showErrorMessage(`Tasklet ${tasklet.id}: ${(err as Error).message}`);
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(groupLabel(node.group), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `state:${node.group.state}`;
        item.contextValue = 'taskletState';
        return item;
      }
      case 'tasklet': {
        const t = node.tasklet;
        const item = new vscode.TreeItem(taskletLabel(t), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `tasklet:${t.id}`;
        item.description = taskletDescription(t);
        item.tooltip = taskletTooltip(t);
        item.contextValue = `tasklet.${t.state.replace(/\W/g, '')}`;
        item.iconPath = new vscode.ThemeIcon(stateIcon(t.state));
        return item;
      }
      case 'frame': {
        const f = node.frame;
        const item = new vscode.TreeItem(frameLabel(f), vscode.TreeItemCollapsibleState.None);
        item.description = frameDescription(f);
        item.contextValue = 'taskletFrame';
        item.iconPath = new vscode.ThemeIcon('debug-stackframe-dot');
        if (f.source?.path) {
          item.tooltip = `${f.source.path}:${f.line}`;
          item.command = openLocationCommand(f.source.path, f.line);
        }
        return item;
      }
      case 'more': {
        const g = node.group;
        const item = new vscode.TreeItem(moreLabel(g.tasklets.length, g.total, PAGE_SIZE), vscode.TreeItemCollapsibleState.None);
        item.command = { title: 'Show more', command: 'tasklet.showMoreTasklets', arguments: [node] };
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        return item;
      }
    }
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      return this.groups.map((group) => ({ kind: 'group', group }));
    }
    if (node.kind === 'group') {
      const children: Node[] = node.group.tasklets.map((tasklet) => ({ kind: 'tasklet', tasklet }));
      if (node.group.tasklets.length < node.group.total) {
        children.push({ kind: 'more', group: node.group });
      }
      return children;
    }
    if (node.kind === 'tasklet') {
      return this.stack(node.tasklet);
    }
    return [];
  }

  private async stack(tasklet: TaskletInfo): Promise<Node[]> {
    const current = this.sessions.current;
    if (current?.state !== 'stopped') {
      return [];
    }
    try {
      const body = await current.session.customRequest('stackTrace', { threadId: tasklet.threadId, startFrame: 0, levels: STACK_LEVELS });
      const frames = (body?.stackFrames ?? []) as FrameInfo[];
      return frames.map((frame) => ({ kind: 'frame', tasklet, frame }));
    } catch (err) {
      void vscode.window.showWarningMessage(`Cannot show the stack of tasklet ${tasklet.id}: ${(err as Error).message}`);
      return [];
    }
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}

function stateIcon(state: string): string {
  switch (state) {
    case 'running':
      return 'debug-stackframe';
    case 'runnable':
      return 'debug-start';
    case 'blocked':
      return 'debug-pause';
    case 'new':
      return 'circle-outline';
    default:
      return 'debug-stop';
  }
}
