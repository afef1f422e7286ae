// Where the UI test finds real VS Code (code-server), Chromium and Playwright: installed by
// .ci/install-vscode. Says what is missing rather than failing on it, so that the caller decides.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const PREFIX = process.env.CAPTUREGUARD_VSCODE_TOOLS ?? '/opt/captureguard-vscode';

export function findTools() {
  const tools = {
    codeServer: `${PREFIX}/node_modules/.bin/code-server`,
    playwright: `${PREFIX}/node_modules/playwright-core/package.json`,
    chromium: process.env.CHROMIUM ?? '/usr/bin/chromium',
  };
  const missing = Object.entries(tools).filter(([, path]) => !existsSync(path)).map(([name, path]) => `${name} (${path})`);
  return { ...tools, missing };
}

export function loadPlaywright(tools) {
  return createRequire(tools.playwright)('playwright-core');
}
