// One editor session: a fresh code-server profile with the .vsix installed and the given user
// settings, a copy of examples/ as the workspace, and a headless Chromium page on it. `close`
// ends both processes and keeps the logs beside the screenshots.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installExtension, profile, startCodeServer, writeUserSettings } from './codeServer.mjs';
import { loadPlaywright } from './tools.mjs';

export async function openSession({ tools, vsix, examples, artifacts, name, settings = {} }) {
  const work = mkdtempSync(join(tmpdir(), `cg-ui-${name}-`));
  const workspace = join(work, 'examples');
  cpSync(examples, workspace, { recursive: true });
  const dirs = profile(join(work, 'profile'));
  writeUserSettings(dirs, settings);
  let server;
  let browser;
  const close = async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (existsSync(dirs.log)) cpSync(dirs.log, join(artifacts, `${name}-code-server.log`));
    const logs = join(dirs.userData, 'logs');
    if (existsSync(logs)) cpSync(logs, join(artifacts, `${name}-vscode-logs`), { recursive: true });
    rmSync(work, { recursive: true, force: true });
  };
  try {
    installExtension(tools.codeServer, dirs, vsix);
    server = await startCodeServer(tools.codeServer, dirs, workspace);
    const { chromium } = loadPlaywright(tools);
    browser = await chromium.launch({
      executablePath: tools.chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-pings', '--disable-domain-reliability'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    return { page, dirs, workspace, url: server.url, close };
  } catch (e) {
    await close();
    throw e;
  }
}
