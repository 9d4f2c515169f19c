// The tasklet debug sessions and the state of each program, seen through
// a tracker of the messages between VS Code and the adapter.
import * as vscode from 'vscode';
import { ProtocolMessage, SessionState, stateAfterAdapterMessage, stateAfterClientMessage } from '../models/session';

export interface SessionChange {
  session: vscode.DebugSession;
  state: SessionState;
}

export class TaskletSessions implements vscode.Disposable {
  // Live sessions in the order they started, with their program's state.
  private readonly states = new Map<vscode.DebugSession, SessionState>();
  private readonly changed = new vscode.EventEmitter<SessionChange | undefined>();
  /** Fires when a session's state changes, or (undefined) when the current session does. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.disposables = [
      this.changed,
      vscode.debug.registerDebugAdapterTrackerFactory('tasklet', {
        createDebugAdapterTracker: (session) => {
          this.add(session);
          return {
            onWillReceiveMessage: (m: ProtocolMessage) => this.set(session, stateAfterClientMessage(m)),
            onDidSendMessage: (m: ProtocolMessage) => this.set(session, stateAfterAdapterMessage(m)),
            onExit: () => this.set(session, 'ended'),
          };
        },
      }),
      vscode.debug.onDidStartDebugSession((session) => this.add(session)),
      vscode.debug.onDidTerminateDebugSession((session) => this.set(session, 'ended')),
      vscode.debug.onDidChangeActiveDebugSession(() => this.changed.fire(undefined)),
    ];
  }

  /** current is the session the views show: the active one if it is a tasklet session, else the latest. */
  get current(): SessionChange | undefined {
    const active = vscode.debug.activeDebugSession;
    if (active && this.states.has(active)) {
      return { session: active, state: this.states.get(active)! };
    }
    const last = [...this.states.entries()].pop();
    return last && { session: last[0], state: last[1] };
  }

  // add starts following a session: the tracker is made before the
  // adapter sends anything, earlier than onDidStartDebugSession fires.
  // Sessions that run without debugging never stop, so the views ignore them.
  private add(session: vscode.DebugSession): void {
    if (session.type !== 'tasklet' || session.configuration.noDebug || this.states.has(session)) {
      return;
    }
    this.states.set(session, 'running');
    this.updateContext();
    this.changed.fire({ session, state: 'running' });
  }

  private set(session: vscode.DebugSession, state: SessionState | undefined): void {
    if (state === undefined || !this.states.has(session) || this.states.get(session) === state) {
      return;
    }
    if (state === 'ended') {
      this.states.delete(session);
      this.updateContext();
    } else {
      this.states.set(session, state);
    }
    this.changed.fire({ session, state });
  }

  private updateContext(): void {
    void vscode.commands.executeCommand('setContext', 'tasklet.debugging', this.states.size > 0);
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
