/**
 * A stand-in for the `vscode` module, which exists only inside the editor. It records what the
 * extension asks of the editor and lets a test choose the user's answers. `install()` must run
 * before the module under test is loaded.
 */
import Module = require('module');

export interface ShownMessage {
  message: string;
  buttons: string[];
}

export class EditorStub {
  readonly errors: ShownMessage[] = [];
  readonly commands: unknown[][] = [];
  /** The button the user clicks on the next error message (undefined: dismisses it). */
  nextChoice: string | undefined;
  private answered: Promise<unknown>[] = [];

  readonly api = {
    window: {
      showErrorMessage: (message: string, ...buttons: string[]) => {
        this.errors.push({ message, buttons });
        const choice = Promise.resolve(this.nextChoice);
        this.answered.push(choice);
        return choice;
      },
    },
    commands: {
      executeCommand: async (...args: unknown[]) => {
        this.commands.push(args);
        return undefined;
      },
    },
  };

  /** Waits until the extension has reacted to every answered message. */
  async settle(): Promise<void> {
    await Promise.all(this.answered);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export function install(stub: EditorStub): void {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stub.api : original.call(this, request, ...rest);
  };
}
