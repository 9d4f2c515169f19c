// The Channels view: each channel that tasklets wait on, with its
// balance, its preference and its queue in order.
import * as vscode from 'vscode';
import {
  ChannelInfo, Waiter, channelDescription, channelLabel, channelTooltip, parseLocation, queue,
  waiterDescription, waiterLabel, waiterTooltip,
} from '../models/channels';
import { openLocation, openLocationCommand } from './openLocation';
import { SessionChange, TaskletSessions } from './sessions';

type Node =
  | { kind: 'channel'; channel: ChannelInfo; index: number }
  | { kind: 'waiter'; waiter: Waiter; index: number; channel: number };

export class ChannelsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private channels: ChannelInfo[] = [];
  // Counts refreshes, so that an answer to an older one is dropped.
  private generation = 0;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly sessions: TaskletSessions) {
    this.view = vscode.window.createTreeView('tasklet.channels', { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [
      this.view,
      this.changed,
      sessions.onDidChange((change) => this.onSessionChange(change)),
      vscode.commands.registerCommand('tasklet.refreshChannels', () => this.refresh()),
      vscode.commands.registerCommand('tasklet.revealChannel', (n: Node) => this.revealCreation(n)),
    ];
    this.show([], 'Channels that tasklets wait on appear here when a tasklet program stops in the debugger.');
  }

  private onSessionChange(change: SessionChange | undefined): void {
    if (change && change.session !== this.sessions.current?.session && change.state !== 'ended') {
      return;
    }
    void this.refresh();
  }

  private show(channels: ChannelInfo[], message: string | undefined): void {
    this.channels = channels;
    this.view.message = message;
    this.changed.fire(undefined);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const current = this.sessions.current;
    if (!current) {
      this.show([], 'Channels that tasklets wait on appear here when a tasklet program stops in the debugger.');
      return;
    }
    if (current.state !== 'stopped') {
      this.show([], 'The program is running: channels are listed when it stops.');
      return;
    }
    try {
      const body = await vscode.window.withProgress({ location: { viewId: 'tasklet.channels' } }, () => Promise.resolve(current.session.customRequest('channels', {})));
      if (generation === this.generation) {
        const channels = (body?.channels ?? []) as ChannelInfo[];
        this.show(channels, channels.length ? undefined : 'No tasklet waits on a channel.');
      }
    } catch (err) {
      if (generation === this.generation) {
        this.show([], `Cannot list channels: ${(err as Error).message}`);
      }
    }
  }

  private async revealCreation(node: Node): Promise<void> {
    const where = node.kind === 'channel' ? parseLocation(node.channel.created) : undefined;
    if (where) {
      await openLocation(where.file, where.line);
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'channel') {
      const c = node.channel;
      const item = new vscode.TreeItem(channelLabel(c), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `channel:${node.index}:${c.created}`;
      item.description = channelDescription(c);
      item.tooltip = channelTooltip(c);
      item.contextValue = 'taskletChannel';
      item.iconPath = new vscode.ThemeIcon('arrow-swap');
      return item;
    }
    const w = node.waiter;
    const item = new vscode.TreeItem(waiterLabel(w, node.index), vscode.TreeItemCollapsibleState.None);
    item.id = `channel:${node.channel}:waiter:${w.tasklet}`;
    item.description = waiterDescription(w);
    item.tooltip = waiterTooltip(w);
    item.contextValue = 'taskletWaiter';
    item.iconPath = new vscode.ThemeIcon(w.direction === 'send' ? 'arrow-right' : 'arrow-left');
    if (w.file) {
      item.command = openLocationCommand(w.file, w.line);
    }
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return this.channels.map((channel, index) => ({ kind: 'channel', channel, index }));
    }
    if (node.kind === 'channel') {
      return queue(node.channel).map((waiter, index) => ({ kind: 'waiter', waiter, index, channel: node.index }));
    }
    return [];
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
