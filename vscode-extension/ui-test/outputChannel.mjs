// The text of the extension's "captureguard" output channel, as VS Code mirrors it into the
// profile's log folder (logs/<session>/exthost<n>/output_logging_<time>/<n>-captureguard.log).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function channelFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return channelFiles(path);
    return /^\d+-captureguard\.log$/.test(entry.name) ? [path] : [];
  });
}

/** Polls until the channel's text matches every pattern; returns the text. */
export async function waitForOutputChannel(userDataDir, patterns, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = channelFiles(join(userDataDir, 'logs')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const missing = patterns.filter((p) => !p.test(text));
    if (missing.length === 0) return text;
    if (Date.now() > deadline) throw new Error(`the captureguard output channel lacks ${missing.join(', ')}:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
