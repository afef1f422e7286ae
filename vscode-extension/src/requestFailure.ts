import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';

/**
 * The codes vscode-jsonrpc gives a request that died with the connection, not in the server: the
 * write into a pipe whose process is gone (EPIPE), and answers still pending when it closed or
 * asked for after it closed.
 */
const CONNECTION_LOST: ReadonlySet<number> = new Set([
  ErrorCodes.MessageWriteError,
  ErrorCodes.MessageReadError,
  ErrorCodes.PendingResponseRejected,
  ErrorCodes.ConnectionInactive,
]);

/**
 * Whether a failed request is only a symptom of a server that went away. Such a failure gets an
 * empty answer and a line in the log: the crash itself is reported once, by the controller, and
 * a message per request in flight would bury that one. Anything else (the running server
 * answered with an error) is a real failure and is shown.
 */
export function failedWithTheConnection(error: unknown, clientRunning: boolean): boolean {
  if (!clientRunning) {
    return true;
  }
  return error instanceof ResponseError && CONNECTION_LOST.has(error.code);
}
