// The UI test: the packaged .vsix in real VS Code (code-server), driven in headless Chromium,
// one session per scenario (quickFixScenario.mjs, goVersionScenario.mjs, missingJavaScenario.mjs,
// crashScenario.mjs, brokenPipeScenario.mjs). Screenshots and logs land in
// target/ui-test/. Without the tools it skips, unless CI=true: in CI a missing tool fails.
// Scenario names as arguments run only those (`node ui-test/run.mjs crash`), to repeat one.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extensionVersion } from '../scripts/version.mjs';
import { brokenPipeScenario } from './brokenPipeScenario.mjs';
import { crashScenario } from './crashScenario.mjs';
import { goVersionScenario } from './goVersionScenario.mjs';
import { MISSING_JAVA_HOME, missingJavaScenario } from './missingJavaScenario.mjs';
import { quickFixScenario, SEVERITY } from './quickFixScenario.mjs';
import { openSession } from './session.mjs';
import { findTools } from './tools.mjs';

const extensionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = extensionVersion();
// CAPTUREGUARD_VSIX tests another build, e.g. an older one to compare with.
const vsix = process.env.CAPTUREGUARD_VSIX || join(extensionDir, 'target', `captureguard-${version}.vsix`);
const artifacts = join(extensionDir, 'target', 'ui-test');
const examples = resolve(extensionDir, '..', 'examples');

const allScenarios = [
  { name: 'quick-fix', run: quickFixScenario, settings: SEVERITY },
  { name: 'go-version', run: goVersionScenario, settings: {} },
  { name: 'missing-java', run: missingJavaScenario, settings: { 'captureguard.java.home': MISSING_JAVA_HOME } },
  { name: 'crash', run: crashScenario, settings: {} },
  { name: 'broken-pipe', run: brokenPipeScenario, settings: {} },
];
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !allScenarios.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(`UI test: no scenario ${unknown.join(', ')} (there are ${allScenarios.map((s) => s.name).join(', ')})`);
  process.exit(2);
}
const scenarios = wanted.length === 0 ? allScenarios : allScenarios.filter((s) => wanted.includes(s.name));

const tools = findTools();
if (tools.missing.length > 0) {
  const message = `UI test: missing ${tools.missing.join(', ')} (run .ci/install-vscode as root)`;
  if (process.env.CI === 'true') {
    console.error(message);
    process.exit(1);
  }
  console.log(`${message}; skipped`);
  console.log(`0 passed, 0 failed, ${scenarios.length} skipped`);
  process.exit(0);
}
if (!existsSync(vsix)) {
  console.error(`UI test: ${vsix} is missing: run npm run package first`);
  process.exit(1);
}
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });

// Bounded: whatever hangs, the test ends.
const watchdog = setTimeout(() => {
  console.error('UI test: gave up after 10 minutes');
  process.exit(1);
}, 10 * 60_000);

let passed = 0;
let failed = 0;
for (const scenario of scenarios) {
  const started = Date.now();
  let session;
  try {
    session = await openSession({ tools, vsix, examples, artifacts, name: scenario.name, settings: scenario.settings });
    await scenario.run(session, artifacts);
    passed++;
    console.log(`ok ${scenario.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed++;
    console.error(`FAILED ${scenario.name}:`, e);
    await session?.page.screenshot({ path: join(artifacts, `${scenario.name}-failure.png`) }).catch(() => {});
  } finally {
    await session?.close();
  }
}
clearTimeout(watchdog);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
