// A server whose pipe breaks while VS Code is writing to it: the moment between a crash and the
// client noticing it, when requests in flight fail with EPIPE. brokenPipe/BrokenPipeServer.java
// (the real server, built here around the installed jar) holds that moment open. The client logs
// the failures and shows no message for them: the only message about a crash is the extension's
// own, once it gives up (crashScenario.mjs).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeUserSettings } from './codeServer.mjs';
import * as editor from './editor.mjs';
import { waitForOutputChannel } from './outputChannel.mjs';

const SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'brokenPipe', 'BrokenPipeServer.java');

function jdkTool(name) {
  const java = realpathSync(execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim());
  return join(dirname(java), name);
}

/** A copy of the installed server jar whose entry point is BrokenPipeServer. */
function buildBrokenServer(extensionsDir, dir) {
  const [installed] = readdirSync(extensionsDir).filter((name) => name.startsWith('captureguard.captureguard-'));
  const serverJar = join(extensionsDir, installed, 'server', 'captureguard.jar');
  const classes = join(dir, 'classes');
  mkdirSync(classes, { recursive: true });
  execFileSync(jdkTool('javac'), ['-cp', serverJar, '-d', classes, SOURCE]);
  const jar = join(dir, 'broken-pipe.jar');
  copyFileSync(serverJar, jar);
  execFileSync(jdkTool('jar'), ['ufe', jar, 'BrokenPipeServer', '-C', classes, '.']);
  return jar;
}

export async function brokenPipeScenario({ page, dirs, workspace, url }, artifacts) {
  const shot = (name) => page.screenshot({ path: join(artifacts, `${name}.png`) });
  const work = dirname(workspace);
  const trigger = join(work, 'break-the-pipe');
  writeUserSettings(dirs, {
    'captureguard.server.path': buildBrokenServer(dirs.extensions, work),
    'captureguard.server.jvmArgs': [`-Dcaptureguard.test.breakWhen=${trigger}`],
  });
  await editor.openWorkbench(page, url, workspace);
  await editor.openFile(page, 'pool.go');
  await waitForOutputChannel(dirs.userData, [/broken-pipe\.jar serve --stdio/], 2 * 60_000);
  await editor.goTo(page, 24, 16);
  await editor.waitForSquiggleOnCursorLine(page, 'warning', 2 * 60_000);

  writeFileSync(trigger, '');
  await waitForOutputChannel(dirs.userData, [/BrokenPipeServer: stdin closed/], 30_000);
  // Each cursor move asks for code actions; Ctrl+K Ctrl+I asks for a hover.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
    await page.waitForTimeout(150);
  }
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const log = await waitForOutputChannel(dirs.userData,
    [/BrokenPipeServer: exiting/, /The server stopped unexpectedly/, /write EPIPE|write after a stream was destroyed/], 30_000);
  assert.match(log, /Request textDocument\/\w+/, 'no request was written into the broken pipe: the scenario tested nothing');
  // The extension starts the server again; the broken pipe leaves no message behind.
  await editor.statusItemWithIcon(page, 'check', 60_000);
  await page.waitForTimeout(2_000);
  await editor.runCommand(page, 'Notifications: Show Notifications');
  await page.locator('.notifications-center').waitFor();
  await shot('broken-pipe');
  const messages = await page.locator('.notifications-center .notification-list-item', { hasText: 'captureguard' })
    .allInnerTexts();
  assert.deepEqual(messages, [], 'messages about requests that died with the server');
}
