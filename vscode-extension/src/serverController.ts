import * as vscode from 'vscode';
import { CrashPolicy } from './crashPolicy';
import { FileInfo } from './fileInfo';
import { describeMissingJava, JavaDiscovery } from './javaDiscovery';
import { serverLaunch, ServerLaunch } from './serverCommand';
import { ServerState } from './serverState';

/** A started server, as the controller needs it. */
export interface RunningServer {
  /** `captureguard/fileInfo` for a document; undefined while the server is not up or has it not open. */
  fileInfo(uri: vscode.Uri): Promise<FileInfo | undefined>;
  stop(): Promise<void>;
}

/** What happens to a started server that the controller must hear about. */
export interface ServerEvents {
  starting(): void;
  running(): void;
  /** The server stopped without being asked to (a crash, or a start that failed). */
  ended(reason: string): void;
}

export interface ControllerParts {
  log(line: string): void;
  showLog(): void;
  setState(state: ServerState): void;
  findJava(): Promise<JavaDiscovery>;
  /** `captureguard.server.path`, or the jar shipped in the extension. */
  jarPath(): string;
  jvmArgs(): string[];
  isFile(file: string): boolean;
  startServer(launch: ServerLaunch, events: ServerEvents): RunningServer;
  crashPolicy(): CrashPolicy;
}

const OPEN_SETTINGS = 'Open Settings';
const SHOW_LOG = 'Show Log';
const RESTART = 'Restart';

/**
 * Starts, stops and restarts the server. A problem it cannot solve (no Java 17, no jar, a server
 * that keeps dying) is told once, with a button to the fix, and the server stays stopped until
 * the user acts: no restart loop.
 */
export class ServerController {
  private server: RunningServer | undefined;
  /** Tells the current server's events from those of one already replaced. */
  private generation = 0;
  private crashes: CrashPolicy;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly parts: ControllerParts) {
    this.crashes = parts.crashPolicy();
  }

  /** Starts the server; also what the user's Restart does, so crashes are counted afresh. */
  start(): Promise<void> {
    return this.serially(async () => {
      this.crashes = this.parts.crashPolicy();
      await this.doStart();
    });
  }

  stop(): Promise<void> {
    return this.serially(() => this.doStop('stopped on request'));
  }

  restart(): Promise<void> {
    return this.serially(async () => {
      await this.doStop('restarting');
      this.crashes = this.parts.crashPolicy();
      await this.doStart();
    });
  }

  /** What the current server says about a document; undefined when there is no server. */
  fileInfo(uri: vscode.Uri): Promise<FileInfo | undefined> {
    return this.server?.fileInfo(uri) ?? Promise.resolve(undefined);
  }

  private serially(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async doStart(): Promise<void> {
    const { parts } = this;
    parts.setState({ kind: 'starting' });
    const java = await parts.findJava();
    for (const check of java.checks) {
      parts.log(`Java from ${check.candidate.origin}: ${check.candidate.executable}: ${check.outcome}`
        + ('release' in check ? ` (Java ${check.release})` : ''));
    }
    if (!java.found) {
      this.fail(describeMissingJava(java.checks), 'captureguard.java.home');
      return;
    }
    const jar = parts.jarPath();
    if (!parts.isFile(jar)) {
      this.fail(`The captureguard server jar ${jar} does not exist. Set captureguard.server.path to a captureguard.jar, or reinstall the extension.`,
        'captureguard.server.path');
      return;
    }
    const launch = serverLaunch(java.executable, jar, parts.jvmArgs());
    parts.log(`Starting: ${launch.command} ${launch.args.join(' ')}`);
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    this.server = parts.startServer(launch, {
      starting: () => current() && parts.setState({ kind: 'starting' }),
      running: () => current() && parts.setState({ kind: 'running', java: java.executable, release: java.release }),
      ended: (reason) => {
        if (current()) {
          void this.serially(() => this.afterCrash(reason));
        }
      },
    });
  }

  private async afterCrash(reason: string): Promise<void> {
    this.parts.log(`The server stopped unexpectedly: ${reason}`);
    await this.doStop('crashed');
    if (this.crashes.shouldRestart()) {
      this.parts.log('Restarting it.');
      await this.doStart();
    } else {
      this.fail(this.crashes.describeGivingUp());
    }
  }

  private async doStop(reason: string): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.generation++;
    if (server) {
      try {
        await server.stop();
      } catch (e) {
        this.parts.log(`Stopping the server failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    this.parts.setState({ kind: 'stopped', reason });
  }

  private fail(message: string, setting?: string): void {
    const { parts } = this;
    parts.log(message);
    parts.setState({ kind: 'failed', reason: message });
    const buttons = setting ? [OPEN_SETTINGS, SHOW_LOG] : [RESTART, SHOW_LOG];
    // Not awaited: the message stays up while the rest of the editor goes on.
    void Promise.resolve(vscode.window.showErrorMessage(message, ...buttons)).then((choice) => {
      if (choice === OPEN_SETTINGS && setting) {
        return vscode.commands.executeCommand('workbench.action.openSettings', setting);
      }
      if (choice === SHOW_LOG) {
        parts.showLog();
      }
      if (choice === RESTART) {
        return this.restart();
      }
      return undefined;
    });
  }
}
