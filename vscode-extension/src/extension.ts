import * as fs from 'fs';
import * as vscode from 'vscode';
import { CrashPolicy } from './crashPolicy';
import { discoverJava } from './javaDiscovery';
import { probeJavaVersion } from './javaProbe';
import { startLanguageClient } from './languageServerClient';
import { ServerController } from './serverController';
import { LAUNCH_SETTINGS, SECTION } from './serverSettings';
import { StatusItem } from './statusItem';

let controller: ServerController | undefined;

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('captureguard');
  const status = new StatusItem('captureguard.showOutput',
    (uri) => controller?.fileInfo(uri) ?? Promise.resolve(undefined),
    (line) => output.appendLine(line));
  context.subscriptions.push(output, status);

  const settings = () => vscode.workspace.getConfiguration(SECTION);
  const server = new ServerController({
    log: (line) => output.appendLine(line),
    showLog: () => output.show(true),
    setState: (state) => status.show(state),
    findJava: () => discoverJava({
      javaHomeSetting: settings().get<string>('java.home') ?? '',
      env: process.env,
      platform: process.platform,
      isFile,
    }, probeJavaVersion),
    jarPath: () => settings().get<string>('server.path')?.trim() || context.asAbsolutePath('server/captureguard.jar'),
    jvmArgs: () => settings().get<string[]>('server.jvmArgs') ?? [],
    isFile,
    startServer: (launch, events) => startLanguageClient(launch, events, output),
    crashPolicy: () => new CrashPolicy(),
  });
  controller = server;

  context.subscriptions.push(
    vscode.commands.registerCommand('captureguard.restartServer', () => server.restart()),
    vscode.commands.registerCommand('captureguard.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // The rest of the section reaches the running server as a notification.
      if (LAUNCH_SETTINGS.some((key) => e.affectsConfiguration(key))) {
        output.appendLine('Java or server settings changed; restarting the server.');
        void server.restart();
      }
    }),
  );
  await server.start();
}

export async function deactivate(): Promise<void> {
  const server = controller;
  controller = undefined;
  await server?.stop();
}
