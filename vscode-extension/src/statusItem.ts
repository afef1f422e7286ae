import * as vscode from 'vscode';
import { FileInfo } from './fileInfo';
import { ServerState, statusText } from './serverState';

/** Asks the running server about a document (undefined: no server, or it has the file not open). */
export type FileInfoSource = (uri: vscode.Uri) => Promise<FileInfo | undefined>;

/**
 * Events come in bursts (an editor switch brings a change of selection and of visible editors; a
 * branch switch touches go.mod and every file): one request for the burst is enough.
 */
const REFRESH_DELAY_MS = 250;

/**
 * The server's state in the status bar, shown while a Go file is in front, with the Go version
 * the server applies to that file (`captureguard · go1.21`; where it comes from in the tooltip).
 * The version is asked again when another editor comes to the front, when the file or a go.mod
 * changes, when the settings change and when the server (re)starts. A failed request only
 * leaves the version out, with a line in the log: the item is no place for error messages.
 */
export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly watches: vscode.Disposable[];
  private state: ServerState = { kind: 'starting' };
  /** The last answer, and the document it is about. */
  private file: { uri: string; info: FileInfo } | undefined;
  /** Counts the requests so that an answer overtaken by a newer question is dropped. */
  private asked = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(command: string, private readonly fileInfo: FileInfoSource, private readonly log: (line: string) => void) {
    this.item = vscode.window.createStatusBarItem('captureguard.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'captureguard';
    this.item.command = command;
    const goMods = vscode.workspace.createFileSystemWatcher('**/go.mod');
    const refresh = () => this.refreshSoon();
    this.watches = [
      goMods,
      goMods.onDidChange(refresh),
      goMods.onDidCreate(refresh),
      goMods.onDidDelete(refresh),
      vscode.window.onDidChangeActiveTextEditor(() => {
        this.render();
        this.refreshSoon();
      }),
      // A //go:build line typed into the file in front changes its version.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) {
          this.refreshSoon();
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('captureguard.goVersion')) {
          this.refreshSoon();
        }
      }),
    ];
  }

  show(state: ServerState): void {
    this.state = state;
    if (state.kind !== 'running') {
      this.file = undefined; // learnt from a server that is gone
    }
    this.render();
    this.refreshSoon();
  }

  private refreshSoon(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const asked = ++this.asked;
    const document = vscode.window.activeTextEditor?.document;
    let info: FileInfo | undefined;
    if (this.state.kind === 'running' && document?.languageId === 'go') {
      try {
        info = await this.fileInfo(document.uri);
      } catch (e) {
        this.log(`Asking the server for the Go version of ${document.uri.toString()} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (asked === this.asked) {
      this.file = document && info ? { uri: document.uri.toString(), info } : undefined;
      this.render();
    }
  }

  private render(): void {
    // Only the answer about the file in front; another file's, until the question is answered,
    // would be wrong.
    const front = vscode.window.activeTextEditor?.document.uri.toString();
    const text = statusText(this.state, this.file?.uri === front ? this.file?.info : undefined);
    this.item.text = text.text;
    this.item.tooltip = text.tooltip;
    this.item.backgroundColor = text.isError ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.updateVisibility();
  }

  private updateVisibility(): void {
    if (vscode.window.activeTextEditor?.document.languageId === 'go') {
      this.item.show();
    } else {
      this.item.hide();
    }
  }

  dispose(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
    }
    this.watches.forEach((w) => w.dispose());
    this.item.dispose();
  }
}
