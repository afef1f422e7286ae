// The UI test: the packaged .vsix in real VS Code (code-server), driven in headless Chromium.
// Opens examples/pool.go (go 1.21), finds the loopvar-capture squiggle on line 24 and its hover,
// applies the copy fix from the Ctrl+. menu, saves, and compares the file on disk with the text
// expected. Screenshots and logs land in target/ui-test/.
//
// Without the tools it skips, unless CI=true: in CI a missing tool is a failure.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, profile, startCodeServer } from './codeServer.mjs';
import * as editor from './editor.mjs';
import { waitForServers } from './serverProcesses.mjs';
import { findTools, loadPlaywright } from './tools.mjs';

const extensionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(extensionDir, '..');
const version = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')).version;
const vsix = join(extensionDir, 'target', `captureguard-${version}.vsix`);
const artifacts = join(extensionDir, 'target', 'ui-test');

// The case under test: pool.go:24 reads `job`, the one range variable of the loop at go 1.21.
const FILE = 'pool.go';
const LOOP_HEADER = '\tfor _, job := range jobs {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tresults <- job.Process()\n';
const FINDING = { line: 24, column: 16 }; // the `job` of `job.Process()`
const FIX_TITLE = 'Copy `job` into the iteration';
/** The file after the fix: the copy as the first statement of the loop body, nothing else. */
function expectedAfterFix(original) {
  assert.equal(original.split(LOOP_HEADER).length, 2, `${FILE} no longer holds the loop this test fixes`);
  return original.replace(LOOP_HEADER, LOOP_HEADER.replace('range jobs {\n', 'range jobs {\n\t\tjob := job\n'));
}

const tools = findTools();
if (tools.missing.length > 0) {
  const message = `UI test: missing ${tools.missing.join(', ')} (run .ci/install-vscode as root)`;
  if (process.env.CI === 'true') {
    console.error(message);
    process.exit(1);
  }
  console.log(`${message}; skipped`);
  console.log('0 passed, 0 failed, 1 skipped');
  process.exit(0);
}
assert.ok(existsSync(vsix), `${vsix} is missing: run npm run package first`);

const work = mkdtempSync(join(tmpdir(), 'cg-ui-'));
const workspace = join(work, 'examples');
cpSync(join(repoDir, 'examples'), workspace, { recursive: true });
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
const original = readFileSync(join(workspace, FILE), 'utf8');
const expected = expectedAfterFix(original);

// Bounded: whatever hangs, the test ends.
const watchdog = setTimeout(() => {
  console.error('UI test: gave up after 6 minutes');
  process.exit(1);
}, 6 * 60_000);

const dirs = profile(join(work, 'profile'));
let server;
let browser;
let page;
let passed = false;
try {
  installExtension(tools.codeServer, dirs, vsix);
  server = await startCodeServer(tools.codeServer, dirs, workspace);
  const { chromium } = loadPlaywright(tools);
  browser = await chromium.launch({
    executablePath: tools.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

  await editor.openWorkbench(page, server.url, workspace);
  await editor.openFile(page, FILE);
  await editor.goTo(page, FINDING.line, FINDING.column);
  // The JVM starts when the Go file opens; its first analysis includes class loading.
  await editor.waitForSquiggleOnCursorLine(page, 'warning', 3 * 60_000);
  await page.screenshot({ path: join(artifacts, 'squiggle.png') });
  await editor.statusItemWithIcon(page, 'check', 30_000);
  const [firstServer] = await waitForServers(dirs.extensions, (pids) => pids.length === 1, 10_000, 'one server');

  const hover = await editor.hoverText(page, 'loopvar-capture');
  console.log(`hover: ${hover.replace(/\s+/g, ' ').slice(0, 300)}`);
  assert.match(hover, /job/);
  await page.screenshot({ path: join(artifacts, 'hover.png') });

  const fixes = await editor.quickFixMenu(page);
  console.log(`quick fixes: ${JSON.stringify(fixes)}`);
  await page.screenshot({ path: join(artifacts, 'quick-fix-menu.png') });
  assert.ok(fixes.some((title) => title.includes(FIX_TITLE)), `no "${FIX_TITLE}" among ${JSON.stringify(fixes)}`);
  await editor.chooseQuickFix(page, FIX_TITLE);
  await editor.save(page);

  let onDisk = original;
  for (let i = 0; i < 40 && onDisk === original; i++) {
    await page.waitForTimeout(250);
    onDisk = readFileSync(join(workspace, FILE), 'utf8');
  }
  assert.equal(onDisk, expected);
  // The cursor stays on the `job` line, one line down now; its finding is gone.
  await editor.waitForSquiggleOnCursorLine(page, 'warning', 30_000, false);
  await page.screenshot({ path: join(artifacts, 'after-fix.png') });

  // "Restart server" ends the old JVM and starts one new one, which reports the file again.
  await editor.runCommand(page, 'captureguard: Restart server');
  const [secondServer] = await waitForServers(dirs.extensions,
    (pids) => pids.length === 1 && pids[0] !== firstServer, 60_000, 'after restart, one new server');
  console.log(`restart: server ${firstServer} replaced by ${secondServer}`);
  await editor.statusItemWithIcon(page, 'check', 60_000);
  const address = expected.split('\n').findIndex((l) => l.includes('again = append(again, &job)'));
  assert.ok(address >= 0, `${FILE} no longer takes &job in Retries`);
  await editor.goTo(page, address + 1, 26); // the `&job` that loopvar-address reports
  await editor.waitForSquiggleOnCursorLine(page, 'warning', 60_000);
  await page.screenshot({ path: join(artifacts, 'after-restart.png') });
  passed = true;
} catch (e) {
  console.error(e);
  if (page) await page.screenshot({ path: join(artifacts, 'failure.png') }).catch(() => {});
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
  cpSync(dirs.log, join(artifacts, 'code-server.log'));
  const logs = join(dirs.userData, 'logs');
  if (existsSync(logs)) cpSync(logs, join(artifacts, 'vscode-logs'), { recursive: true });
  rmSync(work, { recursive: true, force: true });
  clearTimeout(watchdog);
}
console.log(passed ? '1 passed, 0 failed' : '0 passed, 1 failed');
process.exit(passed ? 0 : 1);
