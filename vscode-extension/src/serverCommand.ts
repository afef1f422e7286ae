/**
 * JVM flags for a long-running, mostly idle editor helper: the serial collector keeps the idle
 * footprint small on a developer's machine; a deep stack for deeply nested Go expressions; exit
 * on out-of-memory so the client restarts a fresh server instead of talking to a broken one.
 * HotSpot prints its own warnings on stdout by default, which is the protocol stream here, so
 * they are sent to stderr (the server log) instead.
 */
export const DEFAULT_JVM_FLAGS: readonly string[] = [
  '-XX:+UseSerialGC',
  '-Xss16m',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:+DisplayVMOutputToStderr',
  '-Xlog:disable',
  '-Xlog:all=warning:stderr',
];

export interface ServerLaunch {
  command: string;
  args: string[];
}

/** The process that serves LSP on stdin/stdout; the user's JVM flags come last so they win. */
export function serverLaunch(java: string, jar: string, userJvmArgs: readonly string[]): ServerLaunch {
  const extra = userJvmArgs.map((a) => a.trim()).filter((a) => a !== '');
  return { command: java, args: [...DEFAULT_JVM_FLAGS, ...extra, '-jar', jar, 'serve', '--stdio'] };
}
