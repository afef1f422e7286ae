// The captureguard servers running from one profile's extensions folder: JVMs whose command line
// names the jar installed there, found in /proc (Linux, as in CI).
import { readdirSync, readFileSync } from 'node:fs';

export function serverPids(extensionsDir) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args;
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // exited meanwhile
    }
    if (args.some((a) => a.startsWith(extensionsDir) && a.endsWith('captureguard.jar')) && args.includes('serve')) {
      pids.push(Number(entry));
    }
  }
  return pids;
}

/** Polls until `predicate(pids)` holds; returns those pids. */
export async function waitForServers(extensionsDir, predicate, timeout, what) {
  const deadline = Date.now() + timeout;
  let pids = serverPids(extensionsDir);
  while (!predicate(pids)) {
    if (Date.now() > deadline) throw new Error(`${what}: server processes are ${JSON.stringify(pids)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    pids = serverPids(extensionsDir);
  }
  return pids;
}
