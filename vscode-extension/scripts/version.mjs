// The extension's version is the Maven project's, so that the jar, the reports and the .vsix say
// the same: package.json's "version" is a placeholder that the .vsix never carries. Maven passes
// its version in CAPTUREGUARD_VERSION; run by hand, the root pom.xml is read.
// The marketplace and vsce accept X.Y.Z only, so 0.1.0-SNAPSHOT becomes 0.1.0 and 1.2 becomes 1.2.0.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** X.Y.Z from a Maven version (1.2.3, 1.2.3-SNAPSHOT, 1.2-rc1, ...); throws on anything else. */
export function marketplaceVersion(mavenVersion) {
  const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-.].*)?$/.exec(mavenVersion.trim());
  if (!match) {
    throw new Error(`not a Maven version with a numeric X[.Y[.Z]] start: ${mavenVersion}`);
  }
  return [match[1], match[2] ?? '0', match[3] ?? '0'].map((n) => String(Number(n))).join('.');
}

/** The project version as the root pom.xml states it (the parent's own <version>). */
export function pomVersion(pomText) {
  const withoutComments = pomText.replace(/<!--[\s\S]*?-->/g, '');
  const project = withoutComments.replace(/<parent>[\s\S]*?<\/parent>/, '');
  const match = /<artifactId>captureguard-parent<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(project);
  if (!match) {
    throw new Error('no <version> after <artifactId>captureguard-parent</artifactId> in pom.xml');
  }
  return match[1].trim();
}

export function extensionVersion() {
  const maven = process.env.CAPTUREGUARD_VERSION
    || pomVersion(readFileSync(join(extensionDir, '..', 'pom.xml'), 'utf8'));
  return marketplaceVersion(maven);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(extensionVersion());
}
