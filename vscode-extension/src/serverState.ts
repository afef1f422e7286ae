/** What the status item shows: the server's life, as the user needs to know it. */
export type ServerState =
  | { kind: 'starting' }
  | { kind: 'running'; java: string; release: number }
  | { kind: 'stopped'; reason: string }
  | { kind: 'failed'; reason: string };

export interface StatusText {
  text: string;
  tooltip: string;
  isError: boolean;
}

export function statusText(state: ServerState): StatusText {
  switch (state.kind) {
    case 'starting':
      return { text: '$(sync~spin) captureguard', tooltip: 'captureguard: starting the server…', isError: false };
    case 'running':
      return {
        text: '$(check) captureguard',
        tooltip: `captureguard: server running on Java ${state.release} (${state.java}). Click for the server log.`,
        isError: false,
      };
    case 'stopped':
      return { text: '$(circle-slash) captureguard', tooltip: `captureguard: server stopped. ${state.reason}`, isError: false };
    case 'failed':
      return { text: '$(error) captureguard', tooltip: `captureguard: ${state.reason}`, isError: true };
  }
}
