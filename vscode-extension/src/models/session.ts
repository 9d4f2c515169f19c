// What a debug session's messages say about its program: stopped (the
// views can ask the adapter), running (they wait), or ended (they clear).

export type SessionState = 'stopped' | 'running' | 'ended';

// Requests after which the program runs until the adapter says it stopped.
const resuming = new Set(['continue', 'next', 'stepIn', 'stepOut', 'stepBack', 'reverseContinue', 'goto', 'restartFrame']);

/** A Debug Adapter Protocol message, as far as this needs it. */
export interface ProtocolMessage {
  type?: string;
  event?: string;
  command?: string;
}

/** stateAfterAdapterMessage reads a message from the adapter. */
export function stateAfterAdapterMessage(m: ProtocolMessage): SessionState | undefined {
  if (m.type !== 'event') {
    return undefined;
  }
  switch (m.event) {
    case 'stopped':
      return 'stopped';
    case 'continued':
      return 'running';
    case 'exited':
    case 'terminated':
      return 'ended';
    default:
      return undefined;
  }
}

/** stateAfterClientMessage reads a message to the adapter. */
export function stateAfterClientMessage(m: ProtocolMessage): SessionState | undefined {
  return m.type === 'request' && m.command !== undefined && resuming.has(m.command) ? 'running' : undefined;
}
