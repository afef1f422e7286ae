// The first-run failure: captureguard.java.home names a folder without Java. One message says
// so and offers the setting, no server is started or retried; setting a real Java home in the
// settings editor starts the server.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as editor from './editor.mjs';
import { serverPids, waitForServers } from './serverProcesses.mjs';

export const MISSING_JAVA_HOME = '/nonexistent/jdk';
const MESSAGE = 'needs Java 17 or newer';

function realJavaHome() {
  const java = execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim();
  return dirname(dirname(realpathSync(java)));
}

export async function missingJavaScenario({ page, dirs, workspace, url }, artifacts) {
  const shot = (name) => page.screenshot({ path: join(artifacts, `${name}.png`) });
  await editor.openWorkbench(page, url, workspace);
  await editor.openFile(page, 'pool.go');
  const toast = await editor.notification(page, MESSAGE, 60_000);
  assert.match(await toast.innerText(), new RegExp(`${MISSING_JAVA_HOME}/bin/java does not exist`));
  await editor.statusItemWithIcon(page, 'error', 10_000);
  await shot('java-missing');
  // No restart loop: a while later still no server and still the one message.
  await page.waitForTimeout(5_000);
  assert.deepEqual(serverPids(dirs.extensions), []);
  assert.equal(await page.locator('.notification-toast', { hasText: MESSAGE }).count(), 1);

  await toast.getByRole('button', { name: 'Open Settings' }).click();
  // In code-server every window is remote, and VS Code lists machine-overridable settings under
  // the Remote tab, where a value also overrides the user's.
  await page.locator('.settings-editor .settings-tabs-widget .action-label', { hasText: 'Remote' }).click();
  const input = page.locator('.setting-item-contents[data-key="captureguard.java.home"] input');
  await input.waitFor({ timeout: 30_000 });
  await input.fill(realJavaHome());
  await shot('java-setting');
  await waitForServers(dirs.extensions, (pids) => pids.length === 1, 60_000, 'a server once Java is set');
  await editor.activateTab(page, 'pool.go');
  await editor.statusItemWithIcon(page, 'check', 60_000);
  await editor.goTo(page, 24, 16);
  await editor.waitForSquiggleOnCursorLine(page, 'warning', 60_000);
  await shot('java-set');
}
