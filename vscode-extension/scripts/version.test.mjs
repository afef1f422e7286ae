import assert from 'node:assert/strict';
import { test } from 'node:test';
import { marketplaceVersion, pomVersion } from './version.mjs';

test('Maven versions become the X.Y.Z that vsce and the marketplace accept', () => {
  assert.equal(marketplaceVersion('0.1.0-SNAPSHOT'), '0.1.0');
  assert.equal(marketplaceVersion('0.1.0'), '0.1.0');
  assert.equal(marketplaceVersion('1.2'), '1.2.0');
  assert.equal(marketplaceVersion('2'), '2.0.0');
  assert.equal(marketplaceVersion('1.10.3-rc1'), '1.10.3');
  assert.equal(marketplaceVersion('1.4.0.Final'), '1.4.0');
  assert.throws(() => marketplaceVersion('${project.version}'));
  assert.throws(() => marketplaceVersion('SNAPSHOT'));
});

test('the project version is the parent pom\'s own, not a dependency\'s or a plugin\'s', () => {
  const pom = `<project>
  <!-- <artifactId>captureguard-parent</artifactId><version>9.9.9</version> -->
  <groupId>io.captureguard</groupId>
  <artifactId>captureguard-parent</artifactId>
  <version>0.3.1-SNAPSHOT</version>
  <dependencies><dependency><artifactId>x</artifactId><version>5.0</version></dependency></dependencies>
</project>`;
  assert.equal(pomVersion(pom), '0.3.1-SNAPSHOT');
});
