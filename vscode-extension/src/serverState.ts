import { describeFileInfo, FileInfo, goVersionLabel } from './fileInfo';

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

/**
 * The status item's text. `file` is what the running server said about the Go file in front: its
 * version goes into the text, where it came from into the tooltip. A server that is not running
 * has nothing to say about files, so `file` only counts while it runs.
 */
export function statusText(state: ServerState, file?: FileInfo): StatusText {
  switch (state.kind) {
    case 'starting':
      return { text: '$(sync~spin) captureguard', tooltip: 'captureguard: starting the server…', isError: false };
    case 'running': {
      const server = `captureguard: server running on Java ${state.release} (${state.java}).`;
      if (!file) {
        return { text: '$(check) captureguard', tooltip: `${server} Click for the server log.`, isError: false };
      }
      return {
        text: `$(check) captureguard · ${goVersionLabel(file)}`,
        tooltip: `${server}\n${describeFileInfo(file)}\nClick for the server log.`,
        isError: false,
      };
    }
    case 'stopped':
      return { text: '$(circle-slash) captureguard', tooltip: `captureguard: server stopped. ${state.reason}`, isError: false };
    case 'failed':
      return { text: '$(error) captureguard', tooltip: `captureguard: ${state.reason}`, isError: true };
  }
}
