import * as vscode from 'vscode';
import { ServerState, statusText } from './serverState';

/**
 * The server's state in the status bar, shown while a Go file is in front. The server offers no
 * request for the Go version it applies to a file, so the item shows the server's state only.
 */
export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly editorWatch: vscode.Disposable;

  constructor(command: string) {
    this.item = vscode.window.createStatusBarItem('captureguard.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'captureguard';
    this.item.command = command;
    this.editorWatch = vscode.window.onDidChangeActiveTextEditor(() => this.updateVisibility());
  }

  show(state: ServerState): void {
    const text = statusText(state);
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
    this.editorWatch.dispose();
    this.item.dispose();
  }
}
