import * as vscode from 'vscode';
import {
  CancellationToken,
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  MessageSignature,
  State,
} from 'vscode-languageclient/node';
import { FILE_INFO_METHOD, FileInfo } from './fileInfo';
import { failedWithTheConnection } from './requestFailure';
import { ServerLaunch } from './serverCommand';
import { RunningServer, ServerEvents } from './serverController';
import { SECTION, serverSettings } from './serverSettings';

function settingsFor(scope?: vscode.Uri) {
  return serverSettings(vscode.workspace.getConfiguration(SECTION, scope));
}

function text(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * vscode-languageclient shows a message for every request that fails, including those in flight
 * when the server died (a write into the dead process's pipe fails with EPIPE). Those get an empty
 * answer and a log line here; the crash is told once, by the controller. Failures from a server
 * that is up still go to the library, which logs and shows them.
 */
class CaptureguardClient extends LanguageClient {
  override handleFailedRequest<T>(type: MessageSignature, token: CancellationToken | undefined, error: unknown,
    defaultValue: T, showNotification?: boolean): T {
    if (failedWithTheConnection(error, this.isRunning())) {
      this.info(`Request ${type.method} ended with the connection to the server: ${text(error)}`, undefined, false);
      return defaultValue;
    }
    return super.handleFailedRequest(type, token, error, defaultValue, showNotification);
  }
}

/**
 * Starts the server with vscode-languageclient over stdio and returns at once, not when the
 * server is ready. The server's stderr (its log) goes to `output`. Settings reach it in the
 * contract's shape on every path: initialization options, change notifications and
 * `workspace/configuration` answers.
 *
 * The client never restarts the server by itself: its own restart races with a failing
 * initialize (which then stops the restarted client). Any unasked-for end is reported once, as
 * `ended`, and the controller decides.
 */
export function startLanguageClient(launch: ServerLaunch, events: ServerEvents, output: vscode.OutputChannel): RunningServer {
  let stopping = false;
  let ended = false;
  const end = (reason: string) => {
    if (!stopping && !ended) {
      ended = true;
      events.ended(reason);
    }
  };
  let clientRef: LanguageClient | undefined;
  const options: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'go' },
      { scheme: 'untitled', language: 'go' },
    ],
    initializationOptions: settingsFor(),
    outputChannel: output,
    synchronize: {
      configurationSection: SECTION,
      // The Go version of a file comes from go.mod; editors' own saves arrive as didChange, but
      // `go mod edit` and branch switches only show up here.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/go.mod'),
    },
    middleware: {
      workspace: {
        // Send the contract's object instead of the raw section, which holds client-only keys.
        didChangeConfiguration: async () => {
          await clientRef?.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { [SECTION]: settingsFor() },
          });
        },
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) {
            return answers;
          }
          return params.items.map((item, i) =>
            item.section === SECTION
              ? settingsFor(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
              : answers[i]);
        },
      },
    },
    errorHandler: {
      // A broken pipe is how a crash first shows: logged only (handled), since closed() follows.
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => {
        end('the connection to the server closed');
        // The message replaces the client's "will not be restarted": the controller may restart it.
        return { action: CloseAction.DoNotRestart, handled: true, message: 'The connection to the server closed.' };
      },
    },
    initializationFailedHandler: (error) => {
      end(`initialize failed: ${text(error)}`);
      return false;
    },
  };
  const client = new CaptureguardClient('captureguard', 'captureguard', { command: launch.command, args: launch.args }, options);
  clientRef = client;
  client.onDidChangeState((change) => {
    if (change.newState === State.Running) {
      events.running();
    } else if (change.newState === State.Starting) {
      events.starting();
    }
  });
  client.start().catch((e) => end(`the server did not start: ${text(e)}`));
  return {
    fileInfo: async (uri) => {
      if (!client.isRunning()) {
        return undefined;
      }
      const info = await client.sendRequest<FileInfo | null>(FILE_INFO_METHOD,
        { uri: client.code2ProtocolConverter.asUri(uri) });
      return info ?? undefined;
    },
    stop: async () => {
      stopping = true;
      // A client that ended has stopped itself already, and refuses a second stop.
      if (!ended && client.state !== State.Stopped) {
        await client.stop(5_000);
      }
    },
  };
}
