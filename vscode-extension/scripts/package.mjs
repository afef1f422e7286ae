// Builds target/captureguard-<X.Y.Z>.vsix: the server jar (copy-server.mjs) and the repository's
// CHANGELOG.md (the marketplace's Changelog tab) go in, and the version is Maven's (version.mjs),
// given to vsce without writing it into package.json.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extensionVersion } from './version.mjs';

const extensionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = extensionVersion();
copyFileSync(join(extensionDir, '..', 'CHANGELOG.md'), join(extensionDir, 'CHANGELOG.md'));
const vsce = spawnSync('vsce', ['package', version, '--no-update-package-json', '--no-git-tag-version',
  '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', 'target/'],
  { cwd: extensionDir, stdio: 'inherit', shell: process.platform === 'win32' });
if (vsce.error) {
  console.error(`package: could not run vsce: ${vsce.error.message}`);
  process.exit(1);
}
process.exit(vsce.status ?? 1);
