// The status item names the Go version the server applies to the file in front: go1.21 for
// pool.go (from go.mod), go1.22 for modern.go (its //go:build line), and it follows the editor
// switches and a go.mod changed on disk.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as editor from './editor.mjs';

export async function goVersionScenario({ page, workspace, url }, artifacts) {
  const shot = (name) => page.screenshot({ path: join(artifacts, `${name}.png`) });
  await editor.openWorkbench(page, url, workspace);
  await editor.openFile(page, 'pool.go');
  // The JVM starts when the Go file opens.
  await editor.statusItemWithIcon(page, 'check', 2 * 60_000);
  await editor.statusItemWithText(page, 'go1.21', 30_000);
  await shot('go-version-pool');

  await editor.openFile(page, 'modern.go');
  await editor.statusItemWithText(page, 'go1.22', 30_000);
  await shot('go-version-modern');

  await editor.activateTab(page, 'pool.go');
  await editor.statusItemWithText(page, 'go1.21', 30_000);

  // As `go mod edit -go=1.20` would: the file changes on disk, not in an editor.
  const goMod = join(workspace, 'go.mod');
  writeFileSync(goMod, readFileSync(goMod, 'utf8').replace(/^go 1\.21$/m, 'go 1.20'));
  await editor.statusItemWithText(page, 'go1.20', 30_000);
  await shot('go-version-go-mod-edited');
}
