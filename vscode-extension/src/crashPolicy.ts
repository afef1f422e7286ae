/**
 * Decides whether a server that died is started again. A server that crashes at start-up (a
 * broken jar, a JVM flag the runtime refuses) would otherwise be restarted forever; so it is
 * restarted at most `maxRestarts` times within `windowMs`, then left stopped until the user asks (a
 * start or restart by the user begins a fresh count).
 */
export class CrashPolicy {
  private readonly restarts: number[] = [];

  constructor(
    private readonly maxRestarts = 3,
    private readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Called when the connection closed unexpectedly: true to restart, false to give up. */
  shouldRestart(): boolean {
    const t = this.now();
    while (this.restarts.length > 0 && t - this.restarts[0] > this.windowMs) {
      this.restarts.shift();
    }
    if (this.restarts.length >= this.maxRestarts) {
      return false;
    }
    this.restarts.push(t);
    return true;
  }

  /** A restart the user asked for starts a fresh count. */
  reset(): void {
    this.restarts.length = 0;
  }

  describeGivingUp(): string {
    const minutes = Math.round(this.windowMs / 60_000);
    return `The captureguard server stopped ${this.maxRestarts + 1} times in ${minutes} minutes and will not be restarted automatically. See its log, then run "captureguard: Restart server".`;
  }
}
