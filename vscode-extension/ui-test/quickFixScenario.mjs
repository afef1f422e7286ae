// The everyday path: open examples/pool.go (go 1.21), see the loopvar-capture squiggle on line
// 24 and its hover, apply the copy fix from the Ctrl+. menu, save, compare the file on disk with
// the text expected; then "Restart server" replaces the JVM and the new one reports the file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as editor from './editor.mjs';
import { waitForOutputChannel } from './outputChannel.mjs';
import { waitForServers } from './serverProcesses.mjs';

const FILE = 'pool.go';
const LOOP_HEADER = '\tfor _, job := range jobs {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tresults <- job.Process()\n';
const FINDING = { line: 24, column: 16 }; // the `job` of `job.Process()`
const FIX_TITLE = 'Copy `job` into the iteration';

/** The file after the fix: the copy as the first statement of the loop body, nothing else. */
function expectedAfterFix(original) {
  assert.equal(original.split(LOOP_HEADER).length, 2, `${FILE} no longer holds the loop this test fixes`);
  return original.replace(LOOP_HEADER, LOOP_HEADER.replace('range jobs {\n', 'range jobs {\n\t\tjob := job\n'));
}

export async function quickFixScenario({ page, dirs, workspace, url }, artifacts) {
  const shot = (name) => page.screenshot({ path: join(artifacts, `${name}.png`) });
  const path = join(workspace, FILE);
  const original = readFileSync(path, 'utf8');
  const expected = expectedAfterFix(original);

  await editor.openWorkbench(page, url, workspace);
  await editor.openFile(page, FILE);
  await editor.goTo(page, FINDING.line, FINDING.column);
  // The JVM starts when the Go file opens; its first analysis includes class loading.
  await editor.waitForSquiggleOnCursorLine(page, 'warning', 3 * 60_000);
  await shot('squiggle');
  await editor.statusItemWithIcon(page, 'check', 30_000);
  const [firstServer] = await waitForServers(dirs.extensions, (pids) => pids.length === 1, 10_000, 'one server');

  const hover = await editor.hoverText(page, 'loopvar-capture');
  console.log(`hover: ${hover.replace(/\s+/g, ' ').slice(0, 300)}`);
  assert.match(hover, /job/);
  await shot('hover');

  const fixes = await editor.quickFixMenu(page);
  console.log(`quick fixes: ${JSON.stringify(fixes)}`);
  await shot('quick-fix-menu');
  assert.ok(fixes.some((title) => title.includes(FIX_TITLE)), `no "${FIX_TITLE}" among ${JSON.stringify(fixes)}`);
  await editor.chooseQuickFix(page, FIX_TITLE);
  await editor.save(page);

  let onDisk = original;
  for (let i = 0; i < 40 && onDisk === original; i++) {
    await page.waitForTimeout(250);
    onDisk = readFileSync(path, 'utf8');
  }
  assert.equal(onDisk, expected);
  // The cursor stays on the `job` line, one line down now; its finding is gone.
  await editor.waitForSquiggleOnCursorLine(page, 'warning', 30_000, false);
  await shot('after-fix');

  // The client clears the old server's diagnostics when it stops, so a squiggle afterwards comes
  // from the new one.
  await editor.runCommand(page, 'captureguard: Restart server');
  const [secondServer] = await waitForServers(dirs.extensions,
    (pids) => pids.length === 1 && pids[0] !== firstServer, 60_000, 'after restart, one new server');
  console.log(`restart: server ${firstServer} replaced by ${secondServer}`);
  // The output channel holds the launch line and what the client saw of the old process: exit
  // status 0, which the server gives only after shutdown, so it was stopped cleanly (the same
  // stop that deactivation uses).
  await waitForOutputChannel(dirs.userData, [/serve --stdio/, /Server process exited with code 0/], 15_000);
  await editor.statusItemWithIcon(page, 'check', 60_000);
  const address = expected.split('\n').findIndex((l) => l.includes('again = append(again, &job)'));
  assert.ok(address >= 0, `${FILE} no longer takes &job in Retries`);
  await editor.goTo(page, address + 1, 26); // the `&job` that loopvar-address reports
  // An error, not the rule's warning: the session's user settings say so (SEVERITY below), and
  // they reach the server in the contract's shape.
  await editor.waitForSquiggleOnCursorLine(page, 'error', 60_000);
  await shot('after-restart');

  // Turning captureguard off in the settings editor reaches the running server.
  const enable = await editor.settingInEditor(page, 'captureguard.enable');
  await enable.locator('.setting-value-checkbox').click();
  await editor.activateTab(page, FILE);
  await editor.waitForSquiggleOnCursorLine(page, 'error', 30_000, false);
  await shot('disabled');
}

export const SEVERITY = { 'captureguard.severity': { 'loopvar-address': 'error' } };
