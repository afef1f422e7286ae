// A server that dies is started again, three times within three minutes; the fourth time the
// extension stops trying, says so once, and its Restart button brings the server back.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as editor from './editor.mjs';
import { serverPids, waitForServers } from './serverProcesses.mjs';

export async function crashScenario({ page, dirs, workspace, url }, artifacts) {
  const shot = (name) => page.screenshot({ path: join(artifacts, `${name}.png`) });
  await editor.openWorkbench(page, url, workspace);
  await editor.openFile(page, 'pool.go');
  let [pid] = await waitForServers(dirs.extensions, (pids) => pids.length === 1, 2 * 60_000, 'a server');
  // Each crash hits a server that is up (the status says running), as a real crash would.
  await editor.statusItemWithIcon(page, 'check', 60_000);
  for (let crash = 1; crash <= 3; crash++) {
    process.kill(pid, 'SIGKILL');
    const dead = pid;
    [pid] = await waitForServers(dirs.extensions, (pids) => pids.length === 1 && pids[0] !== dead, 60_000,
      `a new server after crash ${crash}`);
    await editor.statusItemWithIcon(page, 'check', 60_000);
  }
  process.kill(pid, 'SIGKILL');
  await editor.statusItemWithIcon(page, 'error', 60_000);
  await page.waitForTimeout(3_000);
  assert.deepEqual(serverPids(dirs.extensions), [], 'a server was started after the extension gave up');
  const message = await editor.notificationInCenter(page, 'will not be restarted automatically', 10_000);
  await shot('gave-up');
  assert.equal(await page.locator('.notifications-center .notification-list-item', { hasText: 'captureguard' }).count(), 1,
    'one message about the server, not one per crash');

  await message.getByRole('button', { name: 'Restart' }).click();
  await waitForServers(dirs.extensions, (pids) => pids.length === 1, 60_000, 'a server after Restart');
  await editor.statusItemWithIcon(page, 'check', 60_000);
  await editor.goTo(page, 24, 16);
  await editor.waitForSquiggleOnCursorLine(page, 'warning', 60_000);
  // The status item asks the new server for the file's Go version.
  await editor.statusItemWithText(page, 'go1.21', 30_000);
}
