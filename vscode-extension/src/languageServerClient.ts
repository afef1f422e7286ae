import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  State,
} from 'vscode-languageclient/node';
import { CrashPolicy } from './crashPolicy';
import { ServerLaunch } from './serverCommand';
import { RunningServer, ServerEvents } from './serverController';
import { SECTION, serverSettings } from './serverSettings';

function settingsFor(scope?: vscode.Uri) {
  return serverSettings(vscode.workspace.getConfiguration(SECTION, scope));
}

/**
 * Starts the server with vscode-languageclient over stdio. The server's stderr (its log) goes to
 * `output`. Settings reach it in the contract's shape on every path: initialization options,
 * change notifications and `workspace/configuration` answers.
 */
export async function startLanguageClient(
  launch: ServerLaunch,
  events: ServerEvents,
  output: vscode.OutputChannel,
): Promise<RunningServer> {
  const crashes = new CrashPolicy();
  let client: LanguageClient | undefined;
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
          await client?.sendNotification(DidChangeConfigurationNotification.type, {
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
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        if (crashes.shouldRestart()) {
          output.appendLine('The server stopped unexpectedly; restarting it.');
          return { action: CloseAction.Restart, handled: true };
        }
        events.gaveUp(crashes.describeGivingUp());
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
    // A server that cannot initialize would fail the same way again.
    initializationFailedHandler: () => false,
  };
  client = new LanguageClient('captureguard', 'captureguard', { command: launch.command, args: launch.args }, options);
  client.onDidChangeState((change) => {
    if (change.newState === State.Running) {
      events.running();
    }
  });
  await client.start();
  const started = client;
  return {
    stop: async () => {
      if (started.state !== State.Stopped) {
        await started.stop(5_000);
      }
    },
  };
}
